import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { getSystemErrorMap } from 'node:util';
import { Refusal } from '../../shared/api/refusal';
import { text } from '../../shared/i18n';

/** Reasons a write fails that the user fixes by naming another place (or making this one writable). */
const THEIRS = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENAMETOOLONG']);

/** "ENOENT: no such file or directory": the reason alone, never the temporary file it happened to. */
function reasonOf(e: unknown): string {
  const { code, errno } = e as NodeJS.ErrnoException;
  const described = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
  if (code && described) return `${code}: ${described}`;
  return code ?? (e instanceof Error ? e.message : String(e));
}

/**
 * Why path cannot be written, naming it as the user gave it: a missing or read-only place is theirs
 * to fix (bad-request), anything else (a full disk, a file size limit) is an unexpected failure.
 */
export function cannotWrite(path: string, e: unknown): Refusal {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return new Refusal(
    THEIRS.has(code) ? 'bad-request' : 'internal',
    text('errors.cannotWrite', { path, message: reasonOf(e) }),
    { path },
  );
}

/**
 * Write a file so that a reader sees the old content or the whole new one, never half:
 * write a temporary file beside it, flush it to disk, then rename it into place. A failure leaves
 * no temporary file and is a Refusal naming path.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw cannotWrite(path, e);
  }
}

/** A folder for several files, made if missing; refused (naming it) when it cannot be. */
export async function makeFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true }).catch((e: unknown) => {
    throw cannotWrite(path, e);
  });
}
