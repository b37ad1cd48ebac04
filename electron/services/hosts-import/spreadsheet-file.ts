import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Refusal } from '../../../shared/api/refusal';
import { text } from '../../../shared/i18n';
import { readSpreadsheet, type Sheet } from '../../../shared/hosts-import';
import { unreadable } from '../plan-loader';

/** No printer list is larger: a 10,000-row export of a print server is about 1 MB. */
export const MAX_SPREADSHEET_BYTES = 50_000_000;

/** A CSV or XLSX file's rows, or a refusal naming the file as the user gave it. */
export async function readSpreadsheetFile(path: string): Promise<Sheet> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new Refusal('bad-request', text('cli.read.folder', { path }));
    if (info.size > MAX_SPREADSHEET_BYTES) {
      throw new Refusal(
        'bad-request',
        text('imports.cli.tooLarge', {
          file: basename(path),
          maximum: MAX_SPREADSHEET_BYTES / 1_000_000,
        }),
        { path },
      );
    }
    bytes = await readFile(path);
  } catch (e) {
    throw unreadable(e, path);
  }
  try {
    return await readSpreadsheet(bytes);
  } catch (e) {
    throw new Refusal(
      'bad-request',
      text('imports.cli.notSpreadsheet', { file: basename(path), reason: (e as Error).message }),
      { path },
    );
  }
}
