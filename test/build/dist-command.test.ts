// `npm run dist` where Electron cannot be downloaded: it builds, validates the configuration, tries, and
// then says why in one line, without a stack trace, and fails. Electron's download is pointed at a
// loopback port where nothing listens (ELECTRON_MIRROR): it fails at once on every machine, and the
// test never leaves this one (with internet, the real host would build packages for minutes).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** A loopback port the OS just handed out and nothing listens on any more. */
const closedPort = await new Promise<number>((resolve, reject) => {
  const server = createServer().once('error', reject);
  server.listen({ host: '127.0.0.1', port: 0 }, () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});
const ELECTRON_MIRROR = `http://127.0.0.1:${closedPort}/`;

/** What `npm run build` writes and the packaging step packs (electron/dist.ts checks the same). */
const built = [
  'dist/electron/main.js',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
].every((path) => existsSync(join(ROOT, path)));

const STACK_FRAME = /^\s+at\s.+(:\d+:\d+\)?|\(native\))$/m;

describe('npm run dist', () => {
  it('where Electron cannot be downloaded: exits non-zero with one clear line and no stack trace', () => {
    // `npm run dist` is `npm run build` and then the packaging step. Where the build is there
    // (`npm test` builds first), only the packaging step runs: a second build would rewrite
    // dist/ under the tests that run the built command line meanwhile.
    const [command, args] = built
      ? [join(ROOT, 'node_modules/.bin/tsx'), ['electron/dist.ts']]
      : ['npm', ['run', 'dist']];
    const run = spawnSync(command, args, {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 400_000,
      env: { ...process.env, NO_COLOR: '1', ELECTRON_MIRROR },
      shell: process.platform === 'win32',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    expect(run.status, 'npm run dist was killed after 400 s').not.toBeNull();

    const reasons = run.stderr.split('\n').filter((l) => l.startsWith('Cannot package'));
    expect(reasons, output).toEqual([expect.any(String)]);
    expect(reasons[0]).toMatch(
      /^Cannot package: electron-builder could not download Electron or its packaging tools \(.+\)\. The configuration is valid; run `npm run dist` on a machine with internet access\.$/,
    );
    expect(output).not.toMatch(STACK_FRAME);
  }, 420_000);
});
