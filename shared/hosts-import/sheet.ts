/** One row of a spreadsheet: its number as the spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A spreadsheet read: its rows, and what it was (for the preview: "CSV, semicolons, Windows-1252"). */
export interface Sheet {
  format: 'csv' | 'xlsx';
  /** For CSV: the delimiter found and the encoding. */
  delimiter?: string;
  encoding?: string;
  rows: SheetRow[];
}
