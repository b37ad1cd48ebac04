import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

/** The database cannot be used as it is; the message says why and what to do. */
export class DatabaseRefused extends Error {}

/** The schema version of an existing file, read without writing to it. */
function versionOf(file: string): number {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new DatabaseRefused(
      `cannot open the plans library ${file}: ${(e as Error).message}. Fix: check the file's permissions, or move it away to start an empty library.`,
    );
  }
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    throw new DatabaseRefused(
      `${file} is not a plans library (${(e as Error).message}). Fix: move it away to start an empty library.`,
    );
  } finally {
    db.close();
  }
}

/**
 * Open (or create) the plans library and bring its schema up to date.
 * A database written by a newer planner is refused untouched: it is only ever opened read-only.
 */
export function openDatabase(file: string): Db {
  if (existsSync(file)) {
    const version = versionOf(file);
    if (version > SCHEMA_VERSION) {
      throw new DatabaseRefused(
        `the plans library ${file} was written by a newer version of the planner (schema ${version}; this version reads up to ${SCHEMA_VERSION}). It was left unchanged. Fix: update the planner, or start it with another data folder.`,
      );
    }
  }
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Apply every missing step, each in its own transaction together with its version number. */
export function migrate(db: Db): void {
  MIGRATIONS.forEach((sql, i) => {
    const version = i + 1;
    // Read the version inside the write lock: another process may have just migrated.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= version) return;
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  });
}
