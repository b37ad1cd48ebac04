import type { ClientKind, PrinterProtocol } from '../catalog';
import { text, type Text } from '../i18n/text';
import {
  canonicalAddress,
  checkEndpointAddress,
  isCidr,
  isIpAddress,
  parseRange,
  rangeContains,
} from '../plan/addresses';
import { CONTROL } from '../plan/control';
import type { Plan } from '../plan/schema';
import { protocolWord, type ColumnMapping, type ImportField } from './columns';
import type { SheetRow } from './sheet';

/** Where the rows go: the central printer networks, one island site's, or client groups. */
export type ImportTarget =
  { into: 'printers' } | { into: 'clients' } | { into: 'island'; site: string };

export interface ImportOptions {
  target: ImportTarget;
  mapping: ColumnMapping;
  /** Whether the first row holds headings (it is then no data). */
  headed: boolean;
  /** Client groups: the kind of a group whose row names no protocol. */
  clientKind?: ClientKind;
  /** Client groups: the group of rows without a name. */
  defaultGroup?: string;
}

/** A row that becomes part of the plan: a printer (its own network entry) or a client address. */
export interface ImportedRow {
  row: number;
  /** The printer's or the client group's name. */
  name: string;
  /** As the plan writes it: the canonical address or network. */
  address: string;
  protocols: PrinterProtocol[];
  kind: ClientKind;
  /** The island site's index for printers of an island site; undefined for the central list. */
  site?: number;
}

/** What happened to each row: every row of the sheet is one of these. */
export type RowOutcome =
  | ({ outcome: 'imported' } & ImportedRow)
  | {
      outcome: 'merged';
      row: number;
      address: string;
      /** The existing network's (or earlier row's printer) name, and the site it is in. */
      into: string;
      site?: number;
      /** Protocols the row adds to it. */
      added: PrinterProtocol[];
    }
  | { outcome: 'duplicate'; row: number; address: string; of: string }
  | { outcome: 'refused'; row: number; reason: Text };

export interface ImportAccounting {
  outcomes: RowOutcome[];
  counts: Record<RowOutcome['outcome'], number>;
}

const NAME_MAX = 80;
const CLIENT_PROTOCOL_KIND: Partial<Record<PrinterProtocol, ClientKind>> = {
  lpr: 'lpr-clients',
  ipp: 'ipp-clients',
  ipps: 'ipp-clients',
};

interface Known {
  name: string;
  protocols: Set<PrinterProtocol>;
  /** Set when the address came from an earlier row: a protocol added later goes to that row. */
  imported?: ImportedRow;
}

interface Destination {
  site?: number;
  networks: { name: string; addresses: string[]; protocols: PrinterProtocol[] }[];
}

const controlOf = (value: string) => {
  const found = CONTROL.exec(value);
  return found
    ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : undefined;
};

/** "IP_10.1.2.3" (a Windows port named after its address) or "10.1.2.3_1" is that address. */
function portAddress(value: string): string {
  const bare = value.replace(/^IP_/i, '').replace(/_\d+$/, '');
  return bare !== value && isIpAddress(bare) ? bare : value;
}

/**
 * Every row of the sheet, accounted for against the plan as it is now: imported, merged into an
 * existing network, skipped as a duplicate, or refused with the reason. Nothing is changed here.
 */
export function accountRows(
  plan: Plan,
  rows: readonly SheetRow[],
  options: ImportOptions,
): ImportAccounting {
  const { mapping, target } = options;
  const ports = plan.parameters?.printerPorts ?? {};
  const sites = plan.islandSites ?? [];
  const siteIndex = new Map(sites.map((s, i) => [s.name.trim().toLowerCase(), i]));
  const fixedSite =
    target.into === 'island' ? siteIndex.get(target.site.trim().toLowerCase()) : undefined;
  const destination = (site: number | undefined): Destination =>
    target.into === 'clients'
      ? {
          networks: (plan.clientGroups ?? []).map((g) => ({ ...g, protocols: [] })),
        }
      : site === undefined
        ? { networks: plan.printerNetworks ?? [] }
        : { site, networks: sites[site]?.printerNetworks ?? [] };

  // What each destination holds already: exact addresses, and networks to fall inside.
  const known = new Map<string, Map<string, Known>>();
  const ranges = new Map<
    string,
    {
      name: string;
      range: NonNullable<ReturnType<typeof parseRange>>;
      protocols: Set<PrinterProtocol>;
    }[]
  >();
  const keyOf = (site: number | undefined) => (site === undefined ? '' : String(site));
  const prepare = (site: number | undefined) => {
    const key = keyOf(site);
    if (known.has(key)) return key;
    const exact = new Map<string, Known>();
    const nets: {
      name: string;
      range: NonNullable<ReturnType<typeof parseRange>>;
      protocols: Set<PrinterProtocol>;
    }[] = [];
    for (const network of destination(site).networks) {
      const protocols = new Set(network.protocols);
      for (const address of network.addresses ?? []) {
        const entry = { name: network.name, protocols };
        exact.set(canonicalAddress(address), entry);
        const range = isCidr(address) ? parseRange(address) : undefined;
        if (range) nets.push({ ...entry, range });
      }
    }
    known.set(key, exact);
    ranges.set(key, nets);
    return key;
  };

  const cell = (sheetRow: SheetRow, field: ImportField) => {
    const column = mapping[field];
    return column === undefined ? '' : (sheetRow.cells[column] ?? '');
  };

  const outcomes: RowOutcome[] = [];
  const data = options.headed ? rows.slice(1) : rows;
  for (const sheetRow of data) {
    const { row } = sheetRow;
    const refuse = (reason: Text) => outcomes.push({ outcome: 'refused', row, reason });

    const control = (['name', 'address', 'protocol', 'port', 'site'] as const)
      .map((field) => ({ field, character: controlOf(cell(sheetRow, field)) }))
      .find((c) => c.character);
    if (control) {
      refuse(
        text('imports.reasons.control', {
          field: text(`imports.fields.${control.field}`),
          character: control.character!,
        }),
      );
      continue;
    }
    const raw = cell(sheetRow, 'address').trim();
    if (raw === '') {
      refuse(text('imports.reasons.noAddress'));
      continue;
    }
    const value = portAddress(raw);
    const check = checkEndpointAddress(value);
    if (!check.ok) {
      refuse(
        text(
          check.code === 'cidr-host-bits'
            ? 'imports.reasons.hostBits'
            : check.code === 'cidr-invalid'
              ? 'imports.reasons.notNetwork'
              : 'imports.reasons.notAddress',
          { value: shown(value), network: String(check.params.network ?? '') },
        ),
      );
      continue;
    }
    const address = canonicalAddress(value);

    // Protocol: from the protocol column, else from the port, else Raw (socket) for printers.
    const protocolCell = cell(sheetRow, 'protocol').trim();
    const portCell = cell(sheetRow, 'port').trim();
    let protocol: PrinterProtocol | undefined;
    if (protocolCell !== '') {
      protocol = protocolWord(protocolCell);
      if (!protocol) {
        refuse(text('imports.reasons.protocol', { value: shown(protocolCell) }));
        continue;
      }
    }
    if (portCell !== '') {
      const port = /^\d{1,5}$/.test(portCell) ? Number(portCell) : NaN;
      const configured = (p: PrinterProtocol) =>
        (ports as Partial<Record<PrinterProtocol, number>>)[p];
      if (protocol === undefined) {
        protocol = PORT_PREFERENCE.find((p) => configured(p) === port);
        if (!protocol) {
          refuse(text('imports.reasons.port', { value: shown(portCell) }));
          continue;
        }
      } else if (configured(protocol) !== port) {
        refuse(
          text('imports.reasons.portDiffers', {
            value: shown(portCell),
            protocol: protocol,
            port: configured(protocol) ?? '',
          }),
        );
        continue;
      }
    }

    const nameCell = cell(sheetRow, 'name').trim();
    if (nameCell.length > NAME_MAX) {
      refuse(text('imports.reasons.nameLong', { maximum: NAME_MAX }));
      continue;
    }

    let site: number | undefined = fixedSite;
    const siteCell = cell(sheetRow, 'site').trim();
    if (target.into === 'printers' && siteCell !== '') {
      site = siteIndex.get(siteCell.toLowerCase());
      if (site === undefined) {
        refuse(text('imports.reasons.noSite', { value: shown(siteCell) }));
        continue;
      }
    }

    const clients = target.into === 'clients';
    const protocols: PrinterProtocol[] = clients ? [] : [protocol ?? 'socket'];
    const kind =
      (protocol && CLIENT_PROTOCOL_KIND[protocol]) ?? options.clientKind ?? 'lpr-clients';
    const name = nameCell || (clients ? (options.defaultGroup ?? 'Clients') : address);
    const key = prepare(site);
    const exact = known.get(key)!;
    const same = exact.get(address);
    if (same) {
      const added = protocols.filter((p) => !same.protocols.has(p));
      if (added.length === 0) {
        outcomes.push({ outcome: 'duplicate', row, address, of: same.name });
      } else {
        for (const p of added) same.protocols.add(p);
        same.imported?.protocols.push(...added);
        outcomes.push({
          outcome: 'merged',
          row,
          address,
          into: same.name,
          added,
          ...(site === undefined ? {} : { site }),
        });
      }
      continue;
    }
    // A host name has no range: only the same name is the same printer.
    const range = parseRange(address);
    const outer = range && ranges.get(key)!.find((n) => rangeContains(n.range, range));
    if (outer) {
      const added = protocols.filter((p) => !outer.protocols.has(p));
      for (const p of added) outer.protocols.add(p);
      outcomes.push({
        outcome: 'merged',
        row,
        address,
        into: outer.name,
        added,
        ...(site === undefined ? {} : { site }),
      });
      continue;
    }
    const imported: ImportedRow = {
      row,
      name,
      address,
      protocols,
      kind,
      ...(site === undefined ? {} : { site }),
    };
    exact.set(address, { name, protocols: new Set(protocols), imported });
    if (range && isCidr(address)) {
      ranges.get(key)!.push({ name, range, protocols: new Set(protocols) });
    }
    outcomes.push({ outcome: 'imported', ...imported });
  }
  const counts = { imported: 0, merged: 0, duplicate: 0, refused: 0 };
  for (const o of outcomes) counts[o.outcome]++;
  return { outcomes, counts };
}

/** A port number's protocol: Raw before PJL on 9100, IPPS before HTTPS on 443. */
const PORT_PREFERENCE: readonly PrinterProtocol[] = [
  'socket',
  'lpr',
  'ipp',
  'ipps',
  'http',
  'https',
  'pjl',
];

/** A cell as a refusal quotes it: on one line and at most 40 characters. */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
