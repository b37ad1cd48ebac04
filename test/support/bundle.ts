import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { onTestFinished } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/**
 * A script of the tests bundled into one file in a temporary folder, for a child process that
 * plain Node starts at once (tsx would compile it first, in every child). better-sqlite3 stays
 * outside: a script that opens the library is bundled as CommonJS and run with `bundledEnv()`, so
 * that Node finds it in node_modules; one with top-level await is bundled as ESM. Call it inside
 * a test: the file is removed when the test ends.
 */
export async function bundleScript(entry: string, format: 'cjs' | 'esm'): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'oe-script-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const outfile = join(
    folder,
    basename(entry).replace(/\.ts$/, format === 'cjs' ? '.cjs' : '.mjs'),
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format,
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** The environment for a bundled script: Node finds better-sqlite3 in this project's node_modules. */
export const bundledEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_PATH: join(ROOT, 'node_modules'),
});
