import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Refusal } from '../../../shared/api/refusal';
import { textIn } from '../../../shared/i18n';
import {
  loadValidPlan,
  planOfFileText,
  readPlanFile,
} from '../../../electron/services/plan-loader';
import { openStore, type Store } from '../../../electron/services/store';
import { exampleDocument, examplePath } from '../../support/examples';

let dir: string;
let store: Store;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oepp-loader-'));
  store = openStore(join(dir, 'data'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function refusalOf(attempt: () => unknown): Promise<Refusal> {
  return Promise.resolve()
    .then(attempt)
    .then(
      () => {
        throw new Error('not refused');
      },
      (e: unknown) => {
        expect(e).toBeInstanceOf(Refusal);
        return e as Refusal;
      },
    );
}

const fourNodes = () => {
  const document = exampleDocument('cluster-3-islands') as { nodes: object[] };
  document.nodes.push({ name: 'oe4', address: '192.0.2.14' });
  return document;
};

describe('the one plan loader', () => {
  it('reads a plan file into the same plan and document whichever face asks', async () => {
    const fromFile = await readPlanFile(examplePath('cluster-3-islands'));
    const fromText = planOfFileText(
      'cluster-3-islands.oeplan.json',
      JSON.stringify(exampleDocument('cluster-3-islands')),
    );
    expect(fromFile.plan).toEqual(fromText.plan);
    expect(fromFile.document).toEqual(exampleDocument('cluster-3-islands'));
    expect(fromFile.warnings).toEqual(fromText.warnings);
  });

  it('refuses a file that is missing, a folder, or not JSON, naming the path as given', async () => {
    const missing = join(dir, 'missing.json');
    const gone = await refusalOf(() => readPlanFile(missing));
    expect(gone).toMatchObject({ code: 'bad-request', path: missing });
    expect(gone.message).toBe(`cannot read ${missing}: no such file. Fix: check the path.`);

    const folder = await refusalOf(() => readPlanFile(dir));
    expect(folder.message).toBe(`cannot read ${dir}: it is a folder. Fix: name a plan file.`);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "schemaVersion": 1,\n  oops\n}');
    const notJson = await refusalOf(() => readPlanFile(broken));
    expect(notJson).toMatchObject({ code: 'invalid-plan', path: broken });
    expect(notJson.message).toMatch(/is not valid JSON at line 3, column 3/);
  });

  it('refuses an invalid plan with its issues, in either language', async () => {
    const path = join(dir, 'four.oeplan.json');
    writeFileSync(path, JSON.stringify(fourNodes()));
    const refusal = await refusalOf(() => readPlanFile(path));
    expect(refusal).toMatchObject({ code: 'invalid-plan', path });
    expect(textIn('de', refusal.text)).toBe(`${path} ist kein gültiger Plan (1 Fehler):`);
    expect(refusal.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', path: 'nodes' }),
    );

    const imported = await refusalOf(() =>
      planOfFileText('four.oeplan.json', JSON.stringify(fourNodes())),
    );
    expect(imported.message).toBe('four.oeplan.json is not a valid plan: 1 error');
    expect(imported.issues).toEqual(refusal.issues);
  });

  it('refuses a stored plan that is gone (not-found) or has errors (invalid-plan)', async () => {
    const gone = await refusalOf(() => loadValidPlan(store, 'p-nothing', 'export'));
    expect(gone.code).toBe('not-found');

    const { id } = store.plans.create(fourNodes());
    const invalid = await refusalOf(() => loadValidPlan(store, id, 'export'));
    expect(invalid.code).toBe('invalid-plan');
    expect(invalid.message).toMatch(/has 1 error, so its rules are not known yet/);
    expect(invalid.issues).toContainEqual(expect.objectContaining({ path: 'nodes' }));
  });
});
