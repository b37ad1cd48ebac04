import type { TFunction } from 'i18next';
import { ZONES, type FeatureId } from '../../../../shared/catalog';
import {
  columnHeadings,
  featureLabel,
  purposeText,
  serviceText,
  type Locale,
} from '../../../../shared/i18n';
import type { EndpointRef } from '../../../../shared/matrix';
import type { ChecklistLevel, ChecklistRule, ProbeSummary } from '../checklist/checklist';
import { COLOR } from './theme';
import { formatCount, formatShortDate, SourceIndex, zonesLabel } from '../document-text';
import type { Cell, PageWriter, Row, Run } from './writer';

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
const FIXED = {
  hosts: [14, 108, 108, 62, 80, 0, 70, 44, 72],
  firewall: [46, 100, 100, 62, 76, 0, 66, 44, 72],
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
  const zonesOf = (endpoints: readonly EndpointRef[]) =>
    endpoints.length === 1 ? endpoints[0]!.zone : [...new Set(endpoints.map((e) => e.zone))].join();
  for (const rule of rules) {
    const key = `${zonesOf(rule.from)}>${zonesOf(rule.to)}`;
    let pair = pairs.get(key);
    if (!pair) {
      const [from, to] = [zonesLabel(t, rule.from), zonesLabel(t, rule.to)];
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

const text = (value: string, style: Omit<Run, 'text'> = {}): Cell => ({
  paragraphs: [[{ text: value, ...style }]],
});

function endpointsCell(endpoints: readonly EndpointRef[]): Cell {
  return {
    paragraphs: endpoints.map((e) =>
      e.name === e.address
        ? [{ text: e.name, font: 'bold' }]
        : [
            { text: `${e.name} `, font: 'bold' },
            { text: e.address, size: 7, color: COLOR.muted },
          ],
    ),
  };
}

/** "443/tcp"; a list names the transport first, so a line break never strands "/tcp". */
const portText = (rule: ChecklistRule): string =>
  rule.ports.includes(',')
    ? `${rule.protocol}: ${rule.ports.replace(/,/g, ', ')}`
    : `${rule.ports}/${rule.protocol}`;

function probeCell({ label: t, locale }: RowContext, probe: ProbeSummary): Cell {
  const label: Run = {
    text: t(`checklist.probe.${probe.status}`),
    color: COLOR.probe[probe.status],
  };
  if (probe.status === 'untested') return { paragraphs: [[label]] };
  const counts =
    probe.status === 'mixed'
      ? Object.entries(probe.counts).map(([s, n]) => `${t(`checklist.probe.${s}`)} ${n}`)
      : [];
  const when = probe.probedAt ? [formatShortDate(probe.probedAt, locale)] : [];
  return {
    paragraphs: [
      [{ ...label, font: 'bold' }],
      ...[...counts, ...when].map((line) => [{ text: line, size: 7, color: COLOR.muted }]),
    ],
  };
}

interface RowContext {
  t: TFunction;
  locale: Locale;
  level: ChecklistLevel;
  sources: SourceIndex;
  /** Translated once per document, not once per row: thousands of rows share a few labels. */
  label: (key: string) => string;
  purpose: (purpose: string) => string;
  services: (services: string) => string;
  feature: (id: FeatureId) => string;
  /** The numbers of the open questions a row rests on, as the appendix numbers them. */
  questions: (rule: ChecklistRule) => number[];
}

function cached<K>(translate: (key: K) => string): (key: K) => string {
  const texts = new Map<K, string>();
  return (key) => {
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = translate(key)));
    return text;
  };
}

function ruleRow(context: RowContext, rule: ChecklistRule, index: number): Row {
  const { t, label, level, sources, purpose, services, feature } = context;
  const inferred = rule.evidence === 'inferred';
  const questions = context.questions(rule);
  return {
    fill: inferred ? COLOR.inferredFill : index % 2 === 1 ? COLOR.zebra : undefined,
    cells: [
      // Firewall rules carry a short id (FW-001) the scripts and spreadsheets use too: show it.
      level === 'hosts'
        ? { paragraphs: [], checkbox: true }
        : { paragraphs: [[{ text: rule.id, font: 'bold' }]], checkbox: true },
      endpointsCell(rule.from),
      endpointsCell(rule.to),
      text(portText(rule), { font: 'bold' }),
      text(services(rule.services.join(', '))),
      text(purpose(rule.purpose), inferred ? { font: 'italic' } : {}),
      text(rule.features.length > 0 ? rule.features.map(feature).join(', ') : '–'),
      {
        paragraphs: [
          [
            {
              text: label(`checklist.evidenceMark.${rule.evidence}`),
              font: 'bold',
              color: COLOR.evidence[rule.evidence],
            },
            { text: ` ${sources.cite(rule.sources).join(',')}`, size: 7, color: COLOR.muted },
          ],
          // The question is asked once, in the appendix; the row only points to it.
          ...(questions.length > 0
            ? [
                [
                  {
                    text: t('checklist.questionRef', {
                      count: questions.length,
                      numbers: questions.join(', '),
                    }),
                    size: 7,
                    color: COLOR.evidence.inferred,
                  },
                ],
              ]
            : []),
        ],
      },
      probeCell(context, rule.probe),
    ],
  };
}

/** One table per zone pair; the pair's heading and the column headings repeat on every page. */
export function writeRuleSections(
  writer: PageWriter,
  t: TFunction,
  locale: Locale,
  level: ChecklistLevel,
  rules: readonly ChecklistRule[],
  sources: SourceIndex,
  questionsOf: (rule: ChecklistRule) => number[] = () => [],
): void {
  const fixed = FIXED[level];
  const widths = fixed.map((w) => w || writer.width - fixed.reduce((a, b) => a + b, 0));
  const context: RowContext = {
    t,
    locale,
    level,
    sources,
    label: cached((key: string) => t(key)),
    purpose: cached((p: string) => purposeText(locale, p)),
    services: cached((s: string) => serviceText(locale, s)),
    feature: cached((id: FeatureId) => featureLabel(locale, id)),
    questions: questionsOf,
  };
  const headings = [level === 'hosts' ? '' : 'ID', ...columnHeadings(locale, COLUMNS.slice(1))];
  const headingRow: Row = {
    fill: COLOR.band,
    cells: headings.map((h) => text(h, { font: 'bold', color: COLOR.bandText })),
  };
  for (const pair of zonePairs(t, rules)) {
    const sectionRow: Row = {
      cells: [
        {
          span: COLUMNS.length,
          paragraphs: [
            [
              { text: pair.heading, font: 'bold', size: 9.5, color: COLOR.band },
              {
                text: `   ${t('checklist.ruleCount', { count: pair.rules.length, formatted: formatCount(pair.rules.length, locale) })}`,
                size: 7,
                color: COLOR.muted,
              },
            ],
          ],
        },
      ],
    };
    writer.table(
      widths,
      [sectionRow, headingRow],
      pair.rules.map((rule, i) => ruleRow(context, rule, i)),
    );
    writer.y += 14;
  }
}
