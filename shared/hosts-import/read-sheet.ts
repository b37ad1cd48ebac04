import { parseCsv, detectDelimiter } from './csv-table';
import { decodeSpreadsheet } from '../spreadsheet/decode';
import type { Sheet } from './sheet';
import { readXlsxSheet } from './xlsx-sheet';

/** A CSV or text file's rows: encoding and delimiter found as a spreadsheet program would. */
export function readCsvSheet(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeSpreadsheet(bytes);
  const delimiter = detectDelimiter(text);
  return { format: 'csv', delimiter, encoding, rows: parseCsv(text, delimiter) };
}

/** An XLSX file starts like every zip archive ("PK\x03\x04"). */
export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A spreadsheet file's rows: an XLSX workbook's first sheet, or CSV text. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Sheet> {
  return isZip(bytes) ? readXlsxSheet(bytes) : readCsvSheet(bytes);
}
