// Spreadsheets in: printers, printer networks, island printers and client groups from CSV or XLSX.
export type { Sheet, SheetRow } from './sheet';
export { decodeSpreadsheet } from '../spreadsheet/decode';
export { detectDelimiter, parseCsv } from './csv-table';
export { readCsvSheet, readSpreadsheet, isZip } from './read-sheet';
export {
  IMPORT_FIELDS,
  columnHeadings,
  guessMapping,
  hasHeadingRow,
  headingsOfMapping,
  mappingOfHeadings,
  protocolWord,
  type ColumnMapping,
  type ImportField,
} from './columns';
export {
  accountRows,
  type ImportAccounting,
  type ImportedRow,
  type ImportOptions,
  type ImportTarget,
  type RowOutcome,
} from './accounting';
export { proposeSummaries, WIDEST_SUMMARY, type SummaryNetwork } from './summaries';
export { applyImport, mappingKey, overLimits, type RememberedMapping } from './apply';
export { previewImport, type ImportPreview, type PreviewChoices } from './preview';
export { joinPrinterPorts } from './join-ports';
