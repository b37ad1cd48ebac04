import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeReachability } from '../../../../electron/services/probes/reachability';
import { computeMatrix } from '../../../../shared/matrix';
import { validatePlan, type Plan } from '../../../../shared/plan';
import { ProbeReport, type ProbeResult } from '../../../../shared/probes/model';
import { listenPorts, reachTargets, type ReachTarget } from '../../../../shared/probes/scope';
import { canUseNetns, createLab, netnsSupport, PORTS, type Lab } from './netns';
import { stopChild } from './sockets';
import { builtCli } from '../../../support/cli';

// The built single file, as it is carried to the hosts; bundled first when missing or stale.
let CLI: string;
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function labPlan(lab: Lab): Plan {
  const printerHost = lab.unreachableNet.replace('.0/24', '.5');
  const { plan, issues } = validatePlan({
    schemaVersion: 1,
    project: { name: 'Namespace lab', productVersion: '7.2.0', os: 'linux' },
    installation: 'cluster',
    nodes: [
      { name: 'oe1', address: lab.rootAddress },
      { name: 'oe2', address: lab.aAddress },
      { name: 'oe3', address: lab.bAddress },
    ],
    printerNetworks: [
      { name: 'Lab printers', addresses: [lab.unreachableNet, printerHost], protocols: ['socket'] },
    ],
    externalSystems: [{ name: 'idp', kind: 'identity-provider', fqdn: 'idp.oepp-lab.invalid' }],
    features: ['external-idp'],
  });
  if (!plan) throw new Error(JSON.stringify(issues));
  return plan;
}

/** Run the command line inside a namespace; resolves with its exit code and output. */
function cliIn(
  lab: Lab,
  ns: string,
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'ip',
      ['netns', 'exec', ns, process.execPath, CLI, ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Start `respond` inside a namespace and wait for its "listening" line. */
function startResponderIn(lab: Lab, ns: string, planFile: string, host: string) {
  const child = lab.spawnIn(ns, process.execPath, [
    CLI,
    'respond',
    '--plan',
    planFile,
    '--as',
    host,
    '--ttl',
    '10',
    '--format',
    'json',
  ]);
  const lines: string[] = [];
  const listening = new Promise<{ ports: unknown[] }>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (c) => (stderr += c));
    child.stdout!.setEncoding('utf8');
    let buffered = '';
    child.stdout!.on('data', (chunk: string) => {
      buffered += chunk;
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        if (line.includes('"event":"listening"')) resolve(JSON.parse(line));
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`respond --as ${host} exited ${code}: ${stderr}`)),
    );
  });
  return { child, lines, listening };
}

if (!canUseNetns) console.warn(`Namespace probe tests skipped: ${netnsSupport.reason}`);

const statusesOf = (results: readonly ProbeResult[]) => [...new Set(results.map((r) => r.status))];

describe.skipIf(!canUseNetns)(
  `probes between real hosts in network namespaces${canUseNetns ? '' : ` (skipped: ${netnsSupport.reason})`}`,
  () => {
    let lab: Lab;
    let dir: string;
    let planFile: string;
    let plan: Plan;
    const responders: ChildProcess[] = [];
    let responderB: ChildProcess;

    beforeAll(async () => {
      CLI = await builtCli();
      lab = createLab();
      plan = labPlan(lab);
      dir = mkdtempSync(join(tmpdir(), 'oepp-netns-'));
      planFile = join(dir, 'lab.oeplan.json');
      writeFileSync(planFile, JSON.stringify(plan));
      const a = startResponderIn(lab, lab.a, planFile, 'oe2');
      const b = startResponderIn(lab, lab.b, planFile, 'oe3');
      responders.push(a.child, b.child);
      responderB = b.child;
      await Promise.all([a.listening, b.listening]);
    });

    afterAll(async () => {
      await Promise.all(responders.map(stopChild));
      lab?.destroy();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const at = (address: string, port: number, protocol: 'tcp' | 'udp'): ReachTarget => ({
      ruleId: `${address}:${port}/${protocol}`,
      address,
      port,
      protocol,
    });

    it('reports a port a firewall drops as blocked, and dropped UDP as open-or-filtered', async () => {
      const run = await probeReachability(
        [at(lab.aAddress, PORTS.dropTcp, 'tcp'), at(lab.aAddress, PORTS.dropUdp, 'udp')],
        { probeHost: 'oe1', timeoutMs: 1000 },
      );
      expect(run.results.map((r) => r.status)).toEqual(['blocked', 'open-or-filtered']);
      expect(run.results[0]?.detail).toMatch(/no answer within 1000 ms \(filtered/);
      expect(run.results[0]?.sourceAddress).toBe(lab.rootAddress);
    });

    it('tells a reset (reachable) from ICMP unreachable answers (unreachable)', async () => {
      const run = await probeReachability(
        [
          at(lab.aAddress, PORTS.resetTcp, 'tcp'),
          at(lab.aAddress, PORTS.prohibitedTcp, 'tcp'),
          at(lab.unreachableNet.replace('.0/24', '.9'), 9100, 'tcp'),
        ],
        { probeHost: 'oe1' },
      );
      expect(run.results.map((r) => r.status)).toEqual(['reachable', 'unreachable', 'unreachable']);
      expect(run.results[1]?.detail).toMatch(/EHOSTUNREACH/);
    });

    it('verifies every rule to responders, and reports NAT where the router masquerades', async () => {
      const rules = computeMatrix(plan).hostRules;
      const { targets } = reachTargets(rules, plan.project.name, 'oe1');
      const toNodes = targets.filter(
        (t) => t.address === lab.aAddress || t.address === lab.bAddress,
      );
      expect(toNodes.some((t) => t.protocol === 'udp')).toBe(true);
      const run = await probeReachability(toNodes, {
        probeHost: 'oe1',
        localAddress: lab.rootAddress,
      });
      const direct = run.results.filter((r) => r.remoteAddress === lab.aAddress);
      const natted = run.results.filter((r) => r.remoteAddress === lab.bAddress);
      expect(statusesOf(direct)).toEqual(['verified']);
      expect(direct.every((r) => !r.nat && r.seenSourceAddress === lab.rootAddress)).toBe(true);
      expect(statusesOf(natted)).toEqual(['verified']);
      for (const r of natted) {
        expect(r).toMatchObject({
          nat: true,
          sourceAddress: lab.rootAddress,
          seenSourceAddress: lab.routerAddress,
        });
        expect(r.detail).toContain(
          `NAT: the responder saw ${lab.routerAddress}, this machine sent from ${lab.rootAddress}`,
        );
      }
    });

    it('probe reach on another host: verified, reachable, unreachable, unresolved and untested, as JSON in a file', async () => {
      const out = join(dir, 'from-oe3.json');
      const { code, stderr } = await cliIn(lab, lab.b, [
        'probe',
        'reach',
        '--plan',
        planFile,
        '--as',
        'oe3',
        '--format',
        'json',
        '--out',
        out,
      ]);
      expect(stderr).not.toMatch(/failed unexpectedly/);
      expect(code).toBe(0);
      const report = ProbeReport.parse(JSON.parse(readFileSync(out, 'utf8')));
      expect(report).toMatchObject({
        planName: 'Namespace lab',
        probeHost: 'oe3',
        settings: { timeoutMs: 1000 },
      });
      const rules = computeMatrix(plan).hostRules.filter((r) => r.sourceKey === 'host:oe3');
      expect(report.results.map((r) => r.ruleId).sort()).toEqual(rules.map((r) => r.id).sort());
      const to = (name: string) => report.results.filter((r) => r.ruleId.includes(`>${name}`));
      expect(statusesOf(to('host:oe2'))).toEqual(['verified']);
      expect(
        statusesOf(to('host:oe1')).every(
          (s) => s === 'reachable' || s === 'open' || s === 'verified',
        ),
      ).toBe(true);
      expect(statusesOf(to('host:idp'))).toEqual(['unresolved']);
      expect(to('host:idp')[0]?.detail).toMatch(/idp\.oepp-lab\.invalid did not resolve/);
      const printers = to('printers:');
      expect(
        printers.find((r) => r.ruleId.endsWith(`${lab.unreachableNet}:9100/tcp`))?.status,
      ).toBe('untested');
      expect(
        printers.find((r) => r.ruleId.includes(`${lab.unreachableNet.replace('.0/24', '.5')}:`))
          ?.status,
      ).toBe('unreachable');
      const sent = report.results.filter(
        (r) => r.status !== 'untested' && r.status !== 'unresolved',
      );
      expect(new Set(sent.map((r) => r.sourceAddress))).toEqual(new Set([lab.bAddress]));
    });

    it('the responder binds exactly the planned ports of its host', () => {
      const rules = computeMatrix(plan).hostRules;
      const planned = (protocol: 'tcp' | 'udp') =>
        listenPorts(rules, 'oe2')
          .filter((p) => p.protocol === protocol)
          .map((p) => p.port)
          .sort((x, y) => x - y);
      const bound = (flag: string) =>
        [...lab.exec(lab.a, ['ss', '-Hn', flag]).matchAll(/\S+:(\d+)\s+\S+:\*/g)]
          .map((m) => Number(m[1]))
          .sort((x, y) => x - y);
      expect(bound('-lt')).toEqual(planned('tcp'));
      expect(bound('-lu')).toEqual(planned('udp'));
    });

    it('respond refuses to start on a port in use and names the process holding it', async () => {
      // In B, oe3's responder already holds every OE node port.
      const { code, stderr } = await cliIn(lab, lab.b, [
        'respond',
        '--plan',
        planFile,
        '--as',
        'oe2',
      ]);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^the responder did not start: 53,1898,.*,27017\/tcp, 53,8301-8302\/udp are in use by node \(PID \d+\)/m,
      );
      expect(stderr).toContain(`in use by node (PID ${responderB.pid}) on ${lab.bAddress}`);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  },
);
