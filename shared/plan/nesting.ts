import type ipaddr from 'ipaddr.js';
import { parseRange, rangeContains } from './addresses';

// Which addresses and networks of a plan's groups hold one another (overlap warnings).

/** One address or network of a group, with the field it is entered in and the group's path. */
export interface AddressEntry {
  path: string;
  group: string;
  address: string;
  range: [ipaddr.IPv4 | ipaddr.IPv6, number];
  /** The address's bytes, to sort by (taken once: a large plan has tens of thousands). */
  bytes: number[];
}

export function addressEntries(
  groups: readonly { addresses: readonly string[] }[],
  prefix: (g: number) => string,
): AddressEntry[] {
  const entries: AddressEntry[] = [];
  groups.forEach((group, g) =>
    group.addresses.forEach((address, a) => {
      const range = parseRange(address);
      if (!range) return;
      const [path, list] = [`${prefix(g)}.addresses[${a}]`, prefix(g)];
      entries.push({ path, group: list, address, range, bytes: range[0].toByteArray() });
    }),
  );
  return entries;
}

const byRange = (a: AddressEntry, b: AddressEntry) => {
  const [x, y] = [a.bytes, b.bytes];
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return a.range[1] - b.range[1];
};

/**
 * Pairs of entries where one holds the other (or both are the same range) and `counts` says the
 * pair matters (e.g. entries of two groups): each entry with the innermost such entry holding it. CIDR networks either nest
 * or are apart, so sorted by address and then by size, the entries that hold one are those still
 * open before it.
 */
export function overlaps(
  entries: AddressEntry[],
  counts: (a: AddressEntry, b: AddressEntry) => boolean,
): [AddressEntry, AddressEntry][] {
  const found: [AddressEntry, AddressEntry][] = [];
  const open: AddressEntry[] = [];
  for (const entry of [...entries].sort(byRange)) {
    while (open.length > 0 && !rangeContains(open.at(-1)!.range, entry.range)) open.pop();
    for (let i = open.length - 1; i >= 0; i--) {
      if (counts(open[i]!, entry)) {
        found.push([entry, open[i]!]);
        break;
      }
    }
    open.push(entry);
  }
  return found;
}
