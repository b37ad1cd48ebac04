import type { TFunction } from 'i18next';
import type { Content } from 'pdfmake/interfaces';
import { textIn } from '../../../../shared/i18n';
import { coverageText } from '../../../../shared/probes/coverage';
import type { Checklist, ChecklistLevel } from '../checklist/checklist';

/**
 * The cover's coverage line, "Probe coverage: 37 of 41 rules verified from all their sources,
 * 2 blocked, 2 not run", once any source has run.
 */
export function coverageLine(t: TFunction, checklist: Checklist, level: ChecklistLevel): Content[] {
  const summary = checklist.coverage[level];
  if (summary.notRun === summary.total) return [];
  return [
    {
      text: t('coverage.cover', { summary: textIn(checklist.locale, coverageText(summary)) }),
      style: 'label',
      margin: [0, 3, 0, 0],
    },
  ];
}
