// The packaged app's contents, made by electron-builder itself from the real configuration, bundles and
// node_modules. Only Electron is a stand-in (its binary cannot be downloaded everywhere), so this packs
// the `dir` target with fuses off: fuses are flipped inside the real binary, which the stand-in is not.
import { extractAll, listPackage, statFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { RUNTIME_PACKAGES } from '../../electron-builder.config';
import { bundleAll } from '../../electron/bundle';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'oe-packaged-'));
const project = join(work, 'project');
const resources = join(work, 'out/linux-unpacked/resources');
const asarFile = join(resources, 'app.asar');

/** A project like a fresh checkout after `npm run build`: real bundles, a one-file renderer. */
async function prepareProject(): Promise<void> {
  mkdirSync(join(project, 'dist/renderer'), { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) {
    copyFileSync(join(ROOT, file), join(project, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'junction');
  await bundleAll(join(project, 'dist'));
  writeFileSync(join(project, 'dist/renderer/index.html'), '<!doctype html><title>planner</title>');
}

/** An unpacked "Electron" with nothing but an executable, enough for electron-builder to lay out the app. */
function standInElectron(): string {
  const dir = join(work, 'electron-stand-in');
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  return dir;
}

beforeAll(async () => {
  await prepareProject();
  const packed: Configuration = {
    ...config,
    electronFuses: null,
    electronDist: standInElectron(),
    directories: { ...config.directories, output: join(work, 'out') },
  };
  await build({ projectDir: project, linux: ['dir'], publish: 'never', config: packed });
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const entries = () => listPackage(asarFile, { isPack: false }).map((p) => p.replace(/\\/g, '/'));
const topLevel = (prefix: string) =>
  [
    ...new Set(
      entries()
        .filter((e) => e.startsWith(prefix))
        .map((e) => e.slice(prefix.length).split('/')[0]),
    ),
  ].sort();

describe('the packaged app (electron-builder with a stand-in Electron)', () => {
  it('holds package.json, the bundles and the renderer, and no sources', () => {
    expect(topLevel('/')).toEqual(['dist', 'node_modules', 'package.json']);
    expect(topLevel('/dist/')).toEqual(['electron', 'renderer']);
    expect(topLevel('/dist/electron/')).toEqual(['main.js', 'preload.cjs']);
    expect(entries().filter((e) => /\.(ts|c|cc|cpp|h|hpp|gyp|map)$/.test(e))).toEqual([]);
  });

  it('ships only the run-time packages: no devDependency, none of the inlined dependencies', () => {
    expect(topLevel('/node_modules/')).toEqual([...RUNTIME_PACKAGES].sort());
    expect(topLevel('/node_modules/better-sqlite3/')).toEqual([
      'LICENSE',
      'lib',
      'package.json',
      'prebuilds',
    ]);
  });

  it('keeps the native prebuilds outside the archive and every script inside it', () => {
    const files = entries().filter((e) => e.includes('.'));
    const unpacked = files.filter((e) => 'unpacked' in statFile(asarFile, e.slice(1), false));
    expect(unpacked.length).toBeGreaterThan(0);
    expect(unpacked.every((e) => e.endsWith('.node'))).toBe(true);
    expect(files.filter((e) => e.endsWith('.node'))).toEqual(unpacked);
    for (const file of unpacked) expect(existsSync(join(`${asarFile}.unpacked`, file))).toBe(true);
  });

  it("packs a package.json whose main is the bundled main process, without the developer's fields", () => {
    const extracted = join(work, 'extracted');
    extractAll(asarFile, extracted);
    const packaged = JSON.parse(readFileSync(join(extracted, 'package.json'), 'utf8'));
    expect(existsSync(join(extracted, packaged.main))).toBe(true);
    expect(packaged.devDependencies).toBeUndefined();
    expect(packaged.scripts).toBeUndefined();
  });

  const node22 = Number(process.versions.node.split('.')[0]) >= 22;
  it.skipIf(!node22)(
    'loads better-sqlite3 from the packaged files alone, without a rebuild (Node 22, same N-API prebuild)',
    () => {
      const extracted = join(work, 'extracted-sqlite');
      extractAll(asarFile, extracted);
      const script =
        "const Database = require(process.argv[1]); const db = new Database(':memory:');" +
        "console.log(db.prepare('select sqlite_version() as v').get().v);";
      const run = spawnSync(
        process.execPath,
        ['-e', script, join(extracted, 'node_modules/better-sqlite3')],
        { encoding: 'utf8', timeout: 30_000, cwd: work },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toMatch(/^3\.\d+\.\d+$/);
    },
  );
});
