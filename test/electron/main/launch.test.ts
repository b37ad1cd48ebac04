import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFileFromArgv } from '../../../electron/main/argv';
import { bundleAll } from '../../../electron/bundle';
import { dataDirFlag, resolveDataDir, userDataDir } from '../../../electron/services/data-dir';
import { findElectronBinary } from '../../../electron/start';

describe('a plan file on the command line', () => {
  it('is found among Electron and Chromium arguments and resolved against the working folder', () => {
    expect(
      planFileFromArgv(
        ['/opt/planner/planner', '--no-sandbox', 'plans/a.oeplan.json'],
        '/home/jana',
      ),
    ).toBe('/home/jana/plans/a.oeplan.json');
    expect(planFileFromArgv(['/usr/bin/electron', '.', '--data-dir=/tmp/x'], '/w')).toBeNull();
    expect(planFileFromArgv(['electron', '/abs/B.JSON'], '/w')).toBe('/abs/B.JSON');
  });
});

describe('the data folder', () => {
  const home = '/home/jana';
  it('is --data-dir, then OE_PLANNER_DATA, then the fallback or the OS user data folder', () => {
    expect(resolveDataDir({ flag: '/d', env: { OE_PLANNER_DATA: '/e' } })).toBe('/d');
    expect(resolveDataDir({ env: { OE_PLANNER_DATA: '/e' }, fallback: '/f' })).toBe('/e');
    expect(resolveDataDir({ env: {}, fallback: '/f' })).toBe('/f');
    expect(resolveDataDir({ env: {}, platform: 'linux', home })).toBe(
      '/home/jana/.local/share/oe-port-planner',
    );
  });

  it('follows each OS', () => {
    expect(userDataDir({ XDG_DATA_HOME: '/x' }, 'linux', home)).toBe('/x/oe-port-planner');
    expect(userDataDir({ APPDATA: 'C:/Users/j/AppData/Roaming' }, 'win32', home)).toBe(
      join('C:/Users/j/AppData/Roaming', 'oe-port-planner'),
    );
    expect(userDataDir({}, 'darwin', home)).toBe(
      '/home/jana/Library/Application Support/oe-port-planner',
    );
  });

  it('reads --data-dir in both spellings', () => {
    expect(dataDirFlag(['electron', '.', '--data-dir', '/a'])).toBe('/a');
    expect(dataDirFlag(['electron', '.', '--data-dir=/b'])).toBe('/b');
    expect(dataDirFlag(['electron', '.'])).toBeUndefined();
  });
});

describe('npm start without an Electron binary', () => {
  it('finds no binary where none was downloaded, and one where it was', () => {
    const none = findElectronBinary('/e', {}, () => false);
    expect(none).toEqual({ missing: '/e/dist/electron' });
    const present = findElectronBinary(
      '/e',
      { ELECTRON_OVERRIDE_DIST_PATH: '/o' },
      (p) => p === '/o/electron',
    );
    expect(present).toEqual({ path: '/o/electron' });
  });
});

describe('the bundles', () => {
  let out: string;
  beforeAll(async () => {
    // Inside the project, so the bundled command line finds better-sqlite3 in node_modules.
    const dist = join(import.meta.dirname, '../../../dist');
    mkdirSync(dist, { recursive: true });
    out = mkdtempSync(join(dist, 'test-bundle-'));
    await bundleAll(out);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('make a sandbox-ready CommonJS preload that requires nothing but electron', () => {
    const preload = readFileSync(join(out, 'electron/preload.cjs'), 'utf8');
    const required = new Set([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/^import /m);
  });

  it('keep electron and better-sqlite3 outside the main bundle', () => {
    const main = readFileSync(join(out, 'electron/main.js'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    // Loaded when a library is opened (electron/services/store/database.ts), never bundled.
    expect(main).toMatch(/load\("better-sqlite3"\)/);
    expect(main).not.toMatch(/node_modules\/better-sqlite3\/lib/);
  });

  it('make a command line that runs', () => {
    const cli = join(out, 'cli/oe-ports.js');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const run = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('serve');
  });

  it('make a command line whose PDF export works from its own folder (pdfmake reads __dirname)', () => {
    const pdf = join(out, 'checklist.pdf');
    const plan = join(import.meta.dirname, '../../../docs/examples/single-minimal.oeplan.json');
    const run = spawnSync(
      process.execPath,
      [join(out, 'cli/oe-ports.js'), 'export', plan, '--format', 'pdf', '--out', pdf],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
