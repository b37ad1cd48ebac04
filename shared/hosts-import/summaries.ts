import type { PrinterProtocol } from '../catalog';
import { isCidr, isIpAddress } from '../plan/addresses';
import type { ImportedRow } from './accounting';

/** Networks the technician may accept instead of many single addresses. */
export interface SummaryNetwork {
  /** e.g. "10.40.0.0/22". */
  network: string;
  /** The island site, or undefined for the central list (and for client groups). */
  site?: number;
  /** Client groups: the group's name; printers: undefined. */
  group?: string;
  protocols: PrinterProtocol[];
  /** The imported rows inside it. */
  rows: number[];
  /** Addresses the network holds besides the imported ones: what the technician opens on top. */
  extra: number;
}

/** The widest network a summary may be (a /16 holds 65,536 addresses: wider is never a summary). */
export const WIDEST_SUMMARY = 16;

const toNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const toText = (n: number) =>
  [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/**
 * The smallest networks that hold two or more imported IPv4 addresses of the same destination
 * and protocols, none wider than /`widest`: the addresses of each /`widest` block are covered by
 * the longest prefix they share (three printers in one /24 give that /24, or a /26 when they sit
 * in its first quarter). Networks, names and IPv6 addresses stay as they are.
 */
export function proposeSummaries(
  imported: readonly ImportedRow[],
  widest: number,
  groupOf: (row: ImportedRow) => string | undefined = () => undefined,
): SummaryNetwork[] {
  const prefix = Math.max(WIDEST_SUMMARY, Math.trunc(widest));
  if (!(prefix <= 30)) return [];
  const size = 2 ** (32 - prefix);
  const blocks = new Map<string, { rows: ImportedRow[]; numbers: number[] }>();
  for (const row of imported) {
    if (isCidr(row.address) || !isIpAddress(row.address) || row.address.includes(':')) continue;
    const n = toNumber(row.address);
    const group = groupOf(row);
    const key = [row.site ?? '', group ?? '', row.protocols.join('+'), Math.floor(n / size)].join(
      '|',
    );
    const block = blocks.get(key) ?? { rows: [], numbers: [] };
    block.rows.push(row);
    block.numbers.push(n);
    blocks.set(key, block);
  }
  const summaries: SummaryNetwork[] = [];
  for (const { rows, numbers } of blocks.values()) {
    if (rows.length < 2) continue;
    const low = Math.min(...numbers);
    const high = Math.max(...numbers);
    let bits = 32;
    while (
      bits > prefix &&
      Math.floor(low / 2 ** (32 - bits)) !== Math.floor(high / 2 ** (32 - bits))
    )
      bits--;
    // A /31 or /32 of two printers saves nothing a reader would notice; keep at least a /30.
    bits = Math.min(bits, 30);
    const span = 2 ** (32 - bits);
    const base = Math.floor(low / span) * span;
    const first = rows[0]!;
    const group = groupOf(first);
    summaries.push({
      network: `${toText(base)}/${bits}`,
      ...(first.site === undefined ? {} : { site: first.site }),
      ...(group === undefined ? {} : { group }),
      protocols: first.protocols,
      rows: rows.map((r) => r.row),
      extra: span - new Set(numbers).size,
    });
  }
  return summaries.sort(
    (a, b) => toNumber(a.network.split('/')[0]!) - toNumber(b.network.split('/')[0]!),
  );
}
