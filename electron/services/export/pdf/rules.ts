import type { TFunction } from 'i18next';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { ZONES } from '../../../../shared/catalog';
import { columnHeadings, type Locale } from '../../../../shared/i18n';
import type { EndpointRef } from '../../../../shared/matrix';
import type { ChecklistRule, ProbeSummary } from '../checklist';
import { COLOR, RULE_TABLE_LAYOUT } from './theme';
import { formatCount, SourceIndex, zonesLabel } from './text';

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
const WIDTHS = [14, 112, 112, 50, 84, '*', 72, 36, 60];

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
const checkbox = (): Exclude<TableCell, string> => ({
  canvas: [{ type: 'rect', x: 1, y: 1, w: 8, h: 8, r: 1, lineWidth: 0.7, lineColor: COLOR.ink }],
});

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

function probeCell(t: TFunction, probe: ProbeSummary): Exclude<TableCell, string> {
  const label = { text: t(`checklist.probe.${probe.status}`), color: COLOR.probe[probe.status] };
  if (probe.status === 'untested') return label;
  const counts =
    probe.status === 'mixed'
      ? Object.entries(probe.counts).map(([s, n]) => `${t(`checklist.probe.${s}`)} ${n}`)
      : [];
  // The probe's own UTC time, minutes are enough on paper.
  const when = probe.probedAt ? [`${probe.probedAt.slice(0, 16).replace('T', ' ')} UTC`] : [];
  return {
    stack: [
      { ...label, bold: true },
      ...[...counts, ...when].map((line) => ({ text: line, style: 'small' })),
    ],
  };
}

function ruleRow(
  t: TFunction,
  rule: ChecklistRule,
  index: number,
  sources: SourceIndex,
): TableCell[] {
  const inferred = rule.evidence === 'inferred';
  const fillColor = inferred ? COLOR.inferredFill : index % 2 === 1 ? COLOR.zebra : undefined;
  const cells: Exclude<TableCell, string>[] = [
    checkbox(),
    endpointsCell(rule.from),
    endpointsCell(rule.to),
    { text: `${rule.ports.replace(/,/g, ', ')}/${rule.protocol}`, bold: true },
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
    probeCell(t, rule.probe),
  ];
  return fillColor ? cells.map((c) => Object.assign({}, c, { fillColor }) as TableCell) : cells;
}

/** One table per zone pair; the pair's heading and the column headings repeat on every page. */
export function ruleSections(
  t: TFunction,
  locale: Locale,
  rules: readonly ChecklistRule[],
  sources: SourceIndex,
): Content[] {
  const headings = ['', ...columnHeadings(locale, COLUMNS.slice(1))];
  return zonePairs(t, rules).map((pair) => ({
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      widths: WIDTHS,
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
        ...pair.rules.map((rule, i) => ruleRow(t, rule, i, sources)),
      ],
    },
    layout: RULE_TABLE_LAYOUT,
    style: 'cell',
    margin: [0, 0, 0, 14],
  }));
}
