import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../../shared/api/transport';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/services/csp';
import { MAX_BODY_BYTES } from '../../../../electron/services/http/api';
import { startServer, type RunningServer } from '../../../../electron/services/http/server';
import { stubRenderer } from '../../../support/renderer';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let server: RunningServer;

/** A raw HTTP request: unlike fetch, it lets a test send any Host header and any path. */
function send(
  options: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    host?: string;
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { Host: options.host ?? `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (channel: string, args: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(args),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oe-http-'));
  const staticDir = stubRenderer(dir, { 'assets/app.css': 'body{}' });
  server = await startServer({ dataDir: join(dir, 'data'), staticDir, version: '9.9.9' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser mode API', () => {
  it('prints a loopback URL with the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers with an envelope for the right token', async () => {
    const answer = await call('app.info', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      value: { version: '9.9.9', mode: 'browser', dataDir: join(dir, 'data') },
    });
  });

  it('refuses a call without the token (401)', async () => {
    const answer = await send({ method: 'POST', path: '/api/plans.list', body: '{}' });
    expect(answer.status).toBe(401);
  });

  it('refuses a call with a wrong token (401)', async () => {
    expect((await call('plans.list', {}, { [TOKEN_HEADER]: 'x'.repeat(43) })).status).toBe(401);
    expect((await call('plans.list', {}, { [TOKEN_HEADER]: `${server.token}x` })).status).toBe(401);
  });

  it('refuses a page of another origin even with the token (403)', async () => {
    const answer = await call('plans.list', {}, { Origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
    const sameOrigin = await call('plans.list', {}, { Origin: `http://127.0.0.1:${server.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a foreign Host header, as DNS rebinding would send (403)', async () => {
    expect((await send({ host: `evil.example:${server.port}` })).status).toBe(403);
    const answer = await send({
      method: 'POST',
      path: '/api/plans.list',
      host: `evil.example:${server.port}`,
      headers: { [TOKEN_HEADER]: server.token },
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect((await send({ host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('answers 404 for an unknown channel and 405 for other methods', async () => {
    expect((await call('plans.format-disk', {})).status).toBe(404);
    expect((await call('toString', {})).status).toBe(404);
    const get = await send({ path: '/api/plans.list', headers: { [TOKEN_HEADER]: server.token } });
    expect(get.status).toBe(405);
    expect((await send({ method: 'DELETE', path: '/index.html' })).status).toBe(405);
  });

  it('answers bad-request for a body that is not JSON, and for wrong arguments', async () => {
    const answer = await send({
      method: 'POST',
      path: '/api/plans.list',
      headers: { [TOKEN_HEADER]: server.token },
      body: '{oops',
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const wrong = JSON.parse((await call('plans.get', { id: 42 })).body);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it(`refuses a body over ${MAX_BODY_BYTES / 1024 / 1024} MiB (413)`, async () => {
    const answer = await send({
      method: 'POST',
      path: '/api/plans.import',
      headers: { [TOKEN_HEADER]: server.token },
      body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20),
    });
    expect(answer.status).toBe(413);
  });

  it('answers unsupported for desktop-only channels', async () => {
    expect(JSON.parse((await call('plans.importFile', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('serves the same backend: a plan created is listed', async () => {
    const created = JSON.parse((await call('plans.create', {})).body) as {
      value: { id: string };
    };
    const list = JSON.parse((await call('plans.list', {})).body) as { value: { id: string }[] };
    expect(list.value.map((p) => p.id)).toContain(created.value.id);
  });
});

describe('browser mode static files', () => {
  it('serves index.html without the token, with the CSP and the other security headers', async () => {
    const answer = await send({ path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Planner</title>');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content types', async () => {
    const js = await send({ path: '/assets/app.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send({ path: '/assets/app.css' })).headers['content-type']).toMatch(/^text\/css/);
    expect((await send({ path: '/assets/missing.js' })).status).toBe(404);
  });

  it('falls back to index.html for app routes', async () => {
    const answer = await send({ path: '/plans/abc/review' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Planner</title>');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/%00.js',
  ])('does not leave the renderer folder: %s', async (path) => {
    const answer = await send({ path });
    expect(answer.body).not.toContain('SECRET');
    expect(answer.status).toBe(404);
  });
});

describe('the listening socket', () => {
  const connects = (host: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.connect(port, host);
    });

  it('listens on 127.0.0.1 only', async () => {
    expect(await connects('127.0.0.1', server.port)).toBe(true);
    expect(await connects('127.0.0.2', server.port)).toBe(false);
    expect(await connects('::1', server.port)).toBe(false);
  });

  it('frees its port when closed', async () => {
    const other = await startServer({
      dataDir: join(dir, 'data2'),
      staticDir: join(dir, 'renderer'),
      version: '0',
    });
    await other.close();
    expect(await connects('127.0.0.1', other.port)).toBe(false);
    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(other.port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => probe.close(resolve));
  });
});
