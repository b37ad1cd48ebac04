import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Refusal } from '../../shared/api/refusal';
import { text } from '../../shared/i18n';
import type { RenderedFile } from '../services/documents/document-file';
import { writeFileAtomic } from '../services/files';
import { say } from './language';

/**
 * A rendered file to standard output, or whole (or not at all) to --out: a file, or a folder that
 * then gets the file's own name. A PDF is never written to a terminal.
 */
export async function writeRendered(
  file: RenderedFile,
  out: string | undefined,
  what: string,
): Promise<void> {
  if (out === undefined) {
    if (file.mediaType === 'application/pdf') {
      throw new Refusal('bad-request', text('cli.files.pdfNeedsOut'));
    }
    process.stdout.write(file.bytes);
    return;
  }
  const folder = (await stat(out).catch(() => undefined))?.isDirectory() ?? false;
  const path = folder ? join(out, file.fileName) : out;
  await writeFileAtomic(path, file.bytes);
  const pages =
    file.pageCount === undefined ? '' : say('cli.files.pages', { count: file.pageCount });
  process.stdout.write(`${say('cli.files.wrote', { path, what, pages })}\n`);
}
