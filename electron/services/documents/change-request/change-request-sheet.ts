import type { ChecklistLevel, ExportPreview } from '../../../../shared/export';
import { requestSheet, type RequestSheet } from '../../../../shared/change';
import type { Checklist } from '../checklist/checklist';

const PREVIEW_ROWS = 10;

/** The change request of a checklist: its plan, its rules at the level, its revision and library id. */
export const changeRequestSheet = (checklist: Checklist, level: ChecklistLevel): RequestSheet =>
  requestSheet(checklist.plan, checklist.matrix, checklist.locale, level, {
    planId: checklist.planId,
    planName: checklist.plan.project.name,
    revision: checklist.revision,
  });

/** Every rule of the sheet, IPv4 first: the CSV's rows. */
export const allRows = (sheet: RequestSheet): string[][] => [
  ...sheet.rows['4'],
  ...sheet.rows['6'],
];

/** The Export step's preview: the first rows as the sheet holds them. */
export function changeRequestPreview(checklist: Checklist, level: ChecklistLevel): ExportPreview {
  const sheet = changeRequestSheet(checklist, level);
  const rows = allRows(sheet);
  return {
    kind: 'table',
    headings: sheet.headings,
    rows: rows.slice(0, PREVIEW_ROWS),
    rowCount: rows.length,
  };
}
