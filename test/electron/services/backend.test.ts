import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validatePlan } from '../../../shared/plan';
import { dispatch, type ResultOf } from '../../../shared/api/contract';
import { createBackend, type Backend } from '../../../electron/services/backend';
import type { DesktopServices } from '../../../electron/services/desktop';
import { useBackend } from '../../support/backend';
import { exampleDocument, examplePath } from '../../support/examples';

const t = useBackend({
  setup: async ({ value }) => {
    await value('plans.import', {
      fileName: 'single-minimal.oeplan.json',
      content: readFileSync(examplePath('single-minimal'), 'utf8'),
    });
  },
});
const { call, value } = t;
/** The library as the home screen shows it, with every document: what "changes nothing" means. */
async function library() {
  const list = await value('plans.list', {});
  return Promise.all(list.map((p) => value('plans.get', { id: p.id })));
}

describe('the backend', () => {
  it('tells its version, mode and data folder', async () => {
    expect(await value('app.info', {})).toEqual({
      version: '1.2.3',
      mode: 'browser',
      dataDir: join(t.dir, 'data'),
    });
  });

  it('takes the language chosen in the UI and does nothing with it in browser mode', async () => {
    expect(await value('app.setLocale', { locale: 'de' })).toBeNull();
    expect(await call('app.setLocale', { locale: 'fr' as 'de' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('creates an empty single-server draft that is a valid plan', async () => {
    const plan = await value('plans.create', {});
    expect(plan.document).toMatchObject({
      schemaVersion: 2,
      project: { productVersion: '7.2.0', os: 'linux' },
      installation: 'single',
      nodes: [{ name: 'oe1' }],
    });
    const { plan: parsed, issues } = validatePlan(plan.document);
    expect(parsed).toBeDefined();
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('answers not-found for a plan that does not exist, and bad-request for a malformed id', async () => {
    expect(await call('plans.get', { id: 'no-such-plan' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call('plans.get', { id: '../etc' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: 'plans.get: id is not a plan id' },
    });
  });

  it('answers unsupported for the desktop-only channels in browser mode', async () => {
    expect(await call('plans.importFile', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});

describe('importing a plan file', () => {
  it('refuses broken JSON with its line and column, and changes nothing', async () => {
    const before = await library();
    const envelope = await call('plans.import', {
      fileName: 'broken.oeplan.json',
      content: '{\n  "schemaVersion": 1,\n  "project": { "name": "x", }\n}\n',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-plan' } });
    if (envelope.ok) return;
    expect(envelope.error.message).toBe(
      'broken.oeplan.json is not valid JSON at line 3, column 29: Expected double-quoted property name',
    );
    expect(await library()).toEqual(before);
  });

  it('refuses a foreign JSON file, naming what is wrong, and changes nothing', async () => {
    const before = await library();
    const envelope = await call('plans.import', {
      fileName: 'package.json',
      content: JSON.stringify({ name: 'something', version: '1.0.0', dependencies: {} }),
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid-plan');
    expect(envelope.error.message).toMatch(/package\.json is not a plan of this planner/);
    expect(envelope.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'schemaVersion', problem: 'is missing' }),
        expect.objectContaining({ path: '', problem: expect.stringMatching(/unknown field/) }),
      ]),
    );
    expect(await library()).toEqual(before);
  });

  it('refuses a 4-node cluster with the odd-number rule, and changes nothing', async () => {
    const before = await library();
    const document = exampleDocument('cluster-3-islands') as { nodes: object[] };
    document.nodes.push({ name: 'oe4', address: '192.0.2.14' });
    const envelope = await call('plans.import', {
      fileName: 'four.oeplan.json',
      content: JSON.stringify(document),
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error).toMatchObject({
      code: 'invalid-plan',
      message: 'four.oeplan.json is not a valid plan: 1 error',
    });
    expect(envelope.error.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: 'nodes',
        problem: expect.stringMatching(/has 4 OE nodes, but a cluster needs an odd number/),
      }),
    );
    expect(await library()).toEqual(before);
  });

  it('accepts a plan with warnings only, and a BOM before the JSON', async () => {
    const content = `\uFEFF${readFileSync(examplePath('cluster-5-every-feature'), 'utf8')}`;
    const plan = await value('plans.import', { fileName: 'c5.oeplan.json', content });
    expect(plan.name).toBe(
      (exampleDocument('cluster-5-every-feature').project as { name: string }).name,
    );
  });
});

describe('exporting a plan file', () => {
  it('round-trips: export then import gives the same document', async () => {
    const [original] = await library();
    const file = await value('plans.export', { id: original!.id });
    expect(file.fileName).toBe('print-server-hamburg.oeplan.json');
    // The file carries the library's id of the plan: reports probed from it are matched by it.
    expect(file.content).toBe(
      `${JSON.stringify({ ...original!.document, planId: original!.id }, null, 2)}\n`,
    );
    // Its name is in the library: the import asks, then keeps both or replaces the plan.
    expect(await call('plans.import', file)).toMatchObject({
      ok: false,
      error: { code: 'name-taken', field: 'existing' },
    });
    const imported = await value('plans.import', { ...file, existing: 'keep-both' });
    expect(imported.id).not.toBe(original!.id);
    expect(imported.document).toEqual({
      ...original!.document,
      project: { ...(original!.document.project as object), name: `${original!.name} (2)` },
    });
    expect(imported.name).toBe(`${original!.name} (2)`);
    const replaced = await value('plans.import', { ...file, existing: 'replace' });
    expect(replaced.id).toBe(original!.id);
    expect(replaced.document).toEqual(original!.document);
  });
});

describe('the desktop-only channels', () => {
  let desktop: Backend;
  const recent: string[] = [];
  let chosen: string | null;
  const services: DesktopServices = {
    chooseFileToOpen: async () => chosen,
    chooseFileToSave: async (name) => (chosen === null ? null : join(t.dir, name)),
    chooseFolder: async () => (chosen === null ? null : t.dir),
    addRecentDocument: (path) => void recent.push(path),
  };
  beforeEach(() => {
    recent.length = 0;
    desktop = createBackend({
      dataDir: join(t.dir, 'desktop'),
      mode: 'desktop',
      version: '1.2.3',
      desktop: services,
    });
  });
  afterEach(() => desktop.close());

  it('imports the file chosen in the open dialog, and does nothing when cancelled', async () => {
    chosen = null;
    expect(await dispatch(desktop.handlers, 'plans.importFile', {})).toEqual({
      ok: true,
      value: null,
    });
    chosen = examplePath('single-every-feature');
    const envelope = await dispatch(desktop.handlers, 'plans.importFile', {});
    expect(envelope).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(recent).toEqual([chosen]);
  });

  it('asks once about a chosen file whose plan is in the library, then imports that file without a second dialog', async () => {
    chosen = examplePath('single-minimal');
    expect(await dispatch(desktop.handlers, 'plans.importFile', {})).toMatchObject({ ok: true });
    const asked = await dispatch(desktop.handlers, 'plans.importFile', {});
    expect(asked).toMatchObject({ ok: false, error: { code: 'name-taken', field: 'existing' } });
    // The answer: keep both. The dialog would now give another file: the one chosen first counts.
    chosen = examplePath('single-every-feature');
    const kept = await dispatch(desktop.handlers, 'plans.importFile', { existing: 'keep-both' });
    expect(kept).toMatchObject({ ok: true, value: { revision: 1 } });
    const { name } = (exampleDocument('single-minimal') as { project: { name: string } }).project;
    expect(kept).toMatchObject({ value: { name: `${name} (2)` } });
  });

  it('writes the plan file chosen in the save dialog', async () => {
    const plan = desktop.handlers['plans.create']({}) as Awaited<ResultOf<'plans.create'>>;
    chosen = 'yes';
    const envelope = await dispatch(desktop.handlers, 'plans.exportFile', { id: plan.id });
    const path = join(t.dir, 'new-plan.oeplan.json');
    expect(envelope).toEqual({ ok: true, value: { path } });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ ...plan.document, planId: plan.id });
    expect(recent).toEqual([path]);
  });

  it('tells the desktop services the language chosen in the UI', async () => {
    const setLocale = vi.fn();
    const withLocale = createBackend({
      dataDir: join(t.dir, 'desktop-locale'),
      mode: 'desktop',
      version: '1.2.3',
      desktop: { ...services, setLocale },
    });
    try {
      expect(await dispatch(withLocale.handlers, 'app.setLocale', { locale: 'de' })).toEqual({
        ok: true,
        value: null,
      });
      expect(await dispatch(withLocale.handlers, 'app.setLocale', { locale: 'fr' })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
      expect(setLocale.mock.calls).toEqual([['de']]);
      // Desktop services without a menu to rebuild: nothing to tell, still no error.
      expect(await dispatch(desktop.handlers, 'app.setLocale', { locale: 'en' })).toEqual({
        ok: true,
        value: null,
      });
    } finally {
      await withLocale.close();
    }
  });

  it('imports a plan file given by path (the command line of a second launch)', async () => {
    const path = join(t.dir, 'given.oeplan.json');
    writeFileSync(path, readFileSync(examplePath('single-minimal')));
    const plan = await desktop.importPlanFile(path);
    expect(plan.name).toBe('Print server Hamburg');
    await expect(desktop.importPlanFile(join(t.dir, 'missing.json'))).rejects.toThrow(
      /cannot read/,
    );
  });
});
