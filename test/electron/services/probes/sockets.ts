import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Transport } from '../../../../shared/catalog/model';
import { tryBind } from '../../../../electron/services/probes/bind-test';

// Real sockets for the tests: free ports, and other processes that hold ports.

/** A port the OS just handed out as free on 127.0.0.1 (TCP and UDP both free). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen({ host: '127.0.0.1', port: 0 }, () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind({ address: '127.0.0.1', port }, () => socket.close(() => resolve(true)));
    });
    if (udpFree) return port;
  }
}

/**
 * Wait until another process has bound the port (binding it here fails as in use). With the child
 * meant to bind it, fail at once when that child ends instead of waiting out the 10 s.
 */
export async function waitForSocket(
  port: number,
  protocol: Transport,
  address = '127.0.0.1',
  child?: ChildProcess,
): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (child) checkAlive(child, `bind ${address}:${port}/${protocol}`);
    const outcome = await tryBind(address, port, protocol);
    if (!outcome.ok && outcome.code === 'EADDRINUSE') return;
    await sleep(25);
  }
  throw new Error(`nothing bound ${port}/${protocol} within 10 s`);
}

function checkAlive(child: ChildProcess, task: string): void {
  if (child.exitCode !== null || child.signalCode !== null) {
    throw new Error(
      `the process meant to ${task} ended first (exit ${child.exitCode ?? child.signalCode})`,
    );
  }
}

/** Another process holding a port: `nc -l` for TCP, a `node -e` UDP socket. */
export async function holdPort(
  port: number,
  protocol: Transport,
  address = '127.0.0.1',
): Promise<ChildProcess> {
  const child =
    protocol === 'tcp'
      ? spawn('nc', ['-k', '-l', address, String(port)], { stdio: 'ignore' })
      : spawn(
          process.execPath,
          [
            '-e',
            `require('node:dgram').createSocket('udp4').bind(${port}, '${address}'); setInterval(() => {}, 1e6);`,
          ],
          { stdio: 'ignore' },
        );
  await waitForSocket(port, protocol, address, child);
  return child;
}

/** Stop a child process and wait until it is gone. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await gone;
}

/**
 * A listener in another process that accepts and says nothing (like most real services). It binds
 * a port the OS picks and reports it, so no other process can take the port between choice and bind.
 */
export function silentListener(
  protocol: Transport,
): Promise<{ child: ChildProcess; port: number }> {
  const code =
    protocol === 'tcp'
      ? `const held = []; const server = require('node:net').createServer((s) => { held.push(s); s.on('error', () => {}); }); server.listen(0, '127.0.0.1', () => console.log(server.address().port));`
      : `const socket = require('node:dgram').createSocket('udp4'); socket.bind(0, '127.0.0.1', () => console.log(socket.address().port)); setInterval(() => {}, 1e6);`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
      const line = /^(\d+)\n/.exec(stdout);
      if (line) resolve({ child, port: Number(line[1]) });
    });
    child.once('error', reject);
    child.once('exit', (exit, signal) =>
      reject(
        new Error(
          `the silent ${protocol} listener ended first (exit ${exit ?? signal}): ${stderr}`,
        ),
      ),
    );
  });
}
