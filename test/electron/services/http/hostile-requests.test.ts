import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../../electron/services/http/server';

// Browser mode against a client that is not ours: a huge body without the token, and a symbolic
// link in the renderer folder that points outside it.

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oe-http-hostile-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Planner</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("planner")');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET outside the renderer');
  symlinkSync(join(dir, 'secret.txt'), join(staticDir, 'assets', 'linked.js'));
  symlinkSync(dir, join(staticDir, 'up'));
  server = await startServer({ dataDir: join(dir, 'data'), staticDir, version: '9.9.9' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends a request that announces 100 MB and keeps sending until the server closes on it. */
function hugeUnauthenticatedPost(): Promise<{ answer: string; sent: number }> {
  const total = 100 * 1024 * 1024;
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    let answer = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ answer, sent });
    };
    const pump = () => {
      while (!done && sent < total) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () => {
      socket.write(
        `POST /api/plans.list HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`,
      );
      pump();
    });
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', finish);
  });
}

async function get(path: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${server.port}${path}`);
  await res.arrayBuffer();
  return res.status;
}

describe('browser mode against a hostile client', () => {
  it('answers an unauthenticated 100 MB body with 401 and closes the connection without reading it', async () => {
    const { answer, sent } = await hugeUnauthenticatedPost();
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    // What the kernel's buffers took in before the close, not the 100 MB.
    expect(sent).toBeLessThan(32 * 1024 * 1024);
  });

  it('serves a regular file of the renderer, but not a symbolic link that leads outside it', async () => {
    expect(await get('/assets/app.js')).toBe(200);
    expect(await get('/assets/linked.js')).toBe(404);
    expect(await get('/up/secret.txt')).toBe(404);
  });
});
