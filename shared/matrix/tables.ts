import { CATALOG, defaultPort, SOURCES, type CatalogRow } from '../catalog';
import type { FirewallRule, Flow, HostRule, Level, Matrix } from './model';

/** A level of the matrix as rows of text: what CSV, XLSX, Markdown and PDF tables are made from. */
export interface Table {
  /** Column keys; the faces translate them into headings. */
  columns: readonly string[];
  rows: string[][];
}

const list = (items: readonly string[]) => items.join(', ');

/** The columns every level of rules ends with: why it is needed, by whom, and on whose word. */
const REASON_COLUMNS = ['purpose', 'requiredBy', 'evidence', 'sources'] as const;

/** Ends the row of a flow or rule with its cells under REASON_COLUMNS. */
function withReasons(cells: string[], r: Flow | HostRule | FirewallRule): string[] {
  cells.push(r.purpose, list(r.features), r.evidence, list(r.sources));
  return cells;
}

export const HOST_RULE_COLUMNS = [
  'id',
  'sourceZone',
  'sourceName',
  'source',
  'destinationZone',
  'destinationName',
  'destination',
  'port',
  'protocol',
  'service',
  ...REASON_COLUMNS,
] as const;

/** A host rule as a row of text under HOST_RULE_COLUMNS (also the rows of a comparison). */
export function hostRuleRow(r: HostRule): string[] {
  return withReasons(
    [
      r.id,
      r.sourceZone,
      r.sourceName,
      r.source,
      r.destinationZone,
      r.destinationName,
      r.destination,
      String(r.port),
      r.protocol,
      r.service,
    ],
    r,
  );
}

/** A firewall rule merges host rules by address: the host rule's columns without the names. */
export const FIREWALL_RULE_COLUMNS = HOST_RULE_COLUMNS.filter(
  (c) => c !== 'sourceName' && c !== 'destinationName',
);

/** A firewall rule as a row of text under FIREWALL_RULE_COLUMNS. */
export function firewallRuleRow(r: FirewallRule): string[] {
  return withReasons(
    [
      r.id,
      r.sourceZone,
      list(r.from.map((e) => e.address)),
      r.destinationZone,
      list(r.to.map((e) => e.address)),
      r.ports,
      r.protocol,
      list(r.services),
    ],
    r,
  );
}

export function levelTable(matrix: Matrix, level: Level): Table {
  switch (level) {
    case 'flows':
      return {
        columns: ['id', 'from', 'to', 'port', 'protocol', 'service', ...REASON_COLUMNS],
        rows: matrix.flows.map((f) =>
          withReasons([f.id, f.from, f.to, String(f.port), f.protocol, f.service], f),
        ),
      };
    case 'hosts':
      return { columns: HOST_RULE_COLUMNS, rows: matrix.hostRules.map(hostRuleRow) };
    case 'firewall':
      return { columns: FIREWALL_RULE_COLUMNS, rows: matrix.firewallRules.map(firewallRuleRow) };
    case 'zones':
      return {
        columns: ['sourceZone', 'destinationZone', 'ports', 'ruleCount'],
        rows: matrix.zoneGrid.cells.map((c) => [
          c.sourceZone,
          c.destinationZone,
          list(c.ports),
          String(c.ruleCount),
        ]),
      };
  }
}

/** The port as a number; a configurable one with its default and the parameter's name: "2129 (dpfCallbackPort)". */
function portText(row: CatalogRow): string {
  return typeof row.port === 'number'
    ? String(row.port)
    : `${defaultPort(row.port.param)} (${row.port.param})`;
}

/** The whole catalog with its evidence and sources. */
export function catalogTable(): Table {
  return {
    columns: [
      'id',
      'table',
      'installations',
      'port',
      'transport',
      'service',
      'appProtocol',
      'comment',
      'listener',
      'from',
      'condition',
      'evidence',
      'quote',
      'sources',
    ],
    rows: CATALOG.flatMap((row) =>
      row.flows.map((flow) => {
        const condition = [
          ...(row.requires ? [`needs ${row.requires.join(' or ')}`] : []),
          ...(flow.when?.features ? [`when ${flow.when.features.join(' or ')}`] : []),
          ...(flow.when?.printerProtocol
            ? [`printer protocol ${[flow.when.printerProtocol].flat().join(' or ')}`]
            : []),
          ...(flow.when?.loadBalancer !== undefined
            ? [flow.when.loadBalancer ? 'with load balancer' : 'without load balancer']
            : []),
          ...(row.since ? [`since ${row.since}`] : []),
          ...(flow.when?.since ? [`since ${flow.when.since}`] : []),
        ].join('; ');
        return [
          row.id,
          row.table,
          list(row.installations),
          portText(row),
          row.transport,
          row.service,
          row.appProtocol,
          row.comment,
          row.listener,
          list(flow.from),
          condition,
          flow.evidence,
          flow.quote ?? '',
          list([...new Set([...row.sources, ...flow.sources])].map((id) => SOURCES[id].url)),
        ];
      }),
    ),
  };
}
