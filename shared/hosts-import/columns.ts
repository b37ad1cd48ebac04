import { checkEndpointAddress } from '../plan/addresses';
import type { SheetRow } from './sheet';

import { IMPORT_FIELDS, type ImportField } from './fields';

export { IMPORT_FIELDS, type ImportField };

/** Which column (0-based) holds each field; a field without a column is left out. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

const squeeze = (heading: string) => heading.toLowerCase().replace(/[\s_\-.()]/g, '');

/**
 * Headings as Windows exports and people write them, in English and German, squeezed (lower case,
 * no spaces, dashes or underscores). Earlier fields win a heading that two could claim.
 */
const HEADINGS: Record<ImportField, readonly string[]> = {
  // Get-PrinterPort / Win32_TCPIPPrinterPort: HostAddress or PrinterHostAddress; Get-Printer: PortName.
  address: [
    'hostaddress',
    'printerhostaddress',
    'printerhostip',
    'ipaddress',
    'ipadresse',
    'ip',
    'ipv4',
    'ipv4address',
    'address',
    'adresse',
    'network',
    'netzwerk',
    'netz',
    'subnet',
    'subnetz',
    'cidr',
    'fqdn',
    'dnsname',
    'hostname',
    'host',
    'portname',
  ],
  name: [
    'name',
    'printername',
    'printer',
    'drucker',
    'druckername',
    'queue',
    'warteschlange',
    'sharename',
    'freigabename',
    'group',
    'gruppe',
    'clientgroup',
    'bezeichnung',
  ],
  protocol: ['protocol', 'protokoll', 'porttype', 'porttyp'],
  port: ['portnumber', 'portnummer', 'port', 'tcpport'],
  site: ['site', 'standort', 'islandsite', 'inselstandort', 'filiale', 'branch', 'niederlassung'],
};

const isAddressLike = (cell: string) => {
  const value = cell.trim().replace(/^IP_/i, '');
  return value !== '' && /[\d:]/.test(value) && checkEndpointAddress(value).ok;
};

/** A first row is a heading row when none of its cells is an address or a port number. */
export function hasHeadingRow(rows: readonly SheetRow[]): boolean {
  const first = rows[0];
  if (!first) return false;
  return !first.cells.some((cell) => isAddressLike(cell) || /^\d+$/.test(cell.trim()));
}

/** The columns guessed: by heading when there is one, else by what the first rows hold. */
export function guessMapping(rows: readonly SheetRow[], headed: boolean): ColumnMapping {
  const mapping: ColumnMapping = {};
  if (headed) {
    const heading = rows[0]?.cells ?? [];
    // Exact headings first, in the order of HEADINGS (HostAddress before PortName).
    for (const field of IMPORT_FIELDS) {
      for (const alias of HEADINGS[field]) {
        const column = heading.findIndex((h) => squeeze(h) === alias);
        const taken = Object.values(mapping).includes(column);
        if (column >= 0 && !taken && mapping[field] === undefined) mapping[field] = column;
      }
    }
    if (mapping.address !== undefined) return mapping;
  }
  return { ...guessByContent(rows.slice(headed ? 1 : 0, 51)), ...mapping };
}

function guessByContent(rows: readonly SheetRow[]): ColumnMapping {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const share = (column: number, test: (cell: string) => boolean) => {
    const cells = rows.map((r) => (r.cells[column] ?? '').trim()).filter((c) => c !== '');
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const mapping: ColumnMapping = {};
  const free = (column: number) => !Object.values(mapping).includes(column);
  // Half the cells are enough for addresses: the refused rows are the other half's typos.
  const pick = (field: ImportField, test: (cell: string) => boolean, least = 0.8) => {
    for (let column = 0; column < width; column++) {
      if (free(column) && share(column, test) >= least) {
        mapping[field] = column;
        return;
      }
    }
  };
  pick('address', isAddressLike, 0.5);
  pick('port', (c) => /^\d{1,5}$/.test(c));
  pick('protocol', (c) => protocolWord(c) !== undefined);
  pick('name', (c) => c.length > 0);
  return mapping;
}

/** A protocol as exports write it: Win32_TCPIPPrinterPort's 1 (Raw) and 2 (LPR), or its name. */
export function protocolWord(
  cell: string,
): 'socket' | 'lpr' | 'ipp' | 'ipps' | 'http' | 'https' | 'pjl' | undefined {
  const word = squeeze(cell);
  if (['1', 'raw', 'socket', 'tcpraw', 'standardtcpip', 'jetdirect', 'appsocket'].includes(word))
    return 'socket';
  if (['2', 'lpr', 'lpd', 'tcplpr'].includes(word)) return 'lpr';
  if (['ipp', 'http', 'https', 'ipps', 'pjl'].includes(word)) return word as 'ipp';
  return undefined;
}

/** Headings as the mapping step names columns: the heading's text, or "Column 3" without one. */
export function columnHeadings(rows: readonly SheetRow[], headed: boolean): string[] {
  const width = Math.max(0, ...rows.slice(0, 51).map((r) => r.cells.length));
  return Array.from({ length: width }, (_, i) =>
    headed ? (rows[0]?.cells[i] ?? '').trim() || `#${i + 1}` : `#${i + 1}`,
  );
}

/** A remembered mapping (field → heading text, or "#3" for the third column) for these columns. */
export function mappingOfHeadings(
  remembered: Partial<Record<ImportField, string>>,
  headings: readonly string[],
): ColumnMapping | undefined {
  const mapping: ColumnMapping = {};
  for (const [field, heading] of Object.entries(remembered) as [ImportField, string][]) {
    const column = headings.findIndex((h) => h.toLowerCase() === heading.toLowerCase());
    if (column < 0) return undefined;
    mapping[field] = column;
  }
  return mapping.address === undefined ? undefined : mapping;
}

/** The mapping to remember in the plan: by heading text, so another export of the kind finds it. */
export function headingsOfMapping(
  mapping: ColumnMapping,
  headings: readonly string[],
): Partial<Record<ImportField, string>> {
  return Object.fromEntries(
    Object.entries(mapping)
      .filter(([, column]) => column !== undefined && headings[column] !== undefined)
      .map(([field, column]) => [field, headings[column]!]),
  );
}
