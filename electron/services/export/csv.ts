import { stringify } from 'csv-stringify/sync';
import type { CsvDelimiter } from '../../../shared/export';
import { columnHeadings } from '../../../shared/i18n';
import type { Table } from '../../../shared/matrix';
import { checklistTable, type Checklist, type ChecklistLevel } from './checklist';

export { CSV_DELIMITERS, type CsvDelimiter } from '../../../shared/export';

export interface CsvProfile {
  /** ',' by default; ';' for German Excel. */
  delimiter: CsvDelimiter;
  /** A UTF-8 byte order mark so that Excel reads umlauts right. */
  bom: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet must show a cell as text, never run it: prefix an apostrophe to formula starts. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV of a table, with headings. */
export function tableToCsv(table: Table, headings: readonly string[], profile: CsvProfile): string {
  return stringify(
    [[...headings], ...table.rows].map((row) => row.map(neutralizeCell)),
    {
      delimiter: profile.delimiter,
      bom: profile.bom,
      record_delimiter: 'windows',
    },
  );
}

/** The change-request CSV: one rule per row at the level, headings in the locale, UTF-8 with BOM. */
export function checklistCsv(
  checklist: Checklist,
  level: ChecklistLevel,
  delimiter: CsvDelimiter,
): string {
  const table = checklistTable(checklist, level);
  return tableToCsv(table, columnHeadings(checklist.locale, table.columns), {
    delimiter,
    bom: true,
  });
}
