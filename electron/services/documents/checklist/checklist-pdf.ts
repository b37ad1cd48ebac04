import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { SOURCES } from '../../../../shared/catalog';
import { LOCALE_PROFILES, translator } from '../../../../shared/i18n';
import { openQuestions, questionNumbers } from '../../../../shared/summary';
import type { Checklist, ChecklistLevel, ChecklistRule } from './checklist';
import { bytesOf } from '../pdf/bytes';
import { cover } from '../pdf/cover';
import { FONT_FAMILY, pdfRenderer } from '../pdf/fonts';
import { planFrame, writeFrames } from '../pdf/frame';
import { writeOpenQuestions, writeVendorWords } from '../pdf/open-questions';
import { writeRuleSections } from '../pdf/rules';
import { writeSignOff } from '../pdf/sign-off';
import { PLANNER_MODELING, SourceIndex, sourceLabel } from '../document-text';
import { COLOR, PAGE, STYLES } from '../pdf/theme';
import { writeTopology } from '../pdf/topology-page';
import { PageWriter, type Doc } from '../pdf/writer';

export interface PdfChecklist {
  bytes: Uint8Array;
  pageCount: number;
}

const TITLES = new Map<string, string>(Object.values(SOURCES).map((s) => [s.url, s.title]));

/** The cover: laid out by pdfmake (columns, small tables, the legend). */
function frontMatter(checklist: Checklist, level: ChecklistLevel): TDocumentDefinitions {
  const t = translator(checklist.locale);
  const { project } = checklist.plan;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE.margins,
    language: LOCALE_PROFILES[checklist.locale].intlTag,
    info: {
      title: `${t('checklist.title')}: ${project.name}`,
      author: checklist.plan.change.technician.name || 'Output Engine Port Planner',
      subject: [project.customer, project.site].filter(Boolean).join(', '),
      creator: 'Output Engine Port Planner',
      producer: 'Output Engine Port Planner (pdfmake, pdfkit)',
      creationDate: checklist.generatedAt,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 9, color: COLOR.ink, lineHeight: 1.1 },
    styles: STYLES,
    content: cover(t, checklist, level),
  };
}

function writeSources(
  writer: PageWriter,
  urls: readonly string[],
  t: ReturnType<typeof translator>,
): void {
  writer.ensure(80);
  writer.y += 18;
  writer.paragraph([{ text: t('checklist.sources'), font: 'bold', size: 16, color: COLOR.band }], {
    after: 2,
  });
  writer.paragraph([{ text: t('checklist.sourcesIntro'), size: 8.5, color: COLOR.muted }], {
    after: 6,
  });
  urls.forEach((url, i) => {
    writer.ensure(10);
    const number = `${i + 1}`;
    writer.place(
      [{ text: number, font: 'bold' }],
      writer.left + 16 - writer.measure(number, 'bold', 7.5),
      writer.y,
      20,
    );
    writer.paragraph(
      [
        // This planner's own modeling is no page: its words and what they stand for, in the reader's language.
        ...(url === PLANNER_MODELING
          ? [
              { text: sourceLabel(t, url), color: COLOR.band },
              { text: `: ${t('checklist.plannerModelingExplained')}` },
            ]
          : [
              ...(TITLES.has(url) ? [{ text: `${TITLES.get(url)}  ` }] : []),
              { text: url, color: COLOR.band, link: /^https?:/.test(url) ? url : undefined },
            ]),
      ],
      { x: writer.left + 22, width: writer.width - 22, after: 1.5 },
    );
  });
}

/**
 * The technician's checklist: cover, topology, one table per zone pair, sign-off, at the firewall
 * level the host rules as an appendix, the open questions once, sources. pdfmake
 * lays out the cover; the rest is drawn into the same document by the PageWriter.
 */
export async function checklistPdf(
  checklist: Checklist,
  level: ChecklistLevel,
): Promise<PdfChecklist> {
  const t = translator(checklist.locale);
  const { project } = checklist.plan;
  const doc = (await pdfRenderer()
    .createPdf(frontMatter(checklist, level), { bufferPages: true })
    .getStream()) as Doc;
  const writer = new PageWriter(doc, FONT_FAMILY);
  const sources = new SourceIndex();
  writer.addPage();
  writeTopology(writer, t, checklist);
  writer.addPage();
  writer.paragraph([{ text: t('checklist.rules'), font: 'bold', size: 16, color: COLOR.band }], {
    after: 4,
  });
  writer.paragraph([{ text: t('checklist.rulesIntro'), size: 8.5, color: COLOR.muted }], {
    after: 8,
  });
  if (checklist.rules[level].length === 0) {
    writer.paragraph([{ text: t('checklist.none'), color: COLOR.muted }], { after: 8 });
  }
  // Each open question once: the rows point to it by number, the appendix asks it.
  const { questions } = openQuestions(checklist.plan, checklist.matrix);
  const numbers = questionNumbers(questions);
  const questionsOf = (rule: ChecklistRule) =>
    [...new Set(rule.hostRuleIds.flatMap((id) => numbers.get(id) ?? []))].sort((a, b) => a - b);
  const rules = checklist.rules[level];
  writeRuleSections(writer, t, checklist.locale, level, rules, sources, questionsOf);
  writeSignOff(writer, t, checklist.plan.change.technician.name);
  if (level === 'firewall' && checklist.rules.hosts.length > 0) {
    // The firewall rules are what the network team opens; their host rules are what probes and
    // status sheets name: one document holds both.
    const firewallIds = new Map(
      checklist.rules.firewall.flatMap((r) => r.hostRuleIds.map((id) => [id, r.id] as const)),
    );
    writer.addPage();
    writer.paragraph(
      [{ text: t('ruleChange.hostAppendix'), font: 'bold', size: 16, color: COLOR.band }],
      { after: 4 },
    );
    writer.paragraph([{ text: t('ruleChange.hostAppendixIntro'), size: 8.5, color: COLOR.muted }], {
      after: 8,
    });
    writeRuleSections(
      writer,
      t,
      checklist.locale,
      'hosts',
      checklist.rules.hosts,
      sources,
      questionsOf,
      (id) => firewallIds.get(id),
    );
  }
  writeOpenQuestions(
    writer,
    t,
    checklist.locale,
    level,
    questions,
    checklist.matrix,
    rules,
    sources,
  );
  writeVendorWords(writer, t, checklist.locale, checklist.matrix, sources);
  writeSources(writer, sources.urls, t);
  const pageCount = writeFrames(
    writer,
    planFrame(t, {
      title: t('checklist.title'),
      project,
      revision: checklist.revision,
      generatedAt: checklist.generatedAt,
      locale: checklist.locale,
    }),
  );
  return { bytes: await bytesOf(doc), pageCount };
}
