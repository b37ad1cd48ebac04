import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from './database';
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

/** Open the plans library in dataDir (created if missing). Throws DatabaseRefused when it cannot be used. */
export function openStore(dataDir: string, options: PlanStoreOptions = {}): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const db = openDatabase(file);
  return {
    plans: createPlanStore(db, options),
    probeResults: createProbeResultStore(db),
    db,
    file,
    close: () => db.close(),
  };
}
