import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Refusal, type ApiError } from '../../../../shared/api/contract';
import { textIn, type Text } from '../../../../shared/i18n';
import { createBackend } from '../../../../electron/services/backend';
import {
  DATABASE_FILE,
  DatabaseRefused,
  openStore,
  REVISIONS_KEPT,
} from '../../../../electron/services/store';
import { BUSY_TIMEOUT_MS } from '../../../../electron/services/store/failures';
import { channels } from '../../../support/backend';
import { bundledEnv, bundleScript } from '../../../support/bundle';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oe-library-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const plan = (name: string, padding = '') => ({
  schemaVersion: 1,
  project: { name, customer: padding },
});

function refusal(run: () => unknown): Text {
  try {
    run();
  } catch (e) {
    if (e instanceof DatabaseRefused) return e.text;
    if (e instanceof Refusal && e.text) return e.text;
    throw e;
  }
  throw new Error('expected a refusal');
}

interface SaverReport {
  failures: string[];
  ownId: string;
  sharedRevisions: number[];
}

const children = new Set<ChildProcess>();
afterEach(() => {
  // A test that failed or timed out leaves no saver waiting behind it.
  for (const child of children) child.kill('SIGKILL');
  children.clear();
});

/** Two processes of the planner at once, as the desktop app and serve on one data folder. */
function saver(script: string, dataDir: string, id: string, who: string, count: number) {
  const child = spawn(process.execPath, [script, dataDir, id, who, String(count)], {
    env: bundledEnv(),
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise<SaverReport>((resolve, reject) =>
    child.on('close', (code) => {
      children.delete(child);
      if (code === 0) resolve(JSON.parse(out) as SaverReport);
      else reject(new Error(`saver ${who} exited ${code}: ${err}`));
    }),
  );
}

const SAVES = 300;

describe('two planners on one library', () => {
  it(`${4 * SAVES} concurrent autosaves from two processes: none fails, and every revision is there`, async () => {
    const store = openStore(dir);
    const { id } = store.plans.create(plan('shared'));
    store.close();
    const script = await bundleScript(join(import.meta.dirname, 'saver.ts'), 'cjs');
    const both = Promise.all([
      saver(script, dir, id, 'app', SAVES),
      saver(script, dir, id, 'serve', SAVES),
    ]);
    // Start both at once, once each has opened the library; a saver that dies ends the wait.
    let started = false;
    void both.catch(() => (started = true));
    while (
      !started &&
      (!existsSync(join(dir, 'ready-app')) || !existsSync(join(dir, 'ready-serve')))
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    writeFileSync(join(dir, 'go'), '');
    const [app, serve] = await both;
    expect(app.failures).toEqual([]);
    expect(serve.failures).toEqual([]);

    const after = openStore(dir);
    try {
      const names = after.plans.list().map((p) => p.name);
      // The shared plan, one of each process's own, and 30 created by each.
      expect(names).toHaveLength(1 + 2 + 2 * (SAVES / 10));
      for (const who of ['app', 'serve']) {
        expect(names.filter((n) => n.startsWith(`${who} new `))).toHaveLength(SAVES / 10);
      }
      // Each process's own plan: every autosave a revision, the newest REVISIONS_KEPT kept.
      for (const [who, report] of [
        ['app', app],
        ['serve', serve],
      ] as const) {
        const own = after.plans.get(report.ownId);
        expect(own.revision).toBe(SAVES + 1);
        expect(own.name).toBe(`${who} own ${SAVES - 1}`);
        const kept = after.plans.revisions(report.ownId).map((r) => r.revision);
        expect(kept).toEqual(Array.from({ length: REVISIONS_KEPT }, (_, i) => SAVES + 1 - i));
        for (const r of kept) {
          expect(after.plans.revision(report.ownId, r).name).toBe(`${who} own ${r - 2}`);
        }
        // Each process saw the shared plan's revisions only grow.
        expect(report.sharedRevisions).toHaveLength(SAVES);
        expect(report.sharedRevisions).toEqual([...report.sharedRevisions].sort((a, b) => a - b));
      }
      // The shared plan: the last save of either process, and its kept revisions without a gap.
      const shared = after.plans.get(id);
      expect([`app ${SAVES - 1}`, `serve ${SAVES - 1}`]).toContain(shared.name);
      expect(shared.revision).toBe(Math.max(...app.sharedRevisions, ...serve.sharedRevisions));
      const kept = after.plans.revisions(id).map((r) => r.revision);
      const length = Math.min(REVISIONS_KEPT, shared.revision);
      expect(kept).toEqual(Array.from({ length }, (_, i) => shared.revision - i));
    } finally {
      after.close();
    }
  }, 300_000);

  it('a second planner opens and reads the library while the first holds its write lock', () => {
    const first = openStore(dir);
    const { id } = first.plans.create(plan('kept'));
    first.db.exec('BEGIN IMMEDIATE');
    try {
      const second = openStore(dir);
      expect(second.plans.get(id).name).toBe('kept');
      second.close();
    } finally {
      first.db.exec('COMMIT');
      first.close();
    }
  });

  it(`a library held longer than ${BUSY_TIMEOUT_MS / 1000} s: the save is refused plainly through the API, and nothing is lost`, async () => {
    const backend = createBackend({ dataDir: dir, mode: 'browser', version: '1.0.0' });
    const { call } = channels(() => backend);
    try {
      const created = await call('plans.create', { document: plan('kept') });
      if (!created.ok) throw new Error(created.error.message);
      const { id } = created.value;
      // The other planner is in the middle of a long write.
      const other = new Database(join(dir, DATABASE_FILE));
      other.exec('BEGIN IMMEDIATE');
      other.prepare("UPDATE plans SET customer = 'the other planner' WHERE id = ?").run(id);
      const refused = await call('plans.save', { id, document: plan('kept', 'mine') });
      other.exec('COMMIT');
      other.close();

      const file = join(dir, DATABASE_FILE);
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'library-unavailable', text: { key: 'errors.library.busy' } },
      });
      const error = (refused as { error: ApiError }).error;
      expect(error.message).toBe(
        `the plans library ${file} is in use by another planner (the desktop app or serve) and stayed locked for 5 seconds. Nothing was changed. Fix: save again; if it keeps happening, close the other planner or give each its own data folder.`,
      );
      const german = textIn('de', error.text!);
      expect(german).toContain(file);
      expect(german).toContain('Abhilfe:');
      // The other planner's change is there, and the next save goes through.
      const now = await call('plans.get', { id });
      expect(now).toMatchObject({ ok: true, value: { customer: 'the other planner' } });
      expect(await call('plans.save', { id, document: plan('kept', 'mine') })).toMatchObject({
        ok: true,
        value: { customer: 'mine' },
      });
    } finally {
      await backend.close();
    }
  }, 60_000);
});

describe('a damaged library', () => {
  it('a truncated file is refused with its path and the fix, and left as it was', () => {
    const store = openStore(dir);
    for (let i = 0; i < 50; i++) store.plans.create(plan(`plan ${i}`, 'x'.repeat(2000)));
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const file = join(dir, DATABASE_FILE);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = readFileSync(file);
    const said = refusal(() => {
      const damaged = openStore(dir);
      try {
        damaged.plans.list().forEach((p) => damaged.plans.get(p.id));
      } finally {
        damaged.close();
      }
    });
    const english = textIn('en', said);
    expect(english).toContain(file);
    expect(english).toMatch(/damaged|not a plans library/);
    expect(english).toContain('Fix:');
    expect(textIn('de', said)).toContain('Abhilfe:');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

const isRoot = process.getuid?.() === 0;
const canMount =
  isRoot &&
  (() => {
    const probe = mkdtempSync(join(tmpdir(), 'oe-mount-probe-'));
    const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
    if (ok) spawnSync('umount', [probe]);
    rmSync(probe, { recursive: true, force: true });
    return ok;
  })();
if (!canMount) {
  console.warn(
    'store/failures: a read-only folder and a full disk need root and tmpfs mounts (mount -t tmpfs); skipped here.',
  );
}

describe.skipIf(!canMount)('a library on a disk that refuses writes (root: tmpfs mounts)', () => {
  let mountPoint: string;
  const mount = (...options: string[]) => {
    const run = spawnSync('mount', options, { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  };
  beforeEach(() => {
    mountPoint = join(dir, 'disk');
    mkdirSync(mountPoint);
    mount('-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint);
  });
  afterEach(() => {
    spawnSync('umount', [mountPoint]);
  });

  it('a full disk refuses the save with the path and the fix; every plan saved before is still there', () => {
    const data = join(mountPoint, 'data');
    const store = openStore(data);
    const { id } = store.plans.create(plan('kept'));
    store.plans.save(id, plan('kept', 'saved before the disk filled'));
    // Fill the disk beside the library.
    writeFileSync(join(mountPoint, 'filler'), '');
    let said: Text | undefined;
    for (let i = 0; i < 2_000 && !said; i++) {
      try {
        store.plans.create(plan(`big ${i}`, 'y'.repeat(150) + i));
        writeFileSync(join(mountPoint, `filler-${i}`), Buffer.alloc(64 * 1024));
      } catch (e) {
        if (e instanceof Refusal) said = e.text;
        else if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      }
    }
    expect(said, 'the disk never filled').toBeDefined();
    expect(textIn('en', said!)).toBe(
      `the plans library ${join(data, DATABASE_FILE)} cannot be written: the disk is full. Nothing was lost; the last change was not saved. Fix: free some space on that disk, then save again.`,
    );
    expect(textIn('de', said!)).toContain('Der Datenträger ist voll');
    store.close();
    mount('-o', 'remount,size=64m', mountPoint);
    const after = openStore(data);
    expect(after.plans.get(id).document).toEqual(plan('kept', 'saved before the disk filled'));
    after.close();
  });

  it('a read-only folder: opening says so with the path and the fix; the library is intact once writable', () => {
    const data = join(mountPoint, 'data');
    const store = openStore(data);
    const { id } = store.plans.create(plan('kept'));
    store.close();
    mount('-o', 'remount,ro', mountPoint);
    const said = refusal(() => openStore(data).close());
    expect(textIn('en', said)).toBe(
      `the plans library ${join(data, DATABASE_FILE)} cannot be written: its folder or file is read-only. Nothing was changed. Fix: make the data folder writable, or start the planner with another data folder.`,
    );
    expect(textIn('de', said)).toContain('schreibgeschützt');
    // A data folder that does not exist yet on the read-only disk: the same refusal.
    const fresh = refusal(() => openStore(join(mountPoint, 'new')).close());
    expect(textIn('en', fresh)).toContain('read-only');
    mount('-o', 'remount,rw', mountPoint);
    const after = openStore(data);
    expect(after.plans.get(id).name).toBe('kept');
    after.close();
  });
});
