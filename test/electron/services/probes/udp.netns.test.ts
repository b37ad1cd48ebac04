import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeReachability } from '../../../../electron/services/probes/reachability';
import { computeMatrix } from '../../../../shared/matrix';
import { validatePlan, type Plan } from '../../../../shared/plan';
import { Coverage } from '../../../../shared/probes/coverage';
import { reachTargets, type ReachTarget } from '../../../../shared/probes/scope';
import { builtCli } from '../../../support/cli';
import { canUseNetns, createLab, netnsSupport, type Lab } from './netns';
import { stopChild } from './sockets';

// Consul's UDP paths between OE nodes (53, 8301, 8302) are proven only by the responder's answer:
// silence, even where a firewall drops the datagrams, never counts as verified.

function clusterOf(lab: Lab): Plan {
  const { plan, issues } = validatePlan({
    schemaVersion: 1,
    project: { name: 'UDP lab', productVersion: '7.2.0', os: 'linux' },
    installation: 'cluster',
    nodes: [
      { name: 'oe1', address: lab.rootAddress },
      { name: 'oe2', address: lab.aAddress },
      { name: 'oe3', address: lab.bAddress },
    ],
  });
  if (!plan) throw new Error(JSON.stringify(issues));
  return plan;
}

/** `respond --as oe2` inside namespace A, once it says it listens. */
async function responderIn(lab: Lab, planFile: string): Promise<ChildProcess> {
  const cli = await builtCli();
  const child = lab.spawnIn(lab.a, process.execPath, [
    cli,
    'respond',
    '--plan',
    planFile,
    '--as',
    'oe2',
    '--ttl',
    '10',
    '--format',
    'json',
  ]);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('"event":"listening"')) resolve();
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => reject(new Error(`respond exited ${code}: ${err}`)));
  });
  return child;
}

if (!canUseNetns) console.warn(`UDP namespace tests skipped: ${netnsSupport.reason}`);

describe.skipIf(!canUseNetns)(
  `UDP paths proven by the responder${canUseNetns ? '' : ` (skipped: ${netnsSupport.reason})`}`,
  () => {
    let lab: Lab;
    let dir: string;
    let plan: Plan;
    let responder: ChildProcess | undefined;
    let udpToOe2: ReachTarget[];

    beforeAll(async () => {
      lab = createLab();
      plan = clusterOf(lab);
      dir = mkdtempSync(join(tmpdir(), 'oepp-udp-'));
      const planFile = join(dir, 'udp.oeplan.json');
      writeFileSync(planFile, JSON.stringify(plan));
      const { targets } = reachTargets(computeMatrix(plan).hostRules, plan.project.name, 'oe1');
      udpToOe2 = targets.filter((t) => t.protocol === 'udp' && t.address === lab.aAddress);
      responder = await responderIn(lab, planFile);
    });

    afterAll(async () => {
      await stopChild(responder);
      lab?.destroy();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const probe = () =>
      probeReachability(udpToOe2, {
        probeHost: 'oe1',
        localAddress: lab.rootAddress,
        timeoutMs: 1000,
      });
    const byPort = (results: Awaited<ReturnType<typeof probe>>['results']) =>
      Object.fromEntries(
        results.map((r) => [udpToOe2.find((t) => t.ruleId === r.ruleId)!.port, r.status]),
      );

    it('the responder’s answer verifies 53, 8301 and 8302/udp', async () => {
      expect(udpToOe2.map((t) => t.port).sort((a, b) => a - b)).toEqual([53, 8301, 8302]);
      const run = await probe();
      expect(byPort(run.results)).toEqual({ 53: 'verified', 8301: 'verified', 8302: 'verified' });
      expect(run.results[0]?.detail).toMatch(/^our responder on oe2 answered$/);
    });

    it('a firewall that drops 8301/udp leaves it unconfirmed, never verified, in the coverage too', async () => {
      lab.exec(lab.a, [
        'nft',
        'add',
        'rule',
        'inet',
        'lab',
        'input',
        'udp',
        'dport',
        '8301',
        'drop',
      ]);
      const run = await probe();
      expect(byPort(run.results)).toEqual({
        53: 'verified',
        8301: 'open-or-filtered',
        8302: 'verified',
      });
      const dropped = run.results.find((r) => r.ruleId.endsWith(':8301/udp'))!;
      expect(dropped.detail).toMatch(/cannot tell an open port from a filtered one/);
      const rules = computeMatrix(plan).hostRules;
      const coverage = new Coverage(run.results);
      const states = Object.fromEntries(
        rules
          .filter((r) => udpToOe2.some((t) => t.ruleId === r.id))
          .map((r) => [r.port, coverage.ofHostRule(r).state]),
      );
      expect(states).toEqual({ 53: 'verified', 8301: 'unconfirmed', 8302: 'verified' });
    });

    it('without the responder no UDP path is verified', async () => {
      await stopChild(responder);
      responder = undefined;
      const run = await probe();
      expect(run.results.every((r) => r.status !== 'verified')).toBe(true);
      // 53 and 8302 answer ICMP port unreachable (nothing listens); 8301 is still dropped.
      expect(byPort(run.results)).toEqual({
        53: 'reachable',
        8301: 'open-or-filtered',
        8302: 'reachable',
      });
    });
  },
);
