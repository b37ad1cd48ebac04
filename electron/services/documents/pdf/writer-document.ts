import { LOCALE_PROFILES, type Locale } from '../../../../shared/i18n';
import { FONT_FAMILY, pdfRenderer } from './fonts';
import { COLOR, PAGE } from './theme';
import { PageWriter, type Doc } from './writer';

const FIRST_PAGE_TOP = 40;

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  locale: Locale;
  createdAt: Date;
}

/**
 * An A4 landscape document drawn by the PageWriter alone (summaries, comparisons): pdfmake only
 * starts it, so that the embedded font and the metadata are the checklist's.
 */
export async function writerDocument(info: DocumentInfo): Promise<PageWriter> {
  const doc = (await pdfRenderer()
    .createPdf(
      {
        pageSize: 'A4',
        pageOrientation: 'landscape',
        pageMargins: PAGE.margins,
        language: LOCALE_PROFILES[info.locale].intlTag,
        info: {
          title: info.title,
          author: info.author || 'Output Engine Port Planner',
          subject: info.subject,
          creator: 'Output Engine Port Planner',
          producer: 'Output Engine Port Planner (pdfmake, pdfkit)',
          creationDate: info.createdAt,
        },
        defaultStyle: { font: FONT_FAMILY },
        content: [],
      },
      { bufferPages: true },
    )
    .getStream()) as Doc;
  const writer = new PageWriter(doc, FONT_FAMILY);
  // The first page has no running header (the frame draws it from page 2): start higher.
  writer.y = FIRST_PAGE_TOP;
  return writer;
}

/** The thin band and the title a document of this planner opens with. */
export function writeTitle(writer: PageWriter, title: string, subtitle: string): void {
  writer.doc.rect(writer.left, writer.y - 12, writer.width, 3).fill(COLOR.band);
  writer.forgetState();
  writer.paragraph(
    [
      { text: title, font: 'bold', size: 16, color: COLOR.band },
      { text: `   ${subtitle}`, size: 8.5, color: COLOR.muted },
    ],
    { after: 4 },
  );
}

/** A section heading, kept on the page with at least `keep` points of what follows. */
export function writeHeading(writer: PageWriter, text: string, keep = 40): void {
  writer.ensure(keep);
  writer.paragraph([{ text, font: 'bold', size: 10.5, color: COLOR.band }], { after: 3 });
}
