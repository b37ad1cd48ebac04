import { Refusal } from '../../../shared/api/refusal';
import { text, type Text } from '../../../shared/i18n';

/** How long a save waits for another planner's write lock (busy_timeout) before it is refused. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * What a failure of SQLite or of the file system means to the user, with the file and the fix;
 * undefined for a failure that is not the library's (a bug, which stays "internal").
 */
export function libraryText(file: string, e: unknown): Text | undefined {
  const code = String((e as { code?: unknown }).code ?? '');
  const message = e instanceof Error ? e.message : String(e);
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code) || /^(EACCES|EROFS|EPERM)$/.test(code)) {
    return text('errors.library.readOnly', { file });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return text('errors.library.full', { file });
  }
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code))
    return text('errors.library.damaged', { file, message });
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return text('errors.library.busy', { file, seconds: BUSY_TIMEOUT_MS / 1000 });
  }
  if (code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return text('errors.library.full', { file });
  }
  return undefined;
}

/**
 * The same store, each of its functions answering a library failure with its refusal
 * ('library-unavailable') instead of SQLite's words. SQLite rolls the transaction back, so
 * nothing stored is lost.
 */
export function guarded<T extends Record<string, unknown>>(file: string, store: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(store)) {
    wrapped[name] =
      typeof member !== 'function'
        ? member
        : (...args: unknown[]) => {
            try {
              return (member as (...a: unknown[]) => unknown)(...args);
            } catch (e) {
              const said = libraryText(file, e);
              throw said ? new Refusal('library-unavailable', said) : e;
            }
          };
  }
  return wrapped as T;
}
