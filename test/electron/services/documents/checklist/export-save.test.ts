import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type ResultOf } from '../../../../../shared/api/contract';
import { createBackend, type Backend } from '../../../../../electron/services/backend';
import type { DesktopServices, SaveFilter } from '../../../../../electron/services/desktop';
import { exampleDocument } from '../../../../support/examples';

// The desktop app's "Save" of the Export step: the real backend and files; only the native
// dialogs are stand-ins (Electron cannot run here), answering what a user would pick.

const dir = mkdtempSync(join(tmpdir(), 'oe-export-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let backend: Backend;
let answer: string | null;
const asked: { kind: 'file' | 'folder'; name: string; filter?: SaveFilter }[] = [];
const services: DesktopServices = {
  chooseFileToOpen: async () => null,
  chooseFileToSave: async (name, filter) => {
    asked.push({ kind: 'file', name, ...(filter ? { filter } : {}) });
    return answer;
  },
  chooseFolder: async (title) => {
    asked.push({ kind: 'folder', name: title });
    return answer;
  },
  addRecentDocument: () => undefined,
};

let planId: string;
beforeEach(async () => {
  asked.length = 0;
  backend = createBackend({
    dataDir: mkdtempSync(join(dir, 'data-')),
    mode: 'desktop',
    version: '1.2.3',
    desktop: services,
  });
  const plan = (await backend.handlers['plans.import']({
    fileName: 'cluster.oeplan.json',
    content: JSON.stringify(exampleDocument('cluster-3-islands')),
  })) as ResultOf<'plans.import'>;
  planId = plan.id;
});
afterEach(() => backend.close());

const save = (args: Record<string, unknown>) =>
  dispatch(backend.handlers, 'export.saveFile', { id: planId, ...args });

describe('export.saveFile in the desktop app', () => {
  it('writes the PDF where the save dialog says, offering PDF files named in the export’s language', async () => {
    answer = join(dir, 'handover.pdf');
    const saved = await save({ format: 'pdf', locale: 'de' });
    expect(saved).toEqual({ ok: true, value: { paths: [answer] } });
    expect(asked).toEqual([
      {
        kind: 'file',
        name: 'Output-cluster-Frankfurt-hosts-de.pdf',
        filter: { name: 'PDF-Checkliste', extensions: ['pdf'] },
      },
    ]);
    expect(readFileSync(answer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes one script per host into the folder chosen', async () => {
    const folder = mkdtempSync(join(dir, 'scripts-'));
    answer = folder;
    const saved = await save({ format: 'firewalld' });
    expect(saved.ok).toBe(true);
    const paths = saved.ok && saved.value ? saved.value.paths : [];
    expect(asked.map((a) => a.kind)).toEqual(['folder']);
    expect(paths.length).toBeGreaterThan(1);
    expect(readdirSync(folder).sort()).toEqual(paths.map((p) => p.slice(folder.length + 1)).sort());
    expect(readFileSync(paths[0]!, 'utf8')).toContain('firewall-cmd');
  });

  it('asks for a file, not a folder, for the script of one host', async () => {
    answer = join(dir, 'oe1-en.ps1');
    const saved = await save({ format: 'ps1', host: 'oe1' });
    expect(saved).toEqual({ ok: true, value: { paths: [answer] } });
    expect(asked).toMatchObject([{ kind: 'file', name: 'oe1-en.ps1' }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    answer = null;
    expect(await save({ format: 'xlsx' })).toEqual({ ok: true, value: null });
  });

  it('keeps an existing file whole when the new one cannot be written', async () => {
    const existing = join(dir, 'keep.csv');
    writeFileSync(existing, 'the old export');
    answer = join(dir, 'no-such-folder', 'rules.csv');
    const failed = await save({ format: 'csv' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!failed.ok && failed.error.message).toMatch(
      /^cannot write .*rules\.csv: .*Choose another place/,
    );
    expect(existsSync(answer)).toBe(false);
    expect(readFileSync(existing, 'utf8')).toBe('the old export');
  });
});
