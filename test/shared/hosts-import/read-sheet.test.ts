import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  decodeSpreadsheet,
  detectDelimiter,
  parseCsv,
  readCsvSheet,
  readSpreadsheet,
} from '../../../shared/hosts-import';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/hosts-import', name));

describe('reading a spreadsheet file', () => {
  it('reads a German print server export in Windows-1252 with its umlauts right', () => {
    const bytes = fixture('get-printerport-de.csv');
    expect(bytes.includes(0xfc)).toBe(true); // ü as one byte: the file is not UTF-8
    const sheet = readCsvSheet(bytes);
    expect(sheet).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    // The #TYPE line is row 1 as a spreadsheet shows it, and no data.
    expect(sheet.rows[0]!.row).toBe(2);
    expect(sheet.rows[1]!.cells[8]).toBe('Drucker Büro');
    expect(sheet.rows.map((r) => r.cells[8])).toContain('Plotter Maß');
  });

  it('reads UTF-8 with and without BOM, and UTF-16 as PowerShell’s "Unicode" writes it', () => {
    const text = 'Name,Address\r\nDrucker Büro,10.0.0.1\r\n';
    const utf8 = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    for (const bytes of [utf8, bom, utf16]) {
      const sheet = readCsvSheet(bytes);
      expect(sheet.rows[0]!.cells).toEqual(['Name', 'Address']);
      expect(sheet.rows[1]!.cells[0]).toBe('Drucker Büro');
    }
    expect(decodeSpreadsheet(bom).encoding).toBe('utf-8');
    expect(decodeSpreadsheet(utf16).encoding).toBe('utf-16le');
  });

  it('finds the delimiter: comma, semicolon, tab, and Excel’s sep= line', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('"a;x";b\n"1,5";2\n')).toBe(';');
    expect(detectDelimiter('Name;Adresse\nDrucker, Büro;10.0.0.1\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('sep=;\na,b;c\n')).toBe(';');
    expect(detectDelimiter('10.0.0.1\n10.0.0.2\n')).toBe(',');
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside a cell, and counts rows as a spreadsheet does', () => {
    const rows = parseCsv(
      'Name,Address\n"A, ""B""",10.0.0.1\n"two\nlines",10.0.0.2\n\nlast,10.0.0.3',
      ',',
    );
    expect(rows).toEqual([
      { row: 1, cells: ['Name', 'Address'] },
      { row: 2, cells: ['A, "B"', '10.0.0.1'] },
      { row: 3, cells: ['two\nlines', '10.0.0.2'] },
      // The quoted line break took a line; the empty line is skipped but counted.
      { row: 6, cells: ['last', '10.0.0.3'] },
    ]);
  });

  it('reads the first sheet of an XLSX workbook, shared strings, numbers and formula results', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Drucker');
    sheet.addRow(['Name', 'HostAddress', 'PortNumber', 'Protocol']);
    sheet.addRow(['Drucker Büro & <Lager>', '10.1.2.3', 9100, 'Raw']);
    sheet.addRow([]);
    sheet.addRow(['Kopierer', { formula: '"10.1."&"2.4"', result: '10.1.2.4' }, 515, 'LPR']);
    workbook.addWorksheet('Other').addRow(['not read']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readSpreadsheet(bytes)).toEqual({
      format: 'xlsx',
      rows: [
        { row: 1, cells: ['Name', 'HostAddress', 'PortNumber', 'Protocol'] },
        { row: 2, cells: ['Drucker Büro & <Lager>', '10.1.2.3', '9100', 'Raw'] },
        { row: 4, cells: ['Kopierer', '10.1.2.4', '515', 'LPR'] },
      ],
    });
  });

  it('reads a CSV through the same door as an XLSX', async () => {
    expect((await readSpreadsheet(fixture('ip-list.txt'))).rows).toHaveLength(4);
  });
});
