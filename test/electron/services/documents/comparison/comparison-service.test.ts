import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../../electron/services/backend';
import type { DesktopServices } from '../../../../../electron/services/desktop';
import { dispatch } from '../../../../../shared/api/contract';
import { useBackend } from '../../../../support/backend';
import { exampleDocument } from '../../../../support/examples';
import { hasTool } from '../support';

// The presales and compare channels over a real plans library (SQLite in a fresh folder).

let saveTo: string | null;
const desktop: DesktopServices = {
  chooseFileToOpen: async () => null,
  chooseFileToSave: async (name) => (saveTo === null ? null : join(saveTo, name)),
  chooseFolder: async () => saveTo,
  addRecentDocument: () => undefined,
};

const t = useBackend({
  prefix: 'oe-compare-channels-',
  backend: { mode: 'desktop', desktop },
  setup: async ({ dir }) => {
    saveTo = dir;
  },
});
const { call, value } = t;

const withoutRemotePrinting = () => {
  const doc = exampleDocument('cluster-3-islands') as any;
  doc.features = doc.features.filter((f: string) => f !== 'remote-printing');
  return doc;
};

/** cluster-3-islands imported without remote printing (revision 1), then switched on (revision 2). */
async function planWithTwoRevisions(): Promise<string> {
  const plan = await value('plans.import', {
    fileName: 'frankfurt.oeplan.json',
    content: JSON.stringify(withoutRemotePrinting()),
  });
  const saved = await value('plans.save', {
    id: plan.id,
    document: exampleDocument('cluster-3-islands'),
  });
  expect(saved.revision).toBe(2);
  return plan.id;
}

/** Revision 1 of the plan before, revision 2 after, and the other arguments. */
const firstToSecond = <const T extends object>(id: string, rest: T) => ({
  before: { id, revision: 1 },
  after: { id, revision: 2 },
  ...rest,
});

describe('compare.plans', () => {
  it('two revisions of one plan: the rules remote printing adds', async () => {
    const id = await planWithTwoRevisions();
    const hosts = await value('compare.plans', firstToSecond(id, { level: 'hosts' }));
    expect(hosts.before).toMatchObject({ id, name: 'Output cluster Frankfurt', revision: 1 });
    expect(hosts.after.revision).toBe(2);
    // 6 x 2119 from the islands, 6 x 2118 and 6 x 2119 in the mesh, 2 island printer rules
    // (test/shared/compare).
    expect([hosts.comparison.added, hosts.comparison.removed, hosts.comparison.changed]).toEqual([
      20, 0, 0,
    ]);
    expect(hosts.total).toBe(20);
    const firewall = await value('compare.plans', {
      before: { id, revision: 1 },
      after: { id },
      level: 'firewall',
    });
    expect([
      firewall.comparison.added,
      firewall.comparison.removed,
      firewall.comparison.changed,
    ]).toEqual([3, 0, 1]);
    expect(firewall.after.revision).toBe(2);
  });

  it('two plans of the library', async () => {
    const three = await value('plans.import', {
      fileName: 'three.oeplan.json',
      content: JSON.stringify(exampleDocument('cluster-3-islands')),
    });
    const doc = exampleDocument('cluster-3-islands') as any;
    doc.project.name = 'Output cluster Frankfurt, 5 nodes';
    doc.nodes.push({ name: 'oe4', address: '192.0.2.14' }, { name: 'oe5', address: '192.0.2.15' });
    const five = await value('plans.import', {
      fileName: 'five.oeplan.json',
      content: JSON.stringify(doc),
    });
    const answer = await value('compare.plans', {
      before: { id: three.id },
      after: { id: five.id },
      level: 'hosts',
    });
    expect(answer.comparison.added).toBe(532);
    expect(answer.after.name).toBe('Output cluster Frankfurt, 5 nodes');
  });

  it('an unknown revision, a plan with errors, a malformed request: messages that say what to do', async () => {
    const id = await planWithTwoRevisions();
    expect(
      await call('compare.plans', { before: { id, revision: 9 }, after: { id }, level: 'hosts' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: `plan ${id} has no revision 9 (only the last 50 are kept)`,
        text: { key: 'errors.noRevision', vars: { id, revision: 9, kept: 50 } },
      },
    });
    const broken = exampleDocument('cluster-3-islands') as any;
    broken.nodes.pop();
    // Saved within a minute of revision 2, the autosave updates that revision instead of adding one.
    await value('plans.save', { id, document: broken });
    const envelope = await call('compare.plans', {
      before: { id, revision: 1 },
      after: { id },
      level: 'hosts',
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid-plan');
    expect(envelope.error.message).toMatch(
      /^After: "Output cluster Frankfurt" revision 2 has 1 error, so its rules are not known\. Fix: /,
    );
    expect(envelope.error.issues?.[0]?.path).toBe('nodes');
    const bad = await call('compare.plans', {
      before: { id },
      after: { id },
      level: 'zones',
    } as never);
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(/^compare\.plans: level /) },
    });
  });
});

describe('compare.render and compare.saveFile', () => {
  it('a CSV of the change, base64, one row per change', async () => {
    const id = await planWithTwoRevisions();
    const file = await value(
      'compare.render',
      firstToSecond(id, { level: 'firewall', format: 'csv', locale: 'en' }),
    );
    expect(file.fileName).toBe('Output-cluster-Frankfurt-rev1-vs-rev2-firewall-en.csv');
    expect(file.ruleCount).toBe(4);
    const rows: Record<string, string>[] = parse(Buffer.from(file.base64, 'base64'), {
      bom: true,
      columns: true,
    });
    expect(rows.map((r) => r['Change'])).toEqual(['changed', 'added', 'added', 'added']);
  });

  it.skipIf(!hasTool('pdftotext', ['-v']))(
    'desktop: the PDF saved where the dialog says',
    async () => {
      const id = await planWithTwoRevisions();
      const request = firstToSecond(id, { level: 'hosts', format: 'pdf', locale: 'de' });
      const saved = await value('compare.saveFile', request);
      expect(saved).toEqual({
        path: join(t.dir, 'Output-cluster-Frankfurt-rev1-vs-rev2-hosts-de.pdf'),
      });
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', saved!.path, '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('Planvergleich');
      expect(text).toContain('Stand 1, gespeichert');
      saveTo = null;
      expect(await value('compare.saveFile', request)).toBeNull();
    },
  );
});

describe('presales.render and presales.saveFile', () => {
  it.skipIf(!hasTool('pdfinfo', ['-v']))(
    'the one-page PDF of a stored plan, at its revision',
    async () => {
      const id = await planWithTwoRevisions();
      const file = await value('presales.render', { id, locale: 'en' });
      expect(file).toMatchObject({
        fileName: 'Output-cluster-Frankfurt-presales-en.pdf',
        mediaType: 'application/pdf',
        ruleCount: 13,
      });
      const path = join(t.dir, file.fileName);
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
      expect(file.size).toBe(readFileSync(path).byteLength);
      expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      expect(text).toContain('Plan revision: 2');
      expect(await value('presales.saveFile', { id, locale: 'de' })).toEqual({
        path: join(t.dir, 'Output-cluster-Frankfurt-presales-de.pdf'),
      });
    },
  );

  it('refuses a plan with errors, and saving through a dialog in browser mode', async () => {
    const draft = await value('plans.create', {});
    await value('plans.save', { id: draft.id, document: { ...draft.document, nodes: [] } });
    const envelope = await call('presales.render', { id: draft.id, locale: 'en' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-plan' } });
    const id = await planWithTwoRevisions();
    const browser = createBackend({
      dataDir: join(t.dir, 'data'),
      mode: 'browser',
      version: '1.2.3',
    });
    try {
      expect(
        await dispatch(browser.handlers, 'presales.saveFile', { id, locale: 'en' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'unsupported' },
      });
    } finally {
      await browser.close();
    }
  });
});
