import { execFileSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeReachability } from '../../../../electron/services/probes/reachability';
import { startResponder, type Responder } from '../../../../electron/services/probes/responder';
import { detailIn, ProbeResult } from '../../../../shared/probes/model';
import type { ReachTarget } from '../../../../shared/probes/scope';
import { freePort, silentListener, stopChild } from './sockets';
import { bundleScript } from '../../../support/bundle';

const PLAN = 'Loopback plan';
const target = (
  port: number,
  protocol: 'tcp' | 'udp',
  extra: Partial<ReachTarget> = {},
): ReachTarget => ({
  ruleId: `host:oe1>host:oe2:${port}/${protocol}`,
  address: '127.0.0.1',
  port,
  protocol,
  expect: { plan: PLAN, host: 'oe2' },
  ...extra,
});

let responder: Responder;
let responderPort: number;
let closedPort: number;
let silentTcpPort: number;
let silentUdpPort: number;
const children: ChildProcess[] = [];

beforeAll(async () => {
  responderPort = await freePort();
  closedPort = await freePort();
  responder = await startResponder({
    planName: PLAN,
    hostName: 'oe2',
    address: '127.0.0.1',
    ports: [
      { port: responderPort, protocol: 'tcp' },
      { port: responderPort, protocol: 'udp' },
    ],
  });
  const [tcp, udp] = await Promise.all([silentListener('tcp'), silentListener('udp')]);
  children.push(tcp.child, udp.child);
  silentTcpPort = tcp.port;
  silentUdpPort = udp.port;
});

afterAll(async () => {
  await responder?.stop();
  await Promise.all(children.map(stopChild));
});

describe('reachability over loopback', () => {
  it('verifies a TCP and a UDP path when our responder answers, and records who probed from where', async () => {
    const before = new Date().toISOString();
    const run = await probeReachability(
      [target(responderPort, 'tcp'), target(responderPort, 'udp')],
      { probeHost: 'oe1' },
    );
    expect(run.cancelled).toBe(false);
    for (const result of run.results) {
      expect(() => ProbeResult.parse(result)).not.toThrow();
      expect(result).toMatchObject({
        status: 'verified',
        probeHost: 'oe1',
        sourceAddress: '127.0.0.1',
        seenSourceAddress: '127.0.0.1',
        remoteAddress: '127.0.0.1',
        nat: false,
        detail: 'our responder on oe2 answered',
      });
      expect(result.probedAt >= before).toBe(true);
    }
  });

  it('reports refused TCP as reachable (path open, nothing listens yet)', async () => {
    const [result] = (await probeReachability([target(closedPort, 'tcp')], { probeHost: 'oe1' }))
      .results;
    expect(result?.status).toBe('reachable');
    expect(result?.detail).toMatch(/refused \(TCP reset\)/);
    // The same verdict in the reader's language: the review and the German checklist say it so.
    expect(detailIn('de', result!)).toBe(
      'abgewiesen (TCP-Reset): Der Weg ist offen, noch lauscht nichts',
    );
  });

  it('reports ICMP port unreachable for UDP as reachable, and silence as open-or-filtered', async () => {
    const run = await probeReachability([target(closedPort, 'udp'), target(silentUdpPort, 'udp')], {
      probeHost: 'oe1',
      timeoutMs: 500,
    });
    expect(run.results.map((r) => r.status)).toEqual(['reachable', 'open-or-filtered']);
    expect(run.results[1]?.detail).toMatch(/cannot tell an open port from a filtered one/);
  });

  it('reports a listener that is not our responder as open, never as verified', async () => {
    const [result] = (await probeReachability([target(silentTcpPort, 'tcp')], { probeHost: 'oe1' }))
      .results;
    expect(result?.status).toBe('open');
    expect(result?.detail).toMatch(/no banner within \d+ ms: another program listens/);
  });

  it('says so when a responder for another host answers at the planned address', async () => {
    const [result] = (
      await probeReachability(
        [target(responderPort, 'tcp', { expect: { plan: PLAN, host: 'oe3' } })],
        { probeHost: 'oe1' },
      )
    ).results;
    expect(result?.status).toBe('open');
    expect(result?.detail).toMatch(
      /a responder answered for oe2 .* not for oe3: check the address planned for oe3/,
    );
  });

  it('leaves from the planned address when this machine has it', async () => {
    const [result] = (
      await probeReachability([target(responderPort, 'tcp')], {
        probeHost: 'oe1',
        localAddress: '127.0.0.2',
      })
    ).results;
    expect(result).toMatchObject({
      status: 'verified',
      sourceAddress: '127.0.0.2',
      seenSourceAddress: '127.0.0.2',
      nat: false,
    });
  });

  it('reports progress with running counts as results arrive', async () => {
    const progress: string[] = [];
    await probeReachability(
      [
        target(closedPort, 'tcp'),
        target(responderPort, 'tcp'),
        target(closedPort, 'tcp', { ruleId: 'x' }),
      ],
      {
        probeHost: 'oe1',
        concurrency: 1,
        onResult: (r, p) =>
          progress.push(`${p.done}/${p.total} ${r.status} ${JSON.stringify(p.counts)}`),
      },
    );
    expect(progress).toEqual([
      '1/3 reachable {"reachable":1}',
      '2/3 verified {"reachable":1,"verified":1}',
      '3/3 reachable {"reachable":2,"verified":1}',
    ]);
  });

  it('stops at once when cancelled, keeping only the finished results', async () => {
    const controller = new AbortController();
    // Silent UDP waits for the whole timeout: without the cancel this run would take minutes.
    const targets = [
      target(closedPort, 'tcp'),
      ...Array.from({ length: 20 }, (_, i) => target(silentUdpPort, 'udp', { ruleId: `udp-${i}` })),
    ];
    const run = await probeReachability(targets, {
      probeHost: 'oe1',
      timeoutMs: 60_000,
      concurrency: 4,
      signal: controller.signal,
      onResult: () => controller.abort(),
    });
    expect(run.cancelled).toBe(true);
    expect(run.results.map((r) => r.ruleId)).toEqual([targets[0]!.ruleId]);
  });
});

/** Sockets this process has open, from /proc (Linux). */
function openSockets(): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith('socket:');
    } catch {
      return false;
    }
  }).length;
}

describe.skipIf(process.platform !== 'linux')('socket limits', () => {
  it('never has more probe sockets open than the concurrency', async () => {
    const baseline = openSockets();
    let most = 0;
    const sampler = setInterval(() => (most = Math.max(most, openSockets() - baseline)), 1);
    const run = await probeReachability(
      Array.from({ length: 60 }, (_, i) => target(silentTcpPort, 'tcp', { ruleId: `t${i}` })),
      { probeHost: 'oe1', concurrency: 5, bannerWaitMs: 30 },
    );
    clearInterval(sampler);
    expect(run.results.every((r) => r.status === 'open')).toBe(true);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(5);
  });

  it('finishes thousands of targets under `ulimit -n 64` without running out of files', async () => {
    const script = await bundleScript(
      fileURLToPath(new URL('./fixtures/many-targets.ts', import.meta.url)),
      'esm',
    );
    const out = execFileSync(
      'sh',
      ['-c', `ulimit -n 64 && exec "${process.execPath}" "${script}" 2000 200 ${closedPort}`],
      { encoding: 'utf8' },
    );
    const summary = JSON.parse(out) as {
      results: number;
      statuses: string[];
      notes: string[];
      notesDe: string[];
    };
    expect(summary.results).toBe(2000);
    expect(summary.statuses).toEqual(['reachable']);
    expect(summary.notes.join(' ')).toMatch(/concurrency lowered from 200 to \d+: .*only 64 files/);
    expect(summary.notesDe.join(' ')).toMatch(
      /Parallelität von 200 auf \d+ gesenkt: .*nur 64 Dateien/,
    );
  });
});
