import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { SOURCES } from '../../../../shared/catalog';
import { translator } from '../../../../shared/i18n';
import type { Checklist, ChecklistLevel } from '../checklist';
import { cover } from './cover';
import { FONT_FAMILY, pdfRenderer } from './fonts';
import { ruleSections } from './rules';
import { signOff } from './sign-off';
import { formatDate, SourceIndex } from './text';
import { COLOR, PAGE, STYLES } from './theme';
import { topologySection } from './topology';

export interface PdfChecklist {
  bytes: Uint8Array;
  pageCount: number;
}

const TITLES = new Map<string, string>(Object.values(SOURCES).map((s) => [s.url, s.title]));

function sourcesList(urls: readonly string[]): Content {
  return {
    style: 'cell',
    table: {
      widths: [18, '*'],
      body: urls.map((url, i) => [
        { text: `${i + 1}`, bold: true, alignment: 'right' },
        {
          text: [
            ...(TITLES.has(url) ? [{ text: `${TITLES.get(url)}  `, color: COLOR.ink }] : []),
            { text: url, link: /^https?:/.test(url) ? url : undefined, color: COLOR.band },
          ],
        },
      ]),
    },
    layout: 'noBorders',
  };
}

/** The technician's checklist: cover, topology, one table per zone pair, sign-off, sources. */
export function checklistDocument(
  checklist: Checklist,
  level: ChecklistLevel,
  onPageCount: (pages: number) => void = () => {},
): TDocumentDefinitions {
  const t = translator(checklist.locale);
  const { project } = checklist.plan;
  const sources = new SourceIndex();
  // Rule tables first: they number the sources the list at the end shows.
  const sections = ruleSections(t, checklist.locale, level, checklist.rules[level], sources);
  const generated = t('checklist.generated', {
    date: formatDate(checklist.generatedAt, checklist.locale),
  });
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE.margins,
    language: checklist.locale === 'de' ? 'de-DE' : 'en-GB',
    info: {
      title: `${t('checklist.title')}: ${project.name}`,
      author: project.technician || 'Output Engine Port Planner',
      subject: [project.customer, project.site].filter(Boolean).join(', '),
      creator: 'Output Engine Port Planner',
      producer: 'Output Engine Port Planner (pdfmake)',
      creationDate: checklist.generatedAt,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 9, color: COLOR.ink, lineHeight: 1.1 },
    styles: STYLES,
    header: (page) =>
      page === 1
        ? null
        : {
            margin: [PAGE.margins[0], 22, PAGE.margins[2], 0],
            columns: [
              {
                text: [
                  { text: `${t('checklist.title')}  `, bold: true, color: COLOR.band },
                  { text: project.name },
                ],
                fontSize: 8,
              },
              {
                text: [project.customer, project.site].filter(Boolean).join(' · '),
                alignment: 'right',
                fontSize: 8,
                color: COLOR.muted,
              },
            ],
          },
    footer: (page, pages) => {
      onPageCount(pages);
      return {
        margin: [PAGE.margins[0], 14, PAGE.margins[2], 0],
        columns: [
          {
            text: `${t('checklist.revision')}: ${checklist.revision} · ${generated}`,
            fontSize: 7,
            color: COLOR.muted,
          },
          {
            text: t('checklist.page', { page, pages }),
            alignment: 'right',
            fontSize: 8,
            bold: true,
            color: COLOR.band,
          },
        ],
      };
    },
    content: [
      cover(t, checklist, level),
      { text: '', pageBreak: 'after' },
      topologySection(t, checklist),
      { text: t('checklist.rules'), style: 'h1', pageBreak: 'before' },
      { text: t('checklist.rulesIntro'), style: 'intro' },
      sections.length > 0 ? sections : { text: t('checklist.none'), style: 'label' },
      signOff(t, project.technician),
      { text: t('checklist.sources'), style: 'h1', margin: [0, 18, 0, 2] },
      { text: t('checklist.sourcesIntro'), style: 'intro' },
      sourcesList(sources.urls),
    ],
  };
}

export async function checklistPdf(
  checklist: Checklist,
  level: ChecklistLevel,
): Promise<PdfChecklist> {
  let pageCount = 0;
  const definition = checklistDocument(checklist, level, (pages) => (pageCount = pages));
  const buffer = await pdfRenderer().createPdf(definition).getBuffer();
  return { bytes: new Uint8Array(buffer), pageCount };
}
