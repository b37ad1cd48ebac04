import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tryBind } from '../../../../electron/services/probes/bind-test';
import { checkLocalPorts } from '../../../../electron/services/probes/local-ports';
import { LocalPortResult } from '../../../../shared/probes/model';
import type { ListenPort } from '../../../../shared/probes/scope';
import { freePort, holdPort, stopChild } from './sockets';

const linux = process.platform === 'linux';
const planned = (port: number, protocol: 'tcp' | 'udp'): ListenPort => ({
  port,
  protocol,
  services: ['seal-test'],
  ruleIds: [`host:oe2>host:oe1:${port}/${protocol}`],
});

let holders: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(holders.map(stopChild));
  holders = [];
});

describe('local port check on this machine', () => {
  it('reports a free port as free, with the services and rules that need it', async () => {
    const port = await freePort();
    const [tcp, udp] = await checkLocalPorts([planned(port, 'tcp'), planned(port, 'udp')], {
      address: '127.0.0.1',
    });
    expect(tcp).toEqual({
      port,
      protocol: 'tcp',
      address: '127.0.0.1',
      status: 'free',
      owners: [],
      detail: '',
      services: ['seal-test'],
      ruleIds: [`host:oe2>host:oe1:${port}/tcp`],
    });
    expect(udp?.status).toBe('free');
    expect(() => LocalPortResult.parse(tcp)).not.toThrow();
  });

  // The service would bind all addresses; nc holds only 127.0.0.1: still a conflict.
  it.skipIf(!linux).each([
    {
      title: 'a TCP port (nc -l)',
      protocol: 'tcp',
      process: 'nc',
      checkAt: '0.0.0.0',
      owner: { address: '127.0.0.1' },
      where: ' on 127.0.0.1',
    },
    {
      title: 'a UDP port (node -e)',
      protocol: 'udp',
      process: 'node',
      checkAt: '127.0.0.1',
      owner: {},
      where: '',
    },
  ] as const)('names the process and PID that holds $title', async (c) => {
    const port = await freePort();
    const holder = await holdPort(port, c.protocol);
    holders.push(holder);
    const [result] = await checkLocalPorts([planned(port, c.protocol)], { address: c.checkAt });
    expect(result?.status).toBe('in-use');
    expect(result?.owners).toContainEqual(
      expect.objectContaining({ pid: holder.pid, process: c.process, ...c.owner }),
    );
    expect(result?.detail).toContain(`${c.process} (PID ${holder.pid})${c.where}`);
  });

  it('reports progress for each port and stops when cancelled', async () => {
    const ports = [await freePort(), await freePort(), await freePort()];
    const controller = new AbortController();
    const seen: string[] = [];
    const results = await checkLocalPorts(
      ports.map((p) => planned(p, 'tcp')),
      {
        address: '127.0.0.1',
        signal: controller.signal,
        onResult: (r, progress) => {
          seen.push(`${r.port} ${progress.done}/${progress.total}`);
          if (progress.done === 2) controller.abort();
        },
      },
    );
    expect(seen).toEqual([`${ports[0]} 1/3`, `${ports[1]} 2/3`]);
    expect(results).toHaveLength(2);
  });
});

// A user without rights gets "permission denied" on a free privileged port, but "in use" on a
// privileged port someone holds: the two must not be confused.
const unprivilegedStart = linux
  ? Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'))
  : 0;
const asNobody = !linux
  ? 'privileged ports are checked this way on Linux only'
  : process.getuid?.() !== 0
    ? 'not running as root, so the test cannot run a check as another user'
    : unprivilegedStart <= 1
      ? 'this system lets every user bind every port (ip_unprivileged_port_start)'
      : '';

if (asNobody) console.warn(`Privileged-port test skipped: ${asNobody}`);

describe.skipIf(asNobody !== '')(
  `privileged ports without rights ${asNobody ? `(skipped: ${asNobody})` : ''}`,
  () => {
    it('says permission denied for a free privileged port and in use for a held one', async () => {
      const privileged: number[] = [];
      for (let p = unprivilegedStart - 1; p > 0 && privileged.length < 2; p--) {
        if ((await tryBind('0.0.0.0', p, 'tcp')).ok) privileged.push(p);
      }
      const [held, free] = privileged as [number, number];
      holders.push(await holdPort(held, 'tcp'));
      // The other user may not enter the checkout (a clone in a mode-700 home folder): it gets
      // the check as one bundled file and a copy of this Node in a folder of its own.
      const outside = mkdtempSync(join(tmpdir(), 'oe-nobody-'));
      let out: string;
      try {
        chmodSync(outside, 0o755);
        const script = join(outside, 'check-ports.mjs');
        await build({
          entryPoints: [fileURLToPath(new URL('./fixtures/check-ports.ts', import.meta.url))],
          bundle: true,
          platform: 'node',
          format: 'esm',
          outfile: script,
          logLevel: 'silent',
        });
        const node = join(outside, 'node');
        copyFileSync(process.execPath, node);
        chmodSync(node, 0o755);
        chmodSync(script, 0o644);
        out = execFileSync(node, [script, '0.0.0.0', `${held}/tcp`, `${free}/tcp`], {
          uid: 65534,
          gid: 65534,
          cwd: outside,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, HOME: '/tmp' },
        });
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
      const results = JSON.parse(out) as LocalPortResult[];
      expect(results.map((r) => [r.port, r.status])).toEqual([
        [held, 'in-use'],
        [free, 'permission-denied'],
      ]);
      expect(results[1]?.detail).toMatch(/needs root/);
    });
  },
);
