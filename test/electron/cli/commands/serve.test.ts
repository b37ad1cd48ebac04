import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, cli } from '../../../support/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oe-serve-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Planner</title>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('oe-ports serve', () => {
  it('says to build first when the renderer is missing (exit 2)', async () => {
    const run = await cli(['serve', '--data-dir', join(dir, 'data')], {
      env: { OE_PLANNER_RENDERER: join(dir, 'nothing-here') },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Fix: run `npm run build`');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a port that is not one (exit 2)', async () => {
    const run = await cli(['serve', '--port', 'http']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port http is not a port');
  });

  // A signal needs a process of its own: the built single file.
  it('prints the URL, serves until Ctrl+C, then stops cleanly', async () => {
    const child = spawn(
      process.execPath,
      [await builtCli(), 'serve', '--data-dir', join(dir, 'data')],
      {
        env: { ...process.env, OE_PLANNER_RENDERER: join(dir, 'renderer') },
      },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        const line = /^(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)\n/m.exec(stdout);
        if (line) resolve(line[1]!);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Planner</title>');
    const token = new URL(url).hash.slice('#token='.length);
    const info = await fetch(new URL('/api/app.info', url), {
      method: 'POST',
      headers: { 'x-planner-token': token },
      body: '{}',
    });
    expect(await info.json()).toMatchObject({
      ok: true,
      value: { mode: 'browser', dataDir: join(dir, 'data') },
    });

    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stderr).toContain('Stopped (SIGINT)');
    await expect(fetch(url)).rejects.toThrow();
  });
});
