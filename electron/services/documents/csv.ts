import { stringify } from 'csv-stringify/sync';
import type { CsvDelimiter } from '../../../shared/export';
import { columnHeadings } from '../../../shared/i18n';
import type { Table } from '../../../shared/matrix';
import { checklistTable, type Checklist, type ChecklistLevel } from './checklist/checklist';

export { CSV_DELIMITERS, type CsvDelimiter } from '../../../shared/export';

export interface CsvProfile {
  /** ',' by default; ';' for German Excel. */
  delimiter: CsvDelimiter;
  /** A UTF-8 byte order mark so that Excel reads umlauts right. */
  bom: boolean;
}

/** A formula starts at the beginning of a cell (= + - @ tab CR)... */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * ...and again at the start of every line inside it, after CR LF, CR or LF. The start is only
 * looked at, not consumed, so a line break after a line break is checked in turn: "x\r\r=1"
 * becomes "x\r\r'=1".
 */
const LINE_FORMULA_START = /(\r\n|\r|\n)(?=[=+\-@\t])/g;

/**
 * A spreadsheet must show a cell as text, never run it: an apostrophe before every formula start,
 * at the cell's beginning and after each line break (a spreadsheet that splits the field there
 * would otherwise see a new cell that begins with "=").
 */
export function neutralizeCell(value: string): string {
  const lines = value.replace(LINE_FORMULA_START, "$1'");
  const text = FORMULA_START.test(value) ? `'${lines}` : lines;
  // A list of ports ("80,443") is one number to a spreadsheet: 80443 with an English thousands
  // separator, 80.443 as a German decimal. A space after each comma keeps it a list.
  return NUMBER_LIST.test(text) ? text.replaceAll(',', ', ') : text;
}

const NUMBER_LIST = /^\d+(?:,\d+)+$/;

/**
 * Fields that must be quoted whatever the delimiter: a line break (csv-stringify quotes only the
 * record delimiter CR LF, not a bare CR or LF), either delimiter, or a quote.
 */
const QUOTE_WHEN = /[\r\n,;"]/;

/** RFC 4180 CSV of a table, with headings. */
export function tableToCsv(table: Table, headings: readonly string[], profile: CsvProfile): string {
  return stringify(
    [[...headings], ...table.rows].map((row) => row.map(neutralizeCell)),
    {
      delimiter: profile.delimiter,
      bom: profile.bom,
      record_delimiter: 'windows',
      quoted_match: QUOTE_WHEN,
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
