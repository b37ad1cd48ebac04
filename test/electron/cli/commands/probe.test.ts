import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../../shared/matrix';
import { validatePlan } from '../../../../shared/plan';
import { LocalPortReport, ProbeReport } from '../../../../shared/probes/model';
import { cli } from '../../../support/cli';
import { loopbackCluster } from '../../../support/plans';

// Three OE nodes on loopback addresses: every probe stays on this machine.
const LOOPBACK_PLAN = loopbackCluster('Loopback lab', 11);
const { hostRules } = computeMatrix(validatePlan(LOOPBACK_PLAN).plan!);

let dir: string;
let plan: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oepp-cli-'));
  plan = join(dir, 'loopback.oeplan.json');
  writeFileSync(plan, JSON.stringify(LOOPBACK_PLAN));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('probe and respond on the command line', () => {
  it('refuses a host that is not in the plan, listing the hosts (exit 2)', async () => {
    const { code, stderr } = await cli(['probe', 'reach', '--plan', plan, '--as', 'oe9']);
    expect(code).toBe(2);
    expect(stderr).toContain('--as: "oe9" is not a host of');
    expect(stderr).toContain('Its hosts: oe1, oe2, oe3. Fix: use one of them.');
  });

  it('refuses bad numbers, naming the option and the allowed range (exit 2)', async () => {
    const results = await Promise.all([
      cli(['probe', 'reach', '--plan', plan, '--as', 'oe1', '--concurrency', 'many']),
      cli(['respond', '--plan', plan, '--as', 'oe2', '--ttl', '0']),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2]);
    expect(results[0]!.stderr).toContain(
      "option '--concurrency <n>' argument 'many' is invalid. Fix: write a whole number from 1 to 4096.",
    );
    expect(results[1]!.stderr).toContain("option '--ttl <minutes>' argument '0' is invalid.");
  });

  const probe = (kind: 'local' | 'reach', ...more: string[]) =>
    cli(['probe', kind, '--plan', plan, '--as', 'oe1', ...more]);

  it('probe local writes its own JSON report: every planned port of the host, bind-tested on its address', async () => {
    const { code, stdout } = await probe('local', '--format', 'json');
    expect(code).toBe(0);
    const report = LocalPortReport.parse(JSON.parse(stdout));
    expect(report).toMatchObject({
      planName: 'Loopback lab',
      probeHost: 'oe1',
      platform: process.platform,
    });
    const planned = new Set(
      hostRules.filter((r) => r.destinationName === 'oe1').map((r) => `${r.port}/${r.protocol}`),
    );
    expect(report.results.length).toBeGreaterThan(30);
    expect(report.results).toHaveLength(planned.size);
    expect(new Set(report.results.map((r) => r.address))).toEqual(new Set(['127.0.0.11']));
    expect(report.results.find((r) => r.port === 27017)?.services).toEqual(['MongoDB']);
  });

  it('probe reach writes a ProbeReport atomically to --out, leaving from the planned address', async () => {
    const out = join(dir, 'reach.json');
    const { code } = await probe('reach', '--format', 'json', '--out', out);
    expect(code).toBe(0);
    const report = ProbeReport.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.results.length).toBeGreaterThan(60);
    // One result for every host rule from oe1.
    expect(report.results).toHaveLength(hostRules.filter((r) => r.sourceName === 'oe1').length);
    for (const r of report.results) {
      expect(r.probeHost).toBe('oe1');
      expect(r.sourceAddress).toBe('127.0.0.11');
      expect(['reachable', 'open']).toContain(r.status); // nothing of ours listens there
    }
    expect(report.settings).toEqual({ timeoutMs: 1000, concurrency: 64, ratePerSecond: 1000 });
  });

  it('probe reach prints a readable table with a summary', async () => {
    const { code, stdout } = await probe('reach', '--timeout', '500');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Host rules from oe1 \(plan "Loopback lab"\), probed from 127\.0\.0\.11:/,
    );
    expect(stdout).toMatch(/^Status\s+To\s+Port\s+Service\s+Detail$/m);
    expect(stdout).toMatch(/^reachable\s+oe2 \(127\.0\.0\.12\)\s+27017\/tcp\s+MongoDB\s+refused/m);
    expect(stdout).toMatch(/\n\d+ rules: .*\d+ reachable.*\.\n$/);
  });
});
