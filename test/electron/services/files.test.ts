import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Refusal } from '../../../shared/api/refusal';
import { textIn } from '../../../shared/i18n';
import { makeFolder, writeFileAtomic } from '../../../electron/services/files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oepp-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file below dir, so a temporary file left anywhere is seen. */
const everything = () => readdirSync(dir, { recursive: true }).map(String).sort();

async function refusalOf(attempt: Promise<unknown>): Promise<Refusal> {
  const e = await attempt.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(Refusal);
  return e as Refusal;
}

describe('the one atomic writer', () => {
  it('writes the whole file and leaves nothing beside it', async () => {
    const path = join(dir, 'rules.csv');
    await writeFileAtomic(path, 'a,b\n');
    expect(readFileSync(path, 'utf8')).toBe('a,b\n');
    expect(everything()).toEqual(['rules.csv']);
  });

  it('refuses a missing folder, naming the path the user gave and never a temporary file', async () => {
    const path = join(dir, 'no', 'such', 'folder', 'rules.csv');
    const refusal = await refusalOf(writeFileAtomic(path, 'x'));
    expect(refusal.code).toBe('bad-request');
    expect(refusal.path).toBe(path);
    expect(refusal.message).toBe(
      `cannot write ${path}: ENOENT: no such file or directory. Choose another place; nothing half-written was left, and an existing ${path} is unchanged.`,
    );
    expect(textIn('de', refusal.text)).toBe(
      `${path} kann nicht geschrieben werden: ENOENT: no such file or directory. Wählen Sie einen anderen Ort; nichts Halbgeschriebenes blieb zurück, und eine vorhandene Datei ${path} ist unverändert.`,
    );
    expect(refusal.message).not.toMatch(/\.tmp/);
    expect(everything()).toEqual([]);
  });

  it('refuses a folder that cannot take files (a file in its place, which stops root too)', async () => {
    writeFileSync(join(dir, 'out'), 'a file, not a folder');
    const path = join(dir, 'out', 'rules.csv');
    const refusal = await refusalOf(writeFileAtomic(path, 'x'));
    expect(refusal.code).toBe('bad-request');
    expect(refusal.message).toMatch(new RegExp(`^cannot write ${path}: ENOTDIR: `));
    expect(refusal.message).not.toMatch(/\.tmp/);
    expect(everything()).toEqual(['out']);
  });

  it('refuses a folder in place of the file and keeps it, with no temporary file left', async () => {
    await makeFolder(join(dir, 'rules.csv'));
    const path = join(dir, 'rules.csv');
    const refusal = await refusalOf(writeFileAtomic(path, 'x'));
    expect(refusal.code).toBe('bad-request');
    expect(refusal.message).toMatch(new RegExp(`^cannot write ${path}: EISDIR: `));
    expect(everything()).toEqual(['rules.csv']);
  });

  it('keeps an existing file whole when the new one cannot be written', async () => {
    const path = join(dir, 'keep.csv');
    writeFileSync(path, 'the old export');
    await makeFolder(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'x'), '');
    // Renaming a file over a folder that is not empty fails after the temporary file is written.
    const refusal = await refusalOf(writeFileAtomic(join(dir, 'sub'), 'new'));
    expect(refusal.path).toBe(join(dir, 'sub'));
    expect(readFileSync(path, 'utf8')).toBe('the old export');
    expect(everything()).toEqual(['keep.csv', 'sub', join('sub', 'x')]);
  });

  it('refuses a folder that cannot be made, naming it', async () => {
    writeFileSync(join(dir, 'taken'), '');
    const folder = join(dir, 'taken', 'scripts');
    const refusal = await refusalOf(makeFolder(folder));
    expect(refusal.code).toBe('bad-request');
    expect(refusal.path).toBe(folder);
    expect(refusal.message).toMatch(new RegExp(`^cannot write ${folder}: ENOTDIR: `));
  });
});
