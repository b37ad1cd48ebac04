import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/i18n';
import type { Plan } from '../../../../shared/plan';
import { formatDate } from '../document-text';
import { COLOR, PAGE } from './theme';
import type { PageWriter } from './writer';

const HEADER_Y = 22;

export interface Frame {
  title: string;
  project: string;
  place: string;
  /** Left of the footer: revision and date. */
  provenance: string;
  page: (page: number, pages: number) => string;
}

export interface PlanFrame {
  title: string;
  project: Plan['project'];
  revision: string;
  generatedAt: Date;
  locale: Locale;
}

/** The frame of a plan's document: its project and place, its revision and when it was made. */
export function planFrame(t: TFunction, f: PlanFrame): Frame {
  return {
    title: f.title,
    project: f.project.name,
    place: [f.project.customer, f.project.site].filter(Boolean).join(' · '),
    provenance: `${t('checklist.revision')}: ${f.revision} · ${t('checklist.generated', {
      date: formatDate(f.generatedAt, f.locale),
    })}`,
    page: (page, pages) => t('checklist.page', { page, pages }),
  };
}

/** Header (from page 2) and footer on every page, once the page count is known. */
export function writeFrames(writer: PageWriter, frame: Frame): number {
  const { doc } = writer;
  const range = doc.bufferedPageRange();
  const half = writer.width / 2;
  const right = (text: string, size: number, font: 'regular' | 'bold') =>
    writer.left + writer.width - writer.measure(text, font, size) - 0.5;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    writer.forgetState();
    const page = i - range.start + 1;
    if (page > 1) {
      writer.place(
        [
          { text: `${frame.title}  `, font: 'bold', size: 8, color: COLOR.band },
          { text: frame.project, size: 8 },
        ],
        writer.left,
        HEADER_Y,
        half,
      );
      writer.place(
        [{ text: frame.place, size: 8, color: COLOR.muted }],
        right(frame.place, 8, 'regular'),
        HEADER_Y,
        half,
      );
    }
    const footer = doc.page.height - PAGE.margins[3] + 14;
    writer.place(
      [{ text: frame.provenance, size: 7, color: COLOR.muted }],
      writer.left,
      footer,
      writer.width - 100,
    );
    const label = frame.page(page, range.count);
    writer.place(
      [{ text: label, font: 'bold', size: 8, color: COLOR.band }],
      right(label, 8, 'bold'),
      footer,
      100,
    );
  }
  return range.count;
}
