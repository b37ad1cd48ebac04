import type { TFunction } from 'i18next';
import { noteText, purposeText, translator } from '../../../../shared/i18n';
import { evidenceSplit, openQuestionsFigure, portsText } from '../../../../shared/summary';
import { bytesOf } from '../pdf/bytes';
import type { PresalesInput as PresalesPdfInput } from './presales-document';
import { planFrame, writeFrames } from '../pdf/frame';
import { formatCount, formatPercent, zoneLabel } from '../document-text';
import { COLOR } from '../pdf/theme';
import { cell, headerRow } from '../pdf/topology-page';
import { writerDocument, writeTitle } from '../pdf/writer-document';
import type { PageWriter, Run } from '../pdf/writer';

export interface PresalesPdf {
  bytes: Uint8Array;
  pageCount: number;
}

const CARD_HEIGHT = 30;

/** The figures a proposal quotes, two by two, in `width` points from `x`; returns the bottom. */
function writeFigures(
  writer: PageWriter,
  t: TFunction,
  input: PresalesPdfInput,
  x: number,
  width: number,
): number {
  const { summary, locale } = input;
  const split = evidenceSplit(summary.byEvidence);
  const percent = (n: number) => t('presales.share', { percent: formatPercent(n, locale) });
  const cards: [number, string, string, string][] = [
    [summary.firewallRules, t('presales.firewallRules'), '', COLOR.band],
    [summary.hostRules, t('presales.hostRules'), '', COLOR.band],
    [
      split.documented,
      t('presales.documented'),
      percent(split.documentedPercent),
      COLOR.evidence.seed,
    ],
    [
      split.inferred,
      t('presales.inferred'),
      percent(split.inferredPercent),
      COLOR.evidence.inferred,
    ],
  ];
  const half = width / 2;
  const top = writer.y;
  cards.forEach(([value, label, share, color], i) => {
    const left = x + (i % 2) * half;
    const y = top + Math.floor(i / 2) * CARD_HEIGHT;
    writer.place(
      [{ text: formatCount(value, locale), font: 'bold', size: 15, color }],
      left,
      y,
      half,
    );
    writer.place([{ text: label, font: 'bold', size: 7.5 }], left, y + 17, half - 6);
    if (share)
      writer.place([{ text: share, size: 7, color: COLOR.muted }], left, y + 25.5, half - 6);
  });
  // Below the cards: the open questions counted per claim, beside the servers and components,
  // which a plan with questions fills to below this line anyway (the page stays one page).
  if (summary.openQuestions.length === 0) return top + 2 * CARD_HEIGHT;
  writer.place(
    [
      {
        text: openQuestionsFigure(locale, summary.openQuestions.length, summary.openQuestionRules),
        font: 'bold',
        size: 7.5,
        color: COLOR.evidence.inferred,
      },
    ],
    x,
    top + 2 * CARD_HEIGHT + 6,
    width - 6,
  );
  return top + 2 * CARD_HEIGHT + 16;
}

/** A heading and one line per entry, in a column from `x`; returns the bottom. */
function writeColumn(
  writer: PageWriter,
  top: number,
  x: number,
  width: number,
  heading: string,
  lines: Run[][],
): number {
  writer.y = top;
  writer.paragraph([{ text: heading, font: 'bold', size: 10, color: COLOR.band }], {
    x,
    width,
    after: 3,
  });
  for (const runs of lines) writer.paragraph(runs, { x, width, after: 1 });
  return writer.y;
}

/** The figures, the servers by role and the components to install, side by side. */
function writeInstallation(writer: PageWriter, t: TFunction, input: PresalesPdfInput): void {
  const { summary } = input;
  const gap = 20;
  const column = (writer.width - 2 * gap) / 3;
  const top = writer.y;
  const x = (i: number) => writer.left + i * (column + gap);
  const bottoms = [
    writeFigures(writer, t, input, x(0), column),
    writeColumn(
      writer,
      top,
      x(1),
      column,
      t('presales.servers'),
      summary.servers.map((s) => [
        { text: `${t(`presales.roles.${s.role}`)} (${s.names.length}): `, font: 'bold', size: 7.5 },
        { text: s.names.join(', '), size: 7.5 },
      ]),
    ),
    writeColumn(
      writer,
      top,
      x(2),
      column,
      t('presales.components'),
      summary.components.map((c) => [
        { text: `${t(`presales.componentNames.${c.component}`)}: `, font: 'bold', size: 7.5 },
        { text: c.hosts.join(', '), size: 7.5 },
      ]),
    ),
  ];
  writer.y = Math.max(...bottoms) + 5;
}

/** A section heading with its one-line explanation beside it. */
function writeSectionHeading(writer: PageWriter, heading: string, intro: string): void {
  writer.ensure(60);
  writer.paragraph(
    [
      { text: heading, font: 'bold', size: 10, color: COLOR.band },
      { text: `   ${intro}`, size: 7, color: COLOR.muted },
    ],
    { after: 3 },
  );
}

// The two tables in a size that keeps the example plans on one page.
const TABLE_TEXT = 7;
const small = (text: string, style: Omit<Run, 'text'> = {}) =>
  cell(text, { size: TABLE_TEXT, ...style });

function writeOpenings(writer: PageWriter, t: TFunction, input: PresalesPdfInput): void {
  const { summary, locale } = input;
  writeSectionHeading(writer, t('presales.openings'), t('presales.openingsIntro'));
  writer.table(
    [140, writer.width - 140 - 2 * 60, 60, 60],
    [
      headerRow([
        t('comparison.zonePair'),
        t('presales.ports'),
        t('presales.firewallRules'),
        t('presales.hostRules'),
      ]),
    ],
    summary.openings.map((o, i) => ({
      fill: i % 2 === 1 ? COLOR.zebra : undefined,
      cells: [
        small(
          t('checklist.pairCell', {
            from: zoneLabel(t, o.sourceZone),
            to: zoneLabel(t, o.destinationZone),
          }),
          { font: 'bold' },
        ),
        small(portsText(o.ports)),
        small(formatCount(o.firewallRules, locale)),
        small(formatCount(o.hostRules, locale)),
      ],
    })),
  );
  writer.y += 6;
}

function writeOpenQuestions(writer: PageWriter, t: TFunction, input: PresalesPdfInput): void {
  const { summary, locale } = input;
  writeSectionHeading(writer, t('presales.openQuestions'), t('presales.openQuestionsIntro'));
  if (summary.openQuestions.length === 0) {
    writer.paragraph([{ text: t('presales.noOpenQuestions'), size: 8.5 }]);
    return;
  }
  writer.table(
    [140, 320, writer.width - 140 - 320 - 48, 48],
    [
      headerRow([
        t('presales.claim'),
        t('presales.ports'),
        t('presales.note'),
        t('presales.hostRules'),
      ]),
    ],
    summary.openQuestions.map((q) => ({
      fill: COLOR.inferredFill,
      cells: [
        small(purposeText(locale, q.purpose), { font: 'bold' }),
        small(q.ports),
        small(noteText(locale, q.note), { font: 'italic' }),
        small(formatCount(q.hostRules, locale)),
      ],
    })),
  );
}

/** The pre-sales summary on one A4 page: what a proposal needs, and what is still to confirm. */
export async function presalesPdf(input: PresalesPdfInput): Promise<PresalesPdf> {
  const t = translator(input.locale);
  const { project, installation } = input.plan;
  const writer = await writerDocument({
    title: `${t('presales.title')}: ${project.name}`,
    author: input.plan.change.technician.name,
    subject: [project.customer, project.site].filter(Boolean).join(', '),
    locale: input.locale,
    createdAt: input.generatedAt,
  });
  writeTitle(writer, t('presales.title'), t('presales.subtitle'));
  const facts = [
    project.customer,
    project.site,
    t('presales.installation', {
      installation: t(`checklist.installations.${installation}`),
      version: project.productVersion,
    }),
    input.plan.change.technician.name,
  ].filter(Boolean);
  writer.paragraph(
    [
      { text: `${project.name}   `, font: 'bold', size: 12 },
      { text: facts.join('  ·  '), size: 8.5, color: COLOR.muted },
    ],
    { after: 6 },
  );
  writeInstallation(writer, t, input);
  writeOpenings(writer, t, input);
  writeOpenQuestions(writer, t, input);
  const pageCount = writeFrames(
    writer,
    planFrame(t, { ...input, title: t('presales.title'), project }),
  );
  return { bytes: await bytesOf(writer.doc), pageCount };
}
