import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseRefused, openDatabase, type Db } from './database';
import { guarded, libraryText } from './failures';
import { createPlanStore, type PlanStoreOptions } from './plans';
import { createProbeResultStore } from './probe-results';

export { DatabaseRefused } from './database';
export { SCHEMA_VERSION } from './migrations';
export { COALESCE_MS, PlanNotFound, REVISIONS_KEPT, UNTITLED, type RevisionOrigin } from './plans';

export const DATABASE_FILE = 'plans.sqlite';

export interface Store {
  plans: ReturnType<typeof createPlanStore>;
  probeResults: ReturnType<typeof createProbeResultStore>;
  /** The open connection, for tests and diagnostics. */
  db: Db;
  file: string;
  close(): void;
}

/** The data folder, created if missing; a refusal with the real reason (EROFS, EACCES). */
function makeDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    // A recursive mkdir says ENOENT on a read-only disk: one plain mkdir tells the real reason.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(dirname(dataDir))) {
      mkdirSync(dataDir);
    }
    throw e;
  }
}

/** Open the plans library in dataDir (created if missing). Throws DatabaseRefused when it cannot be used. */
export function openStore(dataDir: string, options: PlanStoreOptions = {}): Store {
  const file = join(dataDir, DATABASE_FILE);
  let db: Db;
  try {
    makeDataDir(dataDir);
    db = openDatabase(file);
  } catch (e) {
    const said = e instanceof DatabaseRefused ? undefined : libraryText(file, e);
    throw said ? new DatabaseRefused(said) : e;
  }
  return {
    plans: guarded(file, createPlanStore(db, options)),
    probeResults: guarded(file, createProbeResultStore(db)),
    db,
    file,
    close: () => db.close(),
  };
}
