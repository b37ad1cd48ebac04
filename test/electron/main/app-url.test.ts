import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appResponseFor } from '../../../electron/main/app-url';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/csp';

let dir: string;
let renderer: string;
const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oe-app-url-'));
  renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), '');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('serves the renderer files with their type and the CSP', () => {
    const answer = appResponseFor(renderer, 'app://planner/assets/app.js', isFile);
    expect(answer).toMatchObject({ status: 200, file: join(renderer, 'assets', 'app.js') });
    expect(answer.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves index.html for the root and for app routes', () => {
    for (const url of ['app://planner/', 'app://planner/index.html', 'app://planner/plans/x']) {
      expect(appResponseFor(renderer, url, isFile).file).toBe(join(renderer, 'index.html'));
    }
  });

  it('never leaves the renderer folder, and answers only its own host', () => {
    for (const url of [
      'app://planner/../secret.txt',
      'app://planner/%2e%2e/secret.txt',
      'app://planner/assets/..%2f..%2fsecret.txt',
      'app://planner/missing.js',
      'app://other/index.html',
    ]) {
      expect(appResponseFor(renderer, url, isFile)).toMatchObject({ status: 404 });
    }
  });
});
