// The built single file (dist/cli/oe-ports.js), run as a technician runs it on a server: a few smoke
// tests that the bundle itself works. What each command does is tested in process (test/support/cli.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, runBuiltCli } from '../../support/cli';
import { exampleDocument, examplePath } from '../../support/examples';

const work = mkdtempSync(join(tmpdir(), 'oe-built-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Bundling (when the build is missing or stale) is not part of any one test's time.
beforeAll(() => builtCli(), 120_000);

const SINGLE = examplePath('single-every-feature');

describe('the built command line', () => {
  it('lists its commands with --help (exit 0)', async () => {
    const run = await runBuiltCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of [
      'validate',
      'matrix',
      'export',
      'summary',
      'probe',
      'respond',
      'serve',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it('validates a plan (exit 0) and refuses an invalid one in the system’s language (exit 2)', async () => {
    const valid = await runBuiltCli(['validate', examplePath('cluster-3-islands')]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('valid plan "Output cluster Frankfurt"');
    const doc = exampleDocument('cluster-3-islands') as { nodes: object[] };
    const invalid = join(work, 'four.oeplan.json');
    writeFileSync(
      invalid,
      JSON.stringify({ ...doc, nodes: [...doc.nodes, { name: 'oe4', address: '192.0.2.14' }] }),
    );
    const german = await runBuiltCli(['validate', invalid], { env: { LANG: 'de_DE.UTF-8' } });
    expect(german.code).toBe(2);
    expect(german.stderr).toContain('four.oeplan.json ist kein gültiger Plan (1 Fehler):');
    expect(german.stderr).not.toMatch(/\n\s+at /);
  });

  it('exports a PDF with its fonts from inside the bundle', async () => {
    const dir = mkdtempSync(join(work, 'pdf-'));
    const run = await runBuiltCli(['export', SINGLE, '--format', 'pdf', '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [file] = readdirSync(dir);
    expect(file).toMatch(/\.pdf$/);
    expect(readFileSync(join(dir, file!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('leaves an existing file untouched when the write fails midway', async () => {
    const out = join(work, 'checklist.pdf');
    writeFileSync(out, 'the technician signed this one');
    // A file size limit of 8 KiB: the PDF's write fails with EFBIG after its first blocks.
    const run = await runBuiltCli(['export', SINGLE, '--format', 'pdf', '--out', out], {
      before: 'ulimit -f 8',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /cannot write .*checklist\.pdf: EFBIG: file too large.*is unchanged/,
    );
    expect(readFileSync(out, 'utf8')).toBe('the technician signed this one');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
