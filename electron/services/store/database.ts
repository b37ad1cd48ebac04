import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { Refusal } from '../../../shared/api/refusal';
import { text, type Text } from '../../../shared/i18n';
import { BUSY_TIMEOUT_MS } from './failures';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type Db = BetterSqlite3.Database;

/**
 * better-sqlite3 is loaded when a library is opened, not when the code loads: the single-file
 * command line runs probes and responders on servers that have no node_modules beside it.
 */
function sqlite(): typeof BetterSqlite3 {
  // A CommonJS bundle (a test's script) has require and no import.meta.url; ES modules the reverse.
  const load = typeof require === 'function' ? require : createRequire(import.meta.url);
  return load('better-sqlite3') as typeof BetterSqlite3;
}

/** The database cannot be used as it is; the text says why and what to do. */
export class DatabaseRefused extends Refusal {
  constructor(said: Text) {
    super('library-unavailable', said);
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** user_version as the file's header holds it (big-endian at byte 60); null when it is no SQLite file. */
function headerVersion(file: string): number | null {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0) return 0; // SQLite takes an empty file for an empty database
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
  return header.readUInt32BE(60);
}

/**
 * The schema version of an existing file, without writing anything: from its header, and when a
 * write-ahead log beside it may hold newer pages, also through a read-only connection (which
 * then finds the -wal and -shm it needs already there instead of creating them).
 */
function versionOf(file: string): number {
  let fromHeader: number | null;
  try {
    fromHeader = headerVersion(file);
  } catch (e) {
    throw new DatabaseRefused(
      text('errors.library.unreadable', { file, message: (e as Error).message }),
    );
  }
  if (fromHeader === null) {
    throw new DatabaseRefused(text('errors.library.notSqlite', { file }));
  }
  if (!existsSync(`${file}-wal`)) return fromHeader;
  let db: Db;
  try {
    db = new (sqlite())(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new DatabaseRefused(
      text('errors.library.cannotOpen', { file, message: (e as Error).message }),
    );
  }
  try {
    return Math.max(fromHeader, db.pragma('user_version', { simple: true }) as number);
  } catch (e) {
    throw new DatabaseRefused(
      text('errors.library.notLibrary', { file, message: (e as Error).message }),
    );
  } finally {
    db.close();
  }
}

/**
 * Open (or create) the plans library and bring its schema up to date.
 * A database written by a newer planner is refused untouched: it is only read before that check.
 */
export function openDatabase(file: string): Db {
  if (existsSync(file)) {
    const version = versionOf(file);
    if (version > SCHEMA_VERSION) {
      throw new DatabaseRefused(
        text('errors.library.newer', { file, version, supported: SCHEMA_VERSION }),
      );
    }
  }
  const db = new (sqlite())(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // Before anything that writes: a second planner on the library waits for its turn.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Apply every missing step, each in its own transaction together with its version number.
 * An up-to-date library is only read: opening it does not wait for another planner's saves.
 */
export function migrate(db: Db): void {
  if ((db.pragma('user_version', { simple: true }) as number) >= MIGRATIONS.length) return;
  MIGRATIONS.forEach((step, i) => {
    const version = i + 1;
    // Read the version inside the write lock: another process may have just migrated.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= version) return;
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  });
}
