import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openStore, type Store } from '../../../../electron/services/store';
import { MIGRATIONS } from '../../../../electron/services/store/migrations';
import { Refusal } from '../../../../shared/api/refusal';
import { textIn } from '../../../../shared/i18n';

let dir: string;
let stores: Store[];
const open = () => {
  const store = openStore(dir);
  stores.push(store);
  return store;
};
const plan = (name: string) => ({
  schemaVersion: 2,
  project: { name, customer: 'Klinikum Nord', productVersion: '7.2.0', os: 'linux' },
});

/** What the refusal says to a German technician, and its code and field. */
function refusal(action: () => unknown): { code: string; field?: string; de: string } {
  try {
    action();
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return {
      code: e.code,
      ...(e.field !== undefined ? { field: e.field } : {}),
      de: textIn('de', e.text),
    };
  }
  throw new Error('not refused');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oe-names-'));
  stores = [];
});
afterEach(() => {
  for (const s of stores) if (s.db.open) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('plan names are unique in the library', () => {
  it('refuses a rename or an autosave to a name another plan has, naming it; the plan keeps its own', () => {
    const { plans } = open();
    const sap = plans.create(plan('SAP PRD'));
    const other = plans.create(plan('SAP QAS'));
    const renamed = refusal(() => plans.rename(other.id, 'sap prd'));
    expect(renamed).toMatchObject({ code: 'name-taken', field: 'name' });
    expect(renamed.de).toContain('„sap prd“ ist bereits der Name eines anderen Plans');
    expect(refusal(() => plans.save(other.id, plan(' SAP PRD ')))).toMatchObject({
      code: 'name-taken',
      field: 'project.name',
    });
    expect(plans.get(other.id).name).toBe('SAP QAS');
    // Its own name, in another case, is no conflict.
    expect(plans.rename(sap.id, 'Sap Prd').name).toBe('Sap Prd');
  });

  it('gives a new plan, a copy and a kept-both import the next free "(n)", in its document too', () => {
    const { plans } = open();
    plans.create(plan('New plan'));
    const second = plans.create(plan('New plan'));
    expect(second.name).toBe('New plan (2)');
    expect((second.document as { project: { name: string } }).project.name).toBe('New plan (2)');
    expect(plans.create(plan('new plan')).name).toBe('new plan (3)');
    const long = 'L'.repeat(80);
    plans.create(plan(long));
    const cut = plans.create(plan(long)).name;
    expect(cut).toHaveLength(80);
    expect(cut.endsWith(' (2)')).toBe(true);
  });

  it('asks before importing a plan whose name is there, then replaces it (same id) or keeps both', () => {
    const { plans } = open();
    const first = plans.create(plan('Hospital =1+1'));
    const asked = refusal(() => plans.importPlan(plan('Hospital =1+1')));
    expect(asked).toMatchObject({ code: 'name-taken', field: 'existing' });
    expect(asked.de).toContain('„Hospital =1+1 (2)“');
    expect(plans.list()).toHaveLength(1);

    const replaced = plans.importPlan(
      {
        ...plan('HOSPITAL =1+1'),
        project: { ...plan('x').project, name: 'HOSPITAL =1+1', customer: 'Neu' },
      },
      'replace',
    );
    expect(replaced.id).toBe(first.id);
    expect(replaced.name).toBe('Hospital =1+1');
    expect(replaced.customer).toBe('Neu');
    expect(plans.revisions(first.id)).toHaveLength(2);

    // A file exported from a library carries that plan's id: the library keeps its own ids.
    const kept = plans.importPlan({ ...plan('Hospital =1+1'), planId: first.id }, 'keep-both');
    expect(kept.document).not.toHaveProperty('planId');
    expect(kept.id).not.toBe(first.id);
    expect(kept.name).toBe('Hospital =1+1 (2)');
    expect(plans.list()).toHaveLength(2);
  });

  it('migrates a library holding a name twice: later plans become "(2)", "(3)", a taken "(2)" is skipped', () => {
    const db = new Database(join(dir, DATABASE_FILE));
    MIGRATIONS.slice(0, 4).forEach((step) => db.exec(step as string));
    db.pragma('user_version = 4');
    const insert = db.prepare(
      `INSERT INTO plans (id, name, customer, document, created_at, updated_at, revision)
       VALUES (?, ?, '', ?, ?, ?, 1)`,
    );
    const rows = [
      ['a', 'Berlin', '2026-01-01'],
      ['b', 'Berlin (2)', '2026-01-02'],
      ['c', 'berlin', '2026-01-03'],
      ['d', 'Berlin', '2026-01-04'],
      ['e', 'Hamburg', '2026-01-05'],
    ];
    for (const [id, name, at] of rows) {
      insert.run(id, name, JSON.stringify(plan(name!)), at, at);
    }
    db.close();

    const { plans } = open();
    const names = Object.fromEntries(plans.list().map((p) => [p.id, p.name]));
    expect(names).toEqual({
      a: 'Berlin',
      b: 'Berlin (2)',
      c: 'berlin (3)',
      d: 'Berlin (4)',
      e: 'Hamburg',
    });
    expect((plans.get('d').document as { project: { name: string } }).project.name).toBe(
      'Berlin (4)',
    );
    expect(refusal(() => plans.rename('e', 'BERLIN')).code).toBe('name-taken');
  });
});
