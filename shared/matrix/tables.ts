import { CATALOG, defaultPort, isFeatureId, SOURCES, type CatalogRow } from '../catalog';
import { featureLabel, purposeText, serviceText } from '../i18n/catalog-text';
import { LOCALE_PROFILES, type Locale } from '../i18n/profiles';
import { translator } from '../i18n/translator';
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

/** What a human text cell says in the reader's language; one function per kind of column. */
type CellWords = (value: string) => string;

/** "a, b": each item said in the reader's language. */
const eachOf =
  (say: (item: string) => string, separator = ', '): CellWords =>
  (value) =>
    value === '' ? '' : value.split(separator).map(say).join(separator);

function wordsOf(locale: Locale): Partial<Record<string, CellWords>> {
  const t = translator(locale);
  const zone = (z: string) => t(`zones.${z}`);
  const modeling = SOURCES['planner-modeling'].url;
  return {
    sourceZone: zone,
    destinationZone: zone,
    purpose: (p) => purposeText(locale, p),
    service: (s) => serviceText(locale, s),
    requiredBy: eachOf((f) => (isFeatureId(f) ? featureLabel(locale, f) : f)),
    evidence: (e) => t(`evidence.${e}`),
    // This planner's own modeling is no page: its words in the reader's language.
    sources: eachOf((url) => (url === modeling ? t('checklist.plannerModeling') : url)),
  };
}

/**
 * A table of rules with its human text columns (zones, purpose, service, required by, evidence,
 * this planner's modeling among the sources) in the reader's language; identifiers, ports,
 * protocols and addresses stay as they are. The source language's table is the table itself.
 */
export function tableIn(table: Table, locale: Locale): Table {
  if (LOCALE_PROFILES[locale].sourceLanguage) return table;
  const words = wordsOf(locale);
  const say = table.columns.map((c) => words[c]);
  // Thousands of rows share a few hundred texts: each said once.
  const said = say.map(() => new Map<string, string>());
  return {
    columns: table.columns,
    rows: table.rows.map((row) =>
      row.map((cell, i) => {
        const words = say[i];
        if (!words) return cell;
        let text = said[i]!.get(cell);
        if (text === undefined) said[i]!.set(cell, (text = words(cell)));
        return text;
      }),
    ),
  };
}
