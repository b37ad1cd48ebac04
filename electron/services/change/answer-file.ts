import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeSpreadsheet } from '../../../shared/spreadsheet/decode';
import { Readable } from 'node:stream';
import { MAX_SHEET_BYTES, MAX_SHEET_ROWS, type AnswerGrid } from '../../../shared/change';
import { Refusal } from '../../../shared/api/refusal';
import { text } from '../../../shared/i18n';

// A filled change request sheet as rows of text, whatever the network team saved it as: an XLSX
// workbook, or a CSV with either delimiter in UTF-8 (with or without BOM), UTF-16 or Windows-1252.

const refuse = (said: ReturnType<typeof text>) => new Refusal('bad-request', said);
const tooManyRows = (file: string) =>
  refuse(text('change.import.tooManyRows', { file, max: MAX_SHEET_ROWS }));

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Text files hold no NUL bytes and few other control bytes (UTF-16 has NULs but starts with a BOM). */
function looksBinary(b: Uint8Array): boolean {
  const head = b.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > head.length / 100;
}

/** The text of a CSV: its BOM decides, else UTF-8 when it is valid UTF-8, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): string {
  return decodeSpreadsheet(bytes).text;
}

/** The delimiter the header line uses most: ";" (German Excel), "," or a tab (Excel's Unicode text). */
function delimiterOf(csv: string): string {
  const firstLine = csv.slice(0, csv.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function csvGrid(bytes: Uint8Array, fileName: string): AnswerGrid {
  const csv = decodeCsv(bytes);
  let rows: string[][];
  try {
    rows = parse(csv, {
      delimiter: delimiterOf(csv),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to_line: MAX_SHEET_ROWS + 2,
    });
  } catch {
    throw refuse(text('change.import.notSpreadsheet', { file: fileName }));
  }
  if (rows.length > MAX_SHEET_ROWS + 1) throw tooManyRows(fileName);
  return { name: fileName, rows };
}

type CellValue = ExcelJS.CellValue;

/** A cell as the text a person typed: a formula stays its formula ("=1+1"), never its result. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The workbook's sheets, read as a stream without styles: a quarter of the time of loading the
 * whole workbook, which matters for a large plan's sheet (test/bench, change).
 */
async function xlsxGrids(bytes: Uint8Array, fileName: string): Promise<AnswerGrid[]> {
  const grids: AnswerGrid[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      styles: 'ignore',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      const rows: string[][] = [];
      for await (const row of ws) {
        // Rows come with their number: a row left empty in the file is an empty row here too.
        while (rows.length < row.number - 1) rows.push([]);
        if (rows.length > MAX_SHEET_ROWS + 1) throw tooManyRows(fileName);
        const values = row.values as CellValue[];
        rows.push(values.slice(1).map(cellText));
      }
      grids.push({ name: ws.name, rows });
    }
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw refuse(
      text('change.import.damaged', {
        file: fileName,
        message: (e instanceof Error ? e.message : String(e)).slice(0, 120),
      }),
    );
  }
  return grids;
}

/** The sheets of an answer file; refused when it is too large, binary junk or no spreadsheet. */
export async function readAnswerFile(bytes: Uint8Array, fileName: string): Promise<AnswerGrid[]> {
  if (bytes.byteLength > MAX_SHEET_BYTES) {
    throw refuse(
      text('change.import.tooLarge', { file: fileName, max: MAX_SHEET_BYTES / 1024 / 1024 }),
    );
  }
  if (isZip(bytes)) return xlsxGrids(bytes, fileName);
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bytes.byteLength === 0 || (!utf16 && looksBinary(bytes))) {
    throw refuse(text('change.import.notSpreadsheet', { file: fileName }));
  }
  return [csvGrid(bytes, fileName)];
}
