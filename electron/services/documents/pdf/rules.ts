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
import { formatCount, formatDay, formatShortDate, SourceIndex, zonesLabel } from '../document-text';
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
  'changeStatus',
] as const;
// A host rule's id names both ends ("host:oe2>host:oe1:53/tcp"): its column is wider.
const FIXED = {
  hosts: [124, 92, 76, 50, 58, 0, 76, 52, 66, 70],
  firewall: [50, 88, 88, 62, 62, 0, 80, 54, 66, 70],
};

interface ZonePair {
  heading: string;
  rank: number;
  rules: ChecklistRule[];
}

const zoneRank = (endpoints: readonly EndpointRef[]) =>
  Math.min(...endpoints.map((e) => ZONES.indexOf(e.zone)));

const ID_ORDER = new Intl.Collator('en', { numeric: true });
const byId = (a: ChecklistRule, b: ChecklistRule) => ID_ORDER.compare(a.id, b.id);

/** Rules grouped by the zones they connect, in zone order; within a pair in id order. */
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
  return [...pairs.values()]
    .sort((a, b) => a.rank - b.rank)
    .map((p) => ({ ...p, rules: p.rules.sort(byId) }));
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

/** Where the rule stands in the change, who said so and when; "temporary until" when it is. */
function changeCell({ label, locale, temporary }: RowContext, rule: ChecklistRule): Cell {
  const { status, temporaryUntil } = rule;
  const small = (value: string, color: string = COLOR.muted): Run[] => [
    { text: value, size: 7, color },
  ];
  const lines: Run[][] = status
    ? [
        [
          {
            text: label(`ruleChange.status.${status.status}`),
            font: 'bold',
            color: COLOR.status[status.status],
          },
        ],
        ...[status.by, status.at ? formatDay(status.at.slice(0, 10), locale) : '', status.reason]
          .filter((v) => v !== '')
          .map((v) => small(v)),
      ]
    : [small(label('ruleChange.noStatus'))];
  if (temporaryUntil) {
    lines.push([
      {
        text: temporary(temporaryUntil),
        size: 7,
        font: 'bold',
        color: COLOR.evidence.inferred,
      },
    ]);
  }
  return { paragraphs: lines };
}

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
  /** A host rule's firewall rule (FW-001), where the document lists both. */
  firewallIdOf?: (hostRuleId: string) => string | undefined;
  /** "temporary until 31 Dec 2026" of a day. */
  temporary: (day: string) => string;
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
      // Every row carries its id: status sheets and probe reports name rules by it.
      level === 'hosts'
        ? {
            paragraphs: [
              [{ text: rule.id, size: 6.5 }],
              ...(context.firewallIdOf?.(rule.id)
                ? [[{ text: `(${context.firewallIdOf(rule.id)})`, size: 6.5, color: COLOR.muted }]]
                : []),
            ],
            checkbox: true,
          }
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
      changeCell(context, rule),
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
  firewallIdOf?: (hostRuleId: string) => string | undefined,
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
    firewallIdOf,
    temporary: cached((day: string) =>
      t('ruleChange.temporaryUntil', { date: formatDay(day, locale) }),
    ),
  };
  const headings = ['ID', ...columnHeadings(locale, COLUMNS.slice(1))];
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
