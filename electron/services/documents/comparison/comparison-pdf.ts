import type { TFunction } from 'i18next';
import type { Zone } from '../../../../shared/catalog';
import {
  listDelta,
  type ChangeKind,
  type ComparedRule,
  type PlanComparison,
} from '../../../../shared/compare';
import { purposeText, translator, type Locale } from '../../../../shared/i18n';
import { bytesOf } from '../pdf/bytes';
import {
  changeColumns,
  type ComparedSide,
  type ComparisonInput as ComparisonPdfInput,
} from './comparison-document';
import { writeFrames } from '../pdf/frame';
import { formatCount, formatDate, zoneLabel } from '../document-text';
import { COLOR } from '../pdf/theme';
import { cell, headerRow } from '../pdf/topology-page';
import type { Cell, PageWriter, Row, Run } from '../pdf/writer';
import { writerDocument, writeTitle } from '../pdf/writer-document';

const CHANGE_COLOR: Record<ChangeKind, { text: string; fill: string }> = {
  added: { text: '#1f7a4d', fill: '#eaf6ee' },
  removed: { text: '#b91c1c', fill: '#fdeeee' },
  changed: { text: '#b45309', fill: '#fff4e0' },
};
const MARK: Record<ChangeKind, string> = { added: '+', removed: '−', changed: '~' };
// Column widths in points; 0 takes the rest (service and purpose).
const FIXED: Record<PlanComparison['level'], readonly number[]> = {
  hosts: [70, 135, 135, 55, 0, 190],
  firewall: [70, 42, 112, 112, 95, 0, 180],
};

// A merged firewall rule may name dozens of services; the CSV lists them all.
const SERVICES_SHOWN = 4;
function shortList(t: TFunction, list: string): string {
  const items = list.split(', ');
  if (items.length <= SERVICES_SHOWN) return list;
  const more = t('checklist.diagramMore', { count: items.length - SERVICES_SHOWN });
  return `${items.slice(0, SERVICES_SHOWN).join(', ')} ${more}`;
}

const value = (c: PlanComparison, rule: ComparedRule, column: string): string =>
  rule.row[c.columns.indexOf(column)] ?? '';

function endpointCell(c: PlanComparison, rule: ComparedRule, side: 'source' | 'destination'): Cell {
  const address = value(c, rule, side);
  const name = c.level === 'hosts' ? value(c, rule, `${side}Name`) : '';
  return {
    paragraphs: [
      name && name !== address
        ? [
            { text: `${name} `, font: 'bold' },
            { text: address, size: 7, color: COLOR.muted },
          ]
        : [{ text: address }],
    ],
  };
}

/** Each changed field: a list's gains and losses, or a single value before and after. */
function changesCell(t: TFunction, rule: ComparedRule): Cell {
  return {
    paragraphs: rule.fields.map((f): Run[] => {
      const label: Run = { text: `${t(`columns.${f.field}`)}: `, font: 'bold' };
      const delta = listDelta(f);
      if (!delta) {
        return [
          label,
          { text: t('comparison.wasNow', { before: f.before || '–', after: f.after || '–' }) },
        ];
      }
      const parts: Run[] = [];
      if (delta.added.length > 0)
        parts.push({
          text: t('comparison.gained', { items: delta.added.join(', ') }),
          color: CHANGE_COLOR.added.text,
        });
      if (delta.removed.length > 0)
        parts.push({
          text: `${parts.length > 0 ? '; ' : ''}${t('comparison.lost', { items: delta.removed.join(', ') })}`,
          color: CHANGE_COLOR.removed.text,
        });
      return [label, ...parts];
    }),
  };
}

function ruleRow(t: TFunction, locale: Locale, c: PlanComparison, rule: ComparedRule): Row {
  const color = CHANGE_COLOR[rule.change];
  const port = `${value(c, rule, 'port')}/${value(c, rule, 'protocol')}`;
  return {
    fill: color.fill,
    cells: [
      cell(`${MARK[rule.change]} ${t(`comparison.kinds.${rule.change}`)}`, {
        font: 'bold',
        color: color.text,
      }),
      ...(c.level === 'firewall' ? [cell(value(c, rule, 'id'), { font: 'bold' })] : []),
      endpointCell(c, rule, 'source'),
      endpointCell(c, rule, 'destination'),
      cell(port.includes(',') ? port.replace(/,/g, ', ') : port, { font: 'bold' }),
      {
        paragraphs: [
          [{ text: shortList(t, value(c, rule, 'service')) }],
          [{ text: purposeText(locale, value(c, rule, 'purpose')), size: 7, color: COLOR.muted }],
        ],
      },
      changesCell(t, rule),
    ],
  };
}

/** Counts in large type: what the network team will have to do, at a glance. */
function writeCounts(writer: PageWriter, t: TFunction, c: PlanComparison, locale: Locale): void {
  const top = writer.y;
  const width = 150;
  (['added', 'removed', 'changed'] as const).forEach((kind, i) => {
    const x = writer.left + i * width;
    writer.place(
      [
        {
          text: formatCount(c[kind], locale),
          font: 'bold',
          size: 17,
          color: CHANGE_COLOR[kind].text,
        },
      ],
      x,
      top,
      width,
    );
    writer.place([{ text: t(`comparison.${kind}`), font: 'bold', size: 8 }], x, top + 21, width);
  });
  writer.y = top + 36;
}

function writeSides(writer: PageWriter, t: TFunction, input: ComparisonPdfInput): void {
  const { before, after, comparison } = input;
  const line = (label: string, side: ComparedSide) =>
    writer.paragraph(
      [
        { text: `${label}: `, font: 'bold', size: 9 },
        { text: side.name, font: 'bold', size: 9 },
        { text: `  ${side.detail}`, size: 8.5, color: COLOR.muted },
      ],
      { after: 1.5 },
    );
  line(t('comparison.before'), before);
  line(t('comparison.after'), after);
  writer.paragraph(
    [
      { text: `${t('comparison.level')}: `, font: 'bold', size: 9 },
      { text: t(`checklist.levels.${comparison.level}`), size: 9 },
    ],
    { after: 10 },
  );
}

/** The change between two plans, one table per zone pair: what a network team acts on, nothing else. */
export async function comparisonPdf(
  input: ComparisonPdfInput,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const { comparison: c, locale } = input;
  const t = translator(locale);
  const writer = await writerDocument({
    title: `${t('comparison.title')}: ${input.before.name} / ${input.after.name}`,
    author: '',
    subject: t('comparison.subtitle'),
    locale,
    createdAt: input.generatedAt,
  });
  writeTitle(writer, t('comparison.title'), t('comparison.subtitle'));
  writeSides(writer, t, input);
  writeCounts(writer, t, c, locale);
  if (c.rules.length === 0) {
    writer.paragraph([{ text: t('comparison.none'), size: 10 }]);
  }
  const fixed = FIXED[c.level];
  const widths = fixed.map((w) => w || writer.width - fixed.reduce((a, b) => a + b, 0));
  // Service and purpose share one column: the page is narrower than a Markdown table.
  const headings = changeColumns(c.level).flatMap((column) =>
    column === 'purpose'
      ? []
      : column === 'service'
        ? [`${t('columns.service')} · ${t('columns.purpose')}`]
        : [t(`columns.${column}`)],
  );
  const pairKey = (r: { sourceZone: Zone; destinationZone: Zone }) =>
    `${r.sourceZone}>${r.destinationZone}`;
  for (const pair of c.byZonePair) {
    const rules = c.rules.filter((r) => pairKey(r) === pairKey(pair));
    const section: Row = {
      cells: [
        {
          span: headings.length,
          paragraphs: [
            [
              {
                text: t('checklist.pairHeading', {
                  from: zoneLabel(t, pair.sourceZone),
                  to: zoneLabel(t, pair.destinationZone),
                }),
                font: 'bold',
                size: 9.5,
                color: COLOR.band,
              },
              {
                text: `   ${t('comparison.pairCounts', {
                  added: formatCount(pair.added, locale),
                  removed: formatCount(pair.removed, locale),
                  changed: formatCount(pair.changed, locale),
                })}`,
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
      [section, headerRow(headings)],
      rules.map((r) => ruleRow(t, locale, c, r)),
    );
    writer.y += 12;
  }
  const pageCount = writeFrames(writer, {
    title: t('comparison.title'),
    project:
      input.before.name === input.after.name
        ? input.after.name
        : `${input.before.name} / ${input.after.name}`,
    place: t(`checklist.levels.${c.level}`),
    provenance: t('checklist.generated', { date: formatDate(input.generatedAt, locale) }),
    page: (page, pages) => t('checklist.page', { page, pages }),
  });
  return { bytes: await bytesOf(writer.doc), pageCount };
}
