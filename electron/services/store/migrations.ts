/**
 * The schema, one numbered step at a time. Never edit a step that has shipped: add the next one.
 * Step N brings a database from user_version N-1 to N, in one transaction.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: plans, their revisions, and probe results.
  `
  CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    customer TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE plan_revisions (
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    -- When this revision's window opened: saves within 60 s of it coalesce into it.
    opened_at TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    -- create, import, duplicate, rename or save: only autosaves coalesce.
    origin TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (plan_id, revision)
  ) STRICT;

  CREATE TABLE probe_results (
    id INTEGER PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL,
    status TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    probed_at TEXT NOT NULL,
    probe_host TEXT NOT NULL,
    source_address TEXT NOT NULL DEFAULT '',
    seen_source_address TEXT,
    nat INTEGER NOT NULL DEFAULT 0,
    duration_ms REAL
  ) STRICT;

  CREATE INDEX probe_results_by_plan ON probe_results (plan_id, probed_at);
  `,
  // 2: the address a probe went to (its destination's name resolved); older rows have none.
  `
  ALTER TABLE probe_results ADD COLUMN remote_address TEXT;
  `,
  // 3: why the probe reached its verdict, as a text of the dictionary (JSON); older rows have none.
  `
  ALTER TABLE probe_results ADD COLUMN reason TEXT;
  `,
  // 4: plans of schema version 1 become version 2 (shared/plan/migrate.ts says the same in code):
  // the technician's name moves from project.technician to change.technician.name.
  ['plans', 'plan_revisions']
    .map(
      (table) => `
  UPDATE ${table} SET document = json_set(
      json_remove(document, '$.project.technician'),
      '$.schemaVersion', 2,
      '$.change', json_object('technician', json_object('name', json_extract(document, '$.project.technician'))))
    WHERE json_valid(document) AND json_extract(document, '$.schemaVersion') = 1
      AND json_type(document, '$.project.technician') = 'text'
      AND json_extract(document, '$.project.technician') <> ''
      AND json_type(document, '$.change') IS NULL;
  UPDATE ${table} SET document = json_set(json_remove(document, '$.project.technician'), '$.schemaVersion', 2)
    WHERE json_valid(document) AND json_extract(document, '$.schemaVersion') = 1;
  `,
    )
    .join(''),
];

export const SCHEMA_VERSION = MIGRATIONS.length;
