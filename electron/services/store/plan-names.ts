import type { Database as Db } from 'better-sqlite3';

/** The longest name the library lists (titleOf cuts a project's name there). */
export const NAME_MAX = 80;

/**
 * Names are unique in the library regardless of ASCII case, as SQLite's NOCASE compares them (the
 * unique index): "Klinik Nord" and "KLINIK NORD" are the same name, "Ä" and "ä" are not.
 */
export const nameKey = (name: string): string =>
  name.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());

/** `name`, or the first of "name (2)", "name (3)", … that is free (cut to fit NAME_MAX). */
export function freeName(name: string, taken: (name: string) => boolean): string {
  const base = name.trim().slice(0, NAME_MAX);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * Migration step: a library from before unique names may hold the same name twice. The oldest plan
 * keeps it, later ones become "(2)", "(3)", … (in their documents too, or the next autosave would
 * ask for the old name back); then a unique index keeps it so.
 */
export function renameDuplicatePlans(db: Db): void {
  const plans = db.prepare('SELECT id, name FROM plans ORDER BY created_at, rowid').all() as {
    id: string;
    name: string;
  }[];
  const kept = new Set<string>();
  const later: typeof plans = [];
  for (const plan of plans) {
    const key = nameKey(plan.name);
    if (kept.has(key)) later.push(plan);
    else kept.add(key);
  }
  const rename = db.prepare(
    `UPDATE plans SET name = @name,
       document = CASE WHEN json_valid(document) AND json_type(document, '$.project') = 'object'
         THEN json_set(document, '$.project.name', @name) ELSE document END
     WHERE id = @id`,
  );
  for (const plan of later) {
    const name = freeName(plan.name, (n) => kept.has(nameKey(n)));
    kept.add(nameKey(name));
    rename.run({ id: plan.id, name });
  }
  db.exec('CREATE UNIQUE INDEX plans_by_name ON plans (name COLLATE NOCASE)');
}
