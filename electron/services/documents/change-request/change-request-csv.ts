import type { ChecklistLevel, CsvDelimiter } from '../../../../shared/export';
import type { Checklist } from '../checklist/checklist';
import { tableToCsv } from '../csv';
import { allRows, changeRequestSheet } from './change-request-sheet';

/**
 * The change request as one CSV: IPv4 rows, then IPv6 rows, told apart by the IP version column
 * (one file goes into a ticket and comes back whole; a tool that takes one version filters on it).
 * Every cell through neutralizeCell, UTF-8 with a BOM, the delimiter of the reader's spreadsheet.
 */
export function changeRequestCsv(
  checklist: Checklist,
  level: ChecklistLevel,
  delimiter: CsvDelimiter,
): string {
  const sheet = changeRequestSheet(checklist, level);
  return tableToCsv({ columns: sheet.columns, rows: allRows(sheet) }, sheet.headings, {
    delimiter,
    bom: true,
  });
}
