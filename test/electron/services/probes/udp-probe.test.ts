import { createSocket, type Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeReachability } from '../../../../electron/services/probes/reachability';
import { formatBanner } from '../../../../shared/probes/banner';
import { detailIn } from '../../../../shared/probes/model';

// A UDP answer proves a path only when it is our responder's banner for the planned host.

function answering(reply: (from: string) => string): Promise<{ socket: Socket; port: number }> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.on('message', (_message, peer) =>
      socket.send(reply(peer.address), peer.port, peer.address),
    );
    socket.bind({ address: '127.0.0.1', port: 0 }, () =>
      resolve({ socket, port: socket.address().port }),
    );
  });
}

describe('UDP probes: only the responder’s banner verifies', () => {
  let other: { socket: Socket; port: number };
  let wrongHost: { socket: Socket; port: number };

  beforeAll(async () => {
    other = await answering(() => '=1+1 hello from a DNS server\n');
    wrongHost = await answering((seen) =>
      formatBanner({ plan: 'UDP', host: 'oe3', port: wrongHost.port, protocol: 'udp', seen }),
    );
  });
  afterAll(() => {
    other.socket.close();
    wrongHost.socket.close();
  });

  const target = (port: number) => ({
    ruleId: `r:${port}`,
    address: '127.0.0.1',
    port,
    protocol: 'udp' as const,
    expect: { plan: 'UDP', host: 'oe2' },
  });

  it('another program’s answer is open, said as a UDP answer, never verified', async () => {
    const [result] = (await probeReachability([target(other.port)], { probeHost: 'oe1' })).results;
    expect(result?.status).toBe('open');
    expect(result?.detail).toBe(
      'a UDP answer without our responder’s banner: another program listens',
    );
    expect(detailIn('de', result!)).toBe(
      'eine UDP-Antwort ohne das Banner unseres Responders: Ein anderes Programm lauscht',
    );
  });

  it('a responder for another host is open, not verified', async () => {
    const [result] = (await probeReachability([target(wrongHost.port)], { probeHost: 'oe1' }))
      .results;
    expect(result?.status).toBe('open');
    expect(result?.detail).toMatch(/a responder answered for oe3 .*, not for oe2/);
  });
});
