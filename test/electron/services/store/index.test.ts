import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  COALESCE_MS,
  DATABASE_FILE,
  DatabaseRefused,
  openStore,
  REVISIONS_KEPT,
  SCHEMA_VERSION,
  type Store,
} from '../../../../electron/services/store';
import { MIGRATIONS } from '../../../../electron/services/store/migrations';
import { textIn } from '../../../../shared/i18n';
import { exampleDocument } from '../../../support/examples';

let dir: string;
let stores: Store[];
/** A clock the test moves by hand. */
let clock: number;
const now = () => new Date(clock);
const open = () => {
  const store = openStore(dir, { now });
  stores.push(store);
  return store;
};
const draft = (name: string, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  project: { name, customer: 'Müller Logistik GmbH', productVersion: '7.2.0', os: 'linux' },
  ...extra,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oe-store-'));
  stores = [];
  clock = Date.parse('2026-03-01T08:00:00.000Z');
});
afterEach(() => {
  for (const s of stores) if (s.db.open) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening the plans library', () => {
  it('migrates plans and revisions of schema version 1: the technician moves into the change', () => {
    // A library as the planner of plan format 1 left it: three steps, two revisions of one plan.
    const file = join(dir, DATABASE_FILE);
    const old = new Database(file);
    const steps = MIGRATIONS.slice(0, 3);
    steps.forEach((step) => (typeof step === 'string' ? old.exec(step) : step(old)));
    old.pragma(`user_version = ${steps.length}`);
    const v1 = (technician: unknown) =>
      JSON.stringify({
        schemaVersion: 1,
        project: { name: 'Hamburg', technician, productVersion: '7.2.0', os: 'linux' },
        nodes: [{ name: 'oe1' }],
      });
    const at = '2026-01-01T00:00:00.000Z';
    old
      .prepare('INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('p1', 'Hamburg', '', v1('Jana Weiß'), at, at, 2);
    const revision = old.prepare('INSERT INTO plan_revisions VALUES (?, ?, ?, ?, ?, ?)');
    revision.run('p1', 1, at, at, 'create', v1(''));
    revision.run('p1', 2, at, at, 'save', v1('Jana Weiß'));
    // Work in progress keeps what it had, even a technician that is no text.
    old
      .prepare('INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('p2', 'Odd', '', v1(42), at, at, 1);
    old.close();

    const store = open();
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const plan = store.plans.get('p1').document as Record<string, any>;
    expect(plan.schemaVersion).toBe(2);
    expect(plan.project).not.toHaveProperty('technician');
    expect(plan.change).toEqual({ technician: { name: 'Jana Weiß' } });
    const first = store.plans.revision('p1', 1).document as Record<string, any>;
    expect(first).toMatchObject({ schemaVersion: 2, project: { name: 'Hamburg' } });
    expect(first).not.toHaveProperty('change');
    expect(store.plans.get('p2').document).toMatchObject({
      schemaVersion: 2,
      project: { name: 'Hamburg' },
    });
  });

  it('creates plans.sqlite from nothing with every migration, WAL and foreign keys on', () => {
    const store = open();
    expect(store.file).toBe(join(dir, DATABASE_FILE));
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['plan_revisions', 'plans', 'probe_results']);
  });

  it('creates the data folder when it is missing', () => {
    const nested = join(dir, 'a', 'b');
    const store = openStore(nested);
    stores.push(store);
    expect(readdirSync(nested)).toContain(DATABASE_FILE);
  });

  it('reopens an up-to-date library without migrating again and keeps its plans', () => {
    const first = open();
    const plan = first.plans.create(draft('Hamburg'));
    first.close();
    const second = open();
    expect(second.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(second.plans.get(plan.id).name).toBe('Hamburg');
  });

  it('refuses a library written by a newer planner and leaves its bytes unchanged', () => {
    const file = join(dir, DATABASE_FILE);
    const newer = new Database(file);
    newer.pragma('journal_mode = WAL');
    newer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from 2030')");
    newer.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    newer.close();
    const before = readFileSync(file);
    const filesBefore = readdirSync(dir).sort();

    expect(() => open()).toThrow(DatabaseRefused);
    expect(() => open()).toThrow(
      new RegExp(
        `written by a newer version of the planner \\(schema ${SCHEMA_VERSION + 5}; this version reads up to ${SCHEMA_VERSION}\\)\\. It was left unchanged`,
      ),
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('refuses a newer library that a running newer planner still writes to (its log beside it)', () => {
    const file = join(dir, DATABASE_FILE);
    const newer = new Database(file);
    newer.pragma('journal_mode = WAL');
    newer.pragma('wal_autocheckpoint = 0');
    newer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('unsaved')");
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    const before = [readFileSync(file), readFileSync(`${file}-wal`)];
    try {
      expect(() => open()).toThrow(/written by a newer version of the planner/);
      expect(readFileSync(file).equals(before[0]!)).toBe(true);
      expect(readFileSync(`${file}-wal`).equals(before[1]!)).toBe(true);
    } finally {
      newer.close();
    }
  });

  it('refuses a file that is not a database, and leaves it as it was', () => {
    const file = join(dir, DATABASE_FILE);
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(20));
    const before = readFileSync(file);
    expect(() => open()).toThrow(/is not a plans library.*Fix: move it away/);
    // The desktop app's dialog and a German command line say it in German.
    const refusal = (() => {
      try {
        open();
      } catch (e) {
        return e as DatabaseRefused;
      }
    })();
    expect(textIn('de', refusal!.text)).toMatch(
      /ist keine Planbibliothek \(keine SQLite-Datenbank\)\. Abhilfe: Verschieben Sie die Datei/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('autosave and revisions', () => {
  it('finds the last autosaved document after closing and reopening', () => {
    const store = open();
    const plan = store.plans.create(draft('Hamburg'));
    for (let i = 1; i <= 20; i++) {
      clock += 300;
      store.plans.save(plan.id, draft(`Hamburg ${i}`, { note: 'x'.repeat(i) }));
    }
    store.close();
    const reopened = open().plans.get(plan.id);
    expect(reopened.document).toEqual(draft('Hamburg 20', { note: 'x'.repeat(20) }));
    expect(reopened.name).toBe('Hamburg 20');
    expect(reopened.customer).toBe('Müller Logistik GmbH');
  });

  it('coalesces autosaves within 60 s into one revision, then starts the next', () => {
    const { plans } = open();
    const plan = plans.create(draft('Hamburg'));
    expect(plan.revision).toBe(1);

    const opened = (clock += 1_000);
    expect(plans.save(plan.id, draft('Hamburg a')).revision).toBe(2);
    clock = opened + 30_000;
    expect(plans.save(plan.id, draft('Hamburg b')).revision).toBe(2);
    clock = opened + COALESCE_MS - 1;
    expect(plans.save(plan.id, draft('Hamburg c')).revision).toBe(2);
    clock = opened + COALESCE_MS;
    expect(plans.save(plan.id, draft('Hamburg d')).revision).toBe(3);

    expect(plans.revisions(plan.id).map((r) => r.revision)).toEqual([3, 2, 1]);
    // The created document stays as revision 1; revision 2 holds the last save of its window.
    expect(plans.revision(plan.id, 1).document).toEqual(draft('Hamburg'));
    expect(plans.revision(plan.id, 2).document).toEqual(draft('Hamburg c'));
    expect(plans.get(plan.id).document).toEqual(draft('Hamburg d'));
  });

  it('does not add a revision when the document did not change', () => {
    const { plans } = open();
    const plan = plans.create(draft('Hamburg'));
    clock += 120_000;
    const saved = plans.save(plan.id, draft('Hamburg'));
    expect(saved.revision).toBe(1);
    expect(saved.updatedAt).toBe(plan.updatedAt);
  });

  it(`keeps the last ${REVISIONS_KEPT} revisions of a plan`, () => {
    const { plans } = open();
    const plan = plans.create(draft('Hamburg'));
    for (let i = 1; i <= 70; i++) {
      clock += COALESCE_MS + 1;
      plans.save(plan.id, draft(`Hamburg ${i}`));
    }
    const revisions = plans.revisions(plan.id);
    expect(revisions).toHaveLength(REVISIONS_KEPT);
    expect(revisions[0]!.revision).toBe(71);
    expect(revisions.at(-1)!.revision).toBe(71 - REVISIONS_KEPT + 1);
    expect(() => plans.revision(plan.id, 1)).toThrow(/has no revision 1/);
    expect(plans.revision(plan.id, 30).document).toEqual(draft('Hamburg 29'));
  });

  it('keeps work in progress with errors as given', () => {
    const { plans } = open();
    const broken = { schemaVersion: 1, nodes: [], project: { name: '' }, whatever: [1, 2] };
    const plan = plans.create(broken);
    expect(plan.name).toBe('Untitled plan');
    expect(plans.get(plan.id).document).toEqual(broken);
  });

  it('renames, duplicates and lists by last change', () => {
    const { plans } = open();
    const a = plans.create(draft('Hamburg'));
    clock += 1000;
    const b = plans.create(draft('Berlin'));
    clock += 1000;
    const renamed = plans.rename(a.id, 'Hamburg Nord');
    expect(renamed.name).toBe('Hamburg Nord');
    expect(plans.get(a.id).document.project).toMatchObject({ name: 'Hamburg Nord' });
    clock += 1000;
    const copy = plans.duplicate(b.id);
    expect(copy.id).not.toBe(b.id);
    expect(copy.name).toBe('Berlin (copy)');
    expect(plans.list().map((p) => p.name)).toEqual(['Berlin (copy)', 'Hamburg Nord', 'Berlin']);
  });

  it('reports a damaged row instead of passing it on', () => {
    const store = open();
    const plan = store.plans.create(draft('Hamburg'));
    store.db.prepare("UPDATE plans SET document = '{not json' WHERE id = ?").run(plan.id);
    expect(() => store.plans.get(plan.id)).toThrow(/damaged row \(plans .*document is not JSON/);
  });
});

describe('deleting a plan', () => {
  it('deletes its revisions and probe results with it', () => {
    const { plans, probeResults, db } = open();
    const plan = plans.create(draft('Hamburg'));
    const other = plans.create(draft('Berlin'));
    clock += COALESCE_MS + 1;
    plans.save(plan.id, draft('Hamburg 2'));
    const result = {
      ruleId: 'r1',
      status: 'reachable',
      probedAt: '2026-03-01T08:00:00.000Z',
      probeHost: 'oe1',
    };
    probeResults.add(plan.id, [result]);
    probeResults.add(other.id, [result]);

    plans.remove(plan.id);
    const count = (table: string) =>
      db.prepare(`SELECT count(*) FROM ${table} WHERE plan_id = ?`).pluck().get(plan.id);
    expect(count('plan_revisions')).toBe(0);
    expect(count('probe_results')).toBe(0);
    expect(() => plans.get(plan.id)).toThrow(/there is no plan/);
    expect(probeResults.list(other.id)).toHaveLength(1);
  });
});

describe('probe results', () => {
  it('adds validated results and reads them back oldest first', () => {
    const { plans, probeResults } = open();
    const plan = plans.create(draft('Hamburg'));
    const later = {
      ruleId: 'oe1-2119-tcp',
      status: 'verified',
      detail: 'responder answered',
      probedAt: '2026-03-01T09:00:00.000Z',
      probeHost: 'island1',
      sourceAddress: '10.0.0.5',
      seenSourceAddress: '192.0.2.99',
      nat: true,
      durationMs: 12.5,
    };
    const earlier = {
      ruleId: 'oe1-2119-tcp',
      status: 'blocked',
      probedAt: '2026-03-01T08:00:00.000Z',
      probeHost: 'island1',
    };
    probeResults.add(plan.id, [later, earlier]);
    expect(probeResults.list(plan.id)).toEqual([
      { ...earlier, detail: '', sourceAddress: '', nat: false },
      later,
    ]);
  });

  it('refuses an invalid result and adds none of the batch', () => {
    const { plans, probeResults } = open();
    const plan = plans.create(draft('Hamburg'));
    const good = { ruleId: 'a', status: 'open', probedAt: '2026-03-01T08:00:00Z', probeHost: 'x' };
    expect(() => probeResults.add(plan.id, [good, { ...good, status: 'maybe' }])).toThrow();
    expect(probeResults.list(plan.id)).toEqual([]);
  });

  it('refuses results for a plan that does not exist', () => {
    const { probeResults } = open();
    expect(() => probeResults.list('nope')).toThrow(/there is no plan nope/);
  });
});

describe('a real example plan', () => {
  it('is stored and read back unchanged', () => {
    const { plans } = open();
    const document = exampleDocument('cluster-5-every-feature');
    const plan = plans.create(document);
    expect(plans.get(plan.id).document).toEqual(document);
  });
});
