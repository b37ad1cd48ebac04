import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readAnswerFile } from '../../../../electron/services/change/answer-file';

// What a network team's spreadsheet saves a CSV as: each encoding and delimiter reads the same.

const ROWS = [
  ['Regelschlüssel', 'Status', 'Kommentar'],
  ['fw:1', 'geöffnet', 'über den Proxy; später'],
];
const csv = (delimiter: string) =>
  ROWS.map((r) => r.map((c) => (c.includes(delimiter) ? `"${c}"` : c)).join(delimiter)).join(
    '\r\n',
  );

describe('an answer saved as CSV', () => {
  it.each([
    [
      'UTF-8 with BOM, semicolons',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(';'))]),
    ],
    ['UTF-8 without BOM, commas', Buffer.from(csv(','))],
    ['Windows-1252, semicolons (German Excel)', iconv.encode(csv(';'), 'win1252')],
    [
      'UTF-16 with BOM, tabs (Excel’s Unicode text)',
      iconv.encode(csv('\t'), 'utf16le', { addBOM: true }),
    ],
  ])('%s', async (_, bytes) => {
    const [grid] = await readAnswerFile(new Uint8Array(bytes), 'antwort.csv');
    expect(grid!.rows).toEqual(ROWS);
  });

  it('refuses binary junk and an empty file as no spreadsheet', async () => {
    for (const bytes of [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), new Uint8Array()]) {
      await expect(readAnswerFile(bytes, 'x.csv')).rejects.toMatchObject({
        text: { key: 'change.import.notSpreadsheet' },
      });
    }
  });
});
