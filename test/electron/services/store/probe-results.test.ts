import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DATABASE_FILE,
  openStore,
  SCHEMA_VERSION,
  type Store,
} from '../../../../electron/services/store';
import { MIGRATIONS } from '../../../../electron/services/store/migrations';
import { detailIn } from '../../../../shared/probes/model';

let dir: string;
let stores: Store[];
const open = () => {
  const store = openStore(dir);
  stores.push(store);
  return store;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oe-probe-results-'));
  stores = [];
});
afterEach(() => {
  for (const s of stores) if (s.db.open) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const result = (extra: Record<string, unknown> = {}) => ({
  ruleId: 'host:mgmt>host:oe1:8080/tcp',
  status: 'verified',
  detail: 'our responder answered',
  probedAt: '2026-03-01T09:00:00.000Z',
  probeHost: 'mgmt',
  sourceAddress: '192.0.2.5',
  nat: false,
  ...extra,
});

/** A library as the planner before migration 2 wrote it: schema 1, one plan, one probe result. */
function writeVersion1Library(): void {
  const db = new Database(join(dir, DATABASE_FILE));
  db.exec(MIGRATIONS[0] as string);
  db.pragma('user_version = 1');
  db.prepare(
    `INSERT INTO plans (id, name, customer, document, created_at, updated_at, revision)
     VALUES ('p1', 'Hamburg', '', '{}', '2026-03-01T08:00:00Z', '2026-03-01T08:00:00Z', 1)`,
  ).run();
  db.prepare(
    `INSERT INTO probe_results (plan_id, rule_id, status, detail, probed_at, probe_host,
       source_address, nat) VALUES ('p1', 'host:mgmt>host:oe1:8080/tcp', 'reachable',
       'refused', '2026-03-01T08:30:00.000Z', 'mgmt', '192.0.2.5', 0)`,
  ).run();
  db.close();
}

describe('probe results keep the address the probe went to', () => {
  it('migrates a schema 1 library: old results read back without it, new ones keep it', () => {
    writeVersion1Library();
    const store = open();
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.probeResults.list('p1')).toEqual([
      {
        ruleId: 'host:mgmt>host:oe1:8080/tcp',
        status: 'reachable',
        detail: 'refused',
        probedAt: '2026-03-01T08:30:00.000Z',
        probeHost: 'mgmt',
        sourceAddress: '192.0.2.5',
        nat: false,
      },
    ]);
    store.probeResults.add('p1', [result({ remoteAddress: '192.0.2.10' })]);
    store.close();

    const reopened = open();
    expect(reopened.probeResults.list('p1').map((r) => r.remoteAddress)).toEqual([
      undefined,
      '192.0.2.10',
    ]);
  });

  it('keeps why a probe reached its verdict, so a German review says it in German', () => {
    const store = open();
    const plan = store.plans.create({ project: { name: 'Hamburg' } });
    const reason = { key: 'probeReasons.filtered', vars: { ms: 1500 } };
    store.probeResults.add(plan.id, [result({ status: 'blocked', reason })]);
    store.close();

    const [stored] = open().probeResults.latest(plan.id);
    expect(stored?.reason).toEqual(reason);
    expect(detailIn('de', stored!)).toBe(
      'keine Antwort innerhalb von 1500 ms (gefiltert: Eine Firewall verwirft die Prüfung, oder der Host ist aus)',
    );
  });

  it('refuses a result whose reason is not a text of the planner, and stores none of the batch', () => {
    const store = open();
    const plan = store.plans.create({ project: { name: 'Hamburg' } });
    const bad = result({ reason: { key: 'probeReasons.madeUp' } });
    expect(() => store.probeResults.add(plan.id, [result(), bad])).toThrow(/not a text/);
    expect(store.probeResults.list(plan.id)).toEqual([]);
  });

  it('gives the newest result per rule for the review', () => {
    const store = open();
    const plan = store.plans.create({ project: { name: 'Hamburg' } });
    const older = result({ status: 'blocked', probedAt: '2026-03-01T08:00:00.000Z' });
    const newer = result({ status: 'verified', probedAt: '2026-03-01T10:00:00.000Z' });
    const other = result({ ruleId: 'host:mgmt>host:oe1:9000/tcp', status: 'reachable' });
    store.probeResults.add(plan.id, [newer, older, other]);
    const latest = store.probeResults.latest(plan.id);
    expect(Object.fromEntries(latest.map((r) => [r.ruleId, r.status]))).toEqual({
      'host:mgmt>host:oe1:8080/tcp': 'verified',
      'host:mgmt>host:oe1:9000/tcp': 'reachable',
    });
    expect(latest).toHaveLength(2);
  });
});
