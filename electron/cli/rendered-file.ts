import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedFile } from '../services/documents/document-file';
import { writeFileAtomic } from '../services/files';
import { EXIT, UsageError } from './errors';
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
    if (file.mediaType === 'application/pdf') throw new UsageError(say('cli.files.pdfNeedsOut'));
    process.stdout.write(file.bytes);
    return;
  }
  const folder = (await stat(out).catch(() => undefined))?.isDirectory() ?? false;
  const path = folder ? join(out, file.fileName) : out;
  await writeFileAtomic(path, file.bytes).catch((e: NodeJS.ErrnoException) => {
    // A missing folder or a forbidden one is the user's to fix (2); anything else is a failure (1).
    const theirs = e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'ENOTDIR';
    throw new UsageError(
      say('cli.export.cannotWrite', { path, message: e.message }),
      theirs ? EXIT.badInput : EXIT.failure,
    );
  });
  const pages =
    file.pageCount === undefined ? '' : say('cli.files.pages', { count: file.pageCount });
  process.stdout.write(`${say('cli.files.wrote', { path, what, pages })}\n`);
}
