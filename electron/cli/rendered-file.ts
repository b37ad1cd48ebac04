import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedFile } from '../services/export/presales';
import { writeFileAtomic } from '../services/files';
import { EXIT, UsageError } from './errors';

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
    if (file.mediaType === 'application/pdf')
      throw new UsageError(`a PDF needs a file to go to. Fix: add --out FILE (or a folder).`);
    process.stdout.write(file.bytes);
    return;
  }
  const folder = (await stat(out).catch(() => undefined))?.isDirectory() ?? false;
  const path = folder ? join(out, file.fileName) : out;
  await writeFileAtomic(path, file.bytes).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(
      `cannot write ${path}: ${e.message}. Nothing half-written was left: an existing ${path} is unchanged.`,
      e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'ENOTDIR'
        ? EXIT.badInput
        : EXIT.failure,
    );
  });
  const pages =
    file.pageCount === undefined
      ? ''
      : `, ${file.pageCount} page${file.pageCount === 1 ? '' : 's'}`;
  process.stdout.write(`wrote ${path} (${what}${pages})\n`);
}
