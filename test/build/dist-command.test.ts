// `npm run dist` where Electron cannot be downloaded: it builds, validates the configuration, tries, and
// then says why in one line, without a stack trace, and fails. Where Electron's download host answers,
// the same command would build real packages (minutes, hundreds of MB), so that case is skipped.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const electronVersion = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** The zip electron-builder fetches first, at the address @electron/get builds (ELECTRON_MIRROR honoured). */
const electronZipUrl = `${process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/'}v${electronVersion}/electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;

async function electronDownloadHostAnswers(): Promise<boolean> {
  try {
    await fetch(electronZipUrl, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
    return true;
  } catch {
    return false;
  }
}

const canDownload = await electronDownloadHostAnswers();
if (canDownload) {
  console.warn(
    `${electronZipUrl} answers: this machine can download Electron, so npm run dist would build real packages; its offline failure is not checked here.`,
  );
}

const STACK_FRAME = /^\s+at\s.+(:\d+:\d+\)?|\(native\))$/m;

describe('npm run dist', () => {
  it.skipIf(canDownload)(
    'where Electron cannot be downloaded: exits non-zero with one clear line and no stack trace',
    () => {
      const run = spawnSync('npm', ['run', 'dist'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 400_000,
        env: { ...process.env, NO_COLOR: '1' },
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
    },
    420_000,
  );
});
