import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tryBind } from '../../../../electron/services/probes/bind-test';
import {
  ResponderBindError,
  startResponder,
  type Responder,
  type ResponderEvent,
} from '../../../../electron/services/probes/responder';
import { parseBanner, UDP_PROBE_BYTES } from '../../../../shared/probes/banner';
import { freePort, holdPort, stopChild } from './sockets';

/** Connect, send something, and read until the responder closes. */
function exchangeTcp(port: number, send = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(send));
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

/**
 * Send one datagram; resolve with the answer, or undefined after a quiet while: 1 s, or once
 * `settled` (the responder has said it ignored the datagram) and anything sent meanwhile had time
 * to arrive.
 */
function exchangeUdp(
  port: number,
  size: number,
  settled?: () => boolean,
): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const quietNow = () => {
      clearInterval(watch);
      clearTimeout(quiet);
      socket.close();
      resolve(undefined);
    };
    let quiet = setTimeout(quietNow, 1000);
    const watch = setInterval(() => {
      if (!settled?.()) return;
      clearInterval(watch);
      clearTimeout(quiet);
      quiet = setTimeout(quietNow, 50);
    }, 5);
    socket.on('message', (m) => {
      clearInterval(watch);
      clearTimeout(quiet);
      socket.close();
      resolve(m.toString());
    });
    socket.on('error', (e) => {
      clearInterval(watch);
      clearTimeout(quiet);
      socket.close();
      reject(e);
    });
    socket.send(Buffer.alloc(size, 0x41), port, '127.0.0.1');
  });
}

let responder: Responder | undefined;
afterEach(async () => {
  await responder?.stop();
  responder = undefined;
});

async function start(ports: number[], options: { ttlMs?: number; events?: ResponderEvent[] } = {}) {
  responder = await startResponder({
    planName: 'Output cluster Frankfurt',
    hostName: 'oe2',
    address: '127.0.0.1',
    ports: ports.flatMap((port) => [
      { port, protocol: 'tcp' as const },
      { port, protocol: 'udp' as const },
    ]),
    ...(options.ttlMs ? { ttlMs: options.ttlMs } : {}),
    onEvent: (e) => options.events?.push(e),
  });
  return responder;
}

describe('the responder', () => {
  it('answers a TCP connection with one banner line naming plan, host, port and the address it saw, then closes', async () => {
    const port = await freePort();
    const events: ResponderEvent[] = [];
    await start([port], { events });
    const answer = await exchangeTcp(port);
    expect(answer.endsWith('\n')).toBe(true);
    expect(answer.split('\n')).toHaveLength(2);
    expect(parseBanner(answer)).toEqual({
      plan: 'Output cluster Frankfurt',
      host: 'oe2',
      port,
      protocol: 'tcp',
      seen: '127.0.0.1',
    });
    expect(events).toEqual([
      expect.objectContaining({ type: 'answered', port, protocol: 'tcp', from: '127.0.0.1' }),
    ]);
  });

  it('gives the same answer whatever it is sent: it never interprets input', async () => {
    const port = await freePort();
    await start([port]);
    const plain = await exchangeTcp(port);
    const attack = await exchangeTcp(port, 'GET / HTTP/1.0\r\n\r\n$(rm -rf /tmp/x); `id`\n');
    expect(attack).toBe(plain);
  });

  it('answers a UDP probe as big as its banner, and ignores smaller datagrams (no amplification)', async () => {
    const port = await freePort();
    const events: ResponderEvent[] = [];
    await start([port], { events });
    expect(parseBanner((await exchangeUdp(port, UDP_PROBE_BYTES)) ?? '')).toMatchObject({
      host: 'oe2',
      port,
      protocol: 'udp',
    });
    expect(
      await exchangeUdp(port, 8, () => events.some((e) => e.type === 'ignored')),
    ).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['answered', 'ignored']);
  });

  it('stops by itself after its TTL: connecting afterwards is refused', async () => {
    const port = await freePort();
    const r = await start([port], { ttlMs: 300 });
    expect(r.stopsAt.getTime() - r.startedAt.getTime()).toBe(300);
    await exchangeTcp(port);
    const stop = await r.closed;
    expect(stop).toMatchObject({ reason: 'ttl', answered: 1 });
    await expect(exchangeTcp(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect((await tryBind('127.0.0.1', port, 'udp')).ok).toBe(true);
  });

  it('stops on request through its signal', async () => {
    const port = await freePort();
    const controller = new AbortController();
    responder = await startResponder({
      planName: 'p',
      hostName: 'h',
      address: '127.0.0.1',
      ports: [{ port, protocol: 'tcp' }],
      signal: controller.signal,
    });
    controller.abort();
    expect(await responder.closed).toMatchObject({ reason: 'stopped', answered: 0 });
    await expect(exchangeTcp(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('does not start when a port is taken, and leaves no port of its own open', async () => {
    const [free, taken] = [await freePort(), await freePort()];
    const nc = await holdPort(taken, 'tcp');
    try {
      const attempt = startResponder({
        planName: 'p',
        hostName: 'h',
        address: '127.0.0.1',
        ports: [
          { port: free, protocol: 'tcp' },
          { port: taken, protocol: 'tcp' },
        ],
      });
      await expect(attempt).rejects.toBeInstanceOf(ResponderBindError);
      await expect(attempt).rejects.toMatchObject({ code: 'EADDRINUSE', port: { port: taken } });
      expect((await tryBind('127.0.0.1', free, 'tcp')).ok).toBe(true);
    } finally {
      await stopChild(nc);
    }
  });
});
