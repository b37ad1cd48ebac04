import type { TFunction } from 'i18next';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { ZONES } from '../../../../shared/catalog';
import { columnHeadings, type Locale } from '../../../../shared/i18n';
import type { EndpointRef } from '../../../../shared/matrix';
import type { ChecklistLevel, ChecklistRule, ProbeSummary } from '../checklist';
import { COLOR, RULE_TABLE_LAYOUT } from './theme';
import { formatCount, formatShortDate, SourceIndex, zonesLabel } from './text';

const COLUMNS = [
  'check',
  'source',
  'destination',
  'port',
  'service',
  'purpose',
  'requiredBy',
  'evidence',
  'probeStatus',
] as const;
const WIDTHS = {
  hosts: [14, 108, 108, 66, 80, '*', 70, 36, 60],
  firewall: [46, 100, 100, 66, 76, '*', 66, 36, 60],
};

interface ZonePair {
  heading: string;
  rank: number;
  rules: ChecklistRule[];
}

const zoneRank = (endpoints: readonly EndpointRef[]) =>
  Math.min(...endpoints.map((e) => ZONES.indexOf(e.zone)));

/** Rules grouped by the zones they connect, in zone order; within a pair by destination and port. */
export function zonePairs(t: TFunction, rules: readonly ChecklistRule[]): ZonePair[] {
  const pairs = new Map<string, ZonePair>();
  for (const rule of rules) {
    const from = zonesLabel(t, rule.from);
    const to = zonesLabel(t, rule.to);
    const key = `${from}\u0000${to}`;
    let pair = pairs.get(key);
    if (!pair) {
      pairs.set(
        key,
        (pair = {
          heading: t('checklist.pairHeading', { from, to }),
          rank: zoneRank(rule.from) * ZONES.length + zoneRank(rule.to),
          rules: [],
        }),
      );
    }
    pair.rules.push(rule);
  }
  const byDestination = (a: ChecklistRule, b: ChecklistRule) =>
    a.to[0]!.name.localeCompare(b.to[0]!.name) ||
    a.portList[0]! - b.portList[0]! ||
    a.protocol.localeCompare(b.protocol) ||
    a.from[0]!.name.localeCompare(b.from[0]!.name) ||
    a.from[0]!.address.localeCompare(b.from[0]!.address, 'en', { numeric: true });
  return [...pairs.values()]
    .sort((a, b) => a.rank - b.rank)
    .map((p) => ({ ...p, rules: p.rules.sort(byDestination) }));
}

// A fresh node per row: pdfmake writes layout positions into the nodes it draws.
const checkbox = () => ({
  canvas: [
    { type: 'rect' as const, x: 1, y: 1, w: 8, h: 8, r: 1, lineWidth: 0.7, lineColor: COLOR.ink },
  ],
});

/** Firewall rules carry a short id (FW-001) the scripts and spreadsheets use too: show it. */
const checkCell = (rule: ChecklistRule, level: ChecklistLevel): Exclude<TableCell, string> =>
  level === 'hosts'
    ? checkbox()
    : {
        columns: [
          { width: 13, ...checkbox() },
          { width: '*', text: rule.id, bold: true },
        ],
      };

function endpointsCell(endpoints: readonly EndpointRef[]): Exclude<TableCell, string> {
  return {
    stack: endpoints.map((e) =>
      e.name === e.address
        ? { text: e.name, bold: true }
        : {
            text: [
              { text: `${e.name} `, bold: true },
              { text: e.address, style: 'address' },
            ],
          },
    ),
  };
}

function probeCell(t: TFunction, probe: ProbeSummary, locale: Locale): Exclude<TableCell, string> {
  const label = { text: t(`checklist.probe.${probe.status}`), color: COLOR.probe[probe.status] };
  if (probe.status === 'untested') return label;
  const counts =
    probe.status === 'mixed'
      ? Object.entries(probe.counts).map(([s, n]) => `${t(`checklist.probe.${s}`)} ${n}`)
      : [];
  const when = probe.probedAt ? [formatShortDate(probe.probedAt, locale)] : [];
  return {
    stack: [
      { ...label, bold: true },
      ...[...counts, ...when].map((line) => ({ text: line, style: 'small' })),
    ],
  };
}

/** "443/tcp"; a list names the transport first, so a line break never strands "/tcp". */
const portText = (rule: ChecklistRule): string =>
  rule.ports.includes(',')
    ? `${rule.protocol}: ${rule.ports.replace(/,/g, ', ')}`
    : `${rule.ports}/${rule.protocol}`;

interface RowContext {
  t: TFunction;
  locale: Locale;
  level: ChecklistLevel;
  sources: SourceIndex;
}

function ruleRow(
  { t, locale, level, sources }: RowContext,
  rule: ChecklistRule,
  index: number,
): TableCell[] {
  const inferred = rule.evidence === 'inferred';
  const fillColor = inferred ? COLOR.inferredFill : index % 2 === 1 ? COLOR.zebra : undefined;
  const cells: Exclude<TableCell, string>[] = [
    checkCell(rule, level),
    endpointsCell(rule.from),
    endpointsCell(rule.to),
    { text: portText(rule), bold: true },
    { text: rule.services.join(', ') },
    { text: rule.purpose, italics: inferred },
    { text: rule.features.length > 0 ? rule.features.join(', ') : '–' },
    {
      text: [
        {
          text: t(`checklist.evidenceMark.${rule.evidence}`),
          bold: true,
          color: COLOR.evidence[rule.evidence],
        },
        { text: ` ${sources.cite(rule.sources).join(',')}`, style: 'small' },
      ],
    },
    probeCell(t, rule.probe, locale),
  ];
  return fillColor ? cells.map((c) => Object.assign({}, c, { fillColor }) as TableCell) : cells;
}

/** One table per zone pair; the pair's heading and the column headings repeat on every page. */
export function ruleSections(
  t: TFunction,
  locale: Locale,
  level: ChecklistLevel,
  rules: readonly ChecklistRule[],
  sources: SourceIndex,
): Content[] {
  const context: RowContext = { t, locale, level, sources };
  const headings = [level === 'hosts' ? '' : 'ID', ...columnHeadings(locale, COLUMNS.slice(1))];
  return zonePairs(t, rules).map((pair) => ({
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: WIDTHS[level],
      body: [
        [
          {
            colSpan: COLUMNS.length,
            style: 'sectionRow',
            margin: [0, 4, 0, 2],
            text: [
              pair.heading,
              {
                text: `   ${t('checklist.ruleCount', { count: pair.rules.length, formatted: formatCount(pair.rules.length, locale) })}`,
                style: 'small',
                bold: false,
              },
            ],
          },
          ...COLUMNS.slice(1).map(() => ''),
        ],
        headings.map((text) => ({ text, style: 'tableHeader', fillColor: COLOR.band })),
        ...pair.rules.map((rule, i) => ruleRow(context, rule, i)),
      ],
    },
    layout: RULE_TABLE_LAYOUT,
    style: 'cell',
    margin: [0, 0, 0, 14],
  }));
}
