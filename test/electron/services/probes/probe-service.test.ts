import { createSocket } from 'node:dgram';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiFailure,
  createClient,
  type Client,
  type Envelope,
} from '../../../../shared/api/contract';
import type { ProbeJob } from '../../../../shared/api/probe-channels';
import { TOKEN_HEADER } from '../../../../shared/api/transport';
import type { ProbeReport, ProbeResult } from '../../../../shared/probes/model';
import { startServer, type RunningServer } from '../../../../electron/services/http/server';
import { computeMatrix } from '../../../../shared/matrix';
import { validatePlan } from '../../../../shared/plan';
import { cli } from '../../../support/cli';
import { loopbackCluster } from '../../../support/plans';

// The Probes step's channels over browser mode's real HTTP server, real SQLite and real sockets:
// every planned host is a loopback address, so every probe stays on this machine.

const LAB = {
  ...loopbackCluster('Channels lab', 41),
  managementServer: { name: 'mgmt', address: '127.0.0.44' },
  // A host no rule names yet (monitoring is off): it is still a host this machine may be.
  externalSystems: [{ name: 'prom', kind: 'prometheus', address: '127.0.0.45' }],
};

let dir: string;
let server: RunningServer;
let client: Client;
let planId: string;

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: ApiFailure }> {
  try {
    return { value: await promise };
  } catch (e) {
    if (e instanceof ApiFailure) return { error: e };
    throw e;
  }
}

/** Poll the way the Probes step does: only what is new each time, until the job has ended. */
async function follow(first: ProbeJob): Promise<{ last: ProbeJob; results: ProbeResult[] }> {
  const results = [...(first.results as ProbeResult[])];
  let job = first;
  while (job.state === 'running') {
    await sleep(50);
    job = await client['probes.job']({ job: job.id, since: job.next });
    results.push(...(job.results as ProbeResult[]));
  }
  return { last: job, results };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oe-probe-channels-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Planner</title>');
  server = await startServer({ dataDir: join(dir, 'data'), staticDir, version: '1.0.0' });
  client = createClient(async (name, args) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      body: JSON.stringify(args ?? {}),
    });
    return (await response.json()) as Envelope<unknown>;
  });
  planId = (await client['plans.create']({ document: LAB })).id;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Probes step over browser mode', () => {
  it('offers every host of the plan, with what each would probe and listen on', async () => {
    const hosts = await client['probes.hosts']({ id: planId });
    expect(hosts.map((h) => h.name)).toEqual(['mgmt', 'oe1', 'oe2', 'oe3', 'prom']);
    const oe1 = hosts.find((h) => h.name === 'oe1')!;
    expect(oe1).toMatchObject({ address: '127.0.0.41', local: true });
    expect(oe1.outbound).toBeGreaterThan(60);
    expect(oe1.listens).toBeGreaterThan(30);
    // Counted from the plan's host rules: every rule from oe1, every port of a rule to it.
    const { hostRules } = computeMatrix(validatePlan(LAB).plan!);
    expect(oe1.outbound).toBe(hostRules.filter((r) => r.sourceName === 'oe1').length);
    expect(oe1.listens).toBe(
      new Set(
        hostRules.filter((r) => r.destinationName === 'oe1').map((r) => `${r.port}/${r.protocol}`),
      ).size,
    );
    expect(hosts.find((h) => h.name === 'prom')).toMatchObject({ outbound: 0, listens: 0 });
  });

  it('refuses a host that is not in the plan, naming its hosts', async () => {
    const { error } = await settle(
      client['probes.start']({ id: planId, kind: 'reach', host: 'oe9' }),
    );
    expect(error?.code).toBe('bad-request');
    expect(error?.message).toBe(
      '"oe9" is not a host of this plan. Its hosts: mgmt, oe1, oe2, oe3, prom. Fix: use one of them.',
    );
  });

  it('runs reachability to the end and stores every result with the plan, keyed by rule', async () => {
    const started = await client['probes.start']({ id: planId, kind: 'reach', host: 'OE1' });
    expect(started).toMatchObject({ kind: 'reach', probeHost: 'oe1', planId, state: 'running' });
    const { last, results } = await follow(started);
    expect(last.state).toBe('done');
    expect(last.progress.done).toBe(last.progress.total);
    const report = last.report as ProbeReport;
    expect(results.map((r) => r.ruleId).sort()).toEqual(report.results.map((r) => r.ruleId).sort());
    expect(last.stored).toBe(report.results.length);

    const stored = await client['probes.results']({ id: planId });
    expect(stored).toHaveLength(report.results.length);
    for (const r of stored) {
      expect(r.ruleId.startsWith('host:oe1>')).toBe(true);
      expect(r).toMatchObject({ probeHost: 'oe1', sourceAddress: '127.0.0.41' });
      // oe2 and oe3, and mgmt, where the vendor places the Elastic Stack and Keycloak in a cluster.
      expect(r.remoteAddress).toMatch(/^127\.0\.0\.4[234]$/);
      expect(['reachable', 'open']).toContain(r.status); // nothing of ours listens there
    }
  });

  it('cancels a run at once, keeps and stores what it finished', async () => {
    // A silent UDP socket on a planned port of oe3: that one probe waits for its whole timeout.
    const silent = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(8301, '127.0.0.43', resolve));
    try {
      let job = await client['probes.start']({
        id: planId,
        kind: 'reach',
        host: 'oe1',
        timeoutMs: 60_000,
      });
      while (job.progress.total === 0 || job.progress.done < job.progress.total - 1) {
        await sleep(50);
        job = await client['probes.job']({ job: job.id, since: job.next });
      }
      const second = await settle(
        client['probes.start']({ id: planId, kind: 'reach', host: 'oe2' }),
      );
      expect(second.error?.message).toMatch(
        /^a reachability run of this plan is already running \(as oe1\)\. Fix: wait for it, or cancel it first\.$/,
      );

      const cancelled = await client['probes.cancel']({ job: job.id });
      expect(cancelled.state).toBe('cancelled');
      expect(cancelled.stored).toBe(job.progress.total - 1);
      expect((cancelled.report as ProbeReport).cancelled).toBe(true);
      const latest = await client['probes.results']({ id: planId });
      expect(latest.map((r) => r.ruleId)).toContain('host:oe1>host:oe3:8301/udp'); // from the first run
      expect(
        latest.find((r) => r.ruleId === 'host:oe1>host:oe3:8301/udp')!.probedAt <
          cancelled.startedAt,
      ).toBe(true);
    } finally {
      silent.close();
    }
  });

  it('lists the plan’s jobs, so a reopened step finds them again', async () => {
    const jobs = await client['probes.jobs']({ id: planId });
    expect(jobs.map((j) => [j.kind, j.state])).toEqual([
      ['reach', 'done'],
      ['reach', 'cancelled'],
    ]);
    const { error } = await settle(client['probes.job']({ job: crypto.randomUUID(), since: 0 }));
    expect(error?.code).toBe('not-found');
  });

  it('refuses to probe a plan with errors, with its issues', async () => {
    const broken = await client['plans.create']({
      document: { ...LAB, nodes: [{ name: 'oe1', address: '127.0.0.999' }] },
    });
    const { error } = await settle(client['probes.hosts']({ id: broken.id }));
    expect(error?.code).toBe('invalid-plan');
    expect(error?.message).toMatch(/has 1 error, so its rules are not known yet/);
    expect(error?.issues?.[0]?.path).toBe('nodes[0].address');
  });
});

describe('importing a command-line report', () => {
  let reportFile: string;
  let reportText: string;
  /** The plan whose exported file was probed: the report carries its id. */
  let probedId: string;
  /** The report as if probed from another plan's file (its id instead). */
  const reportOf = (id: string) => JSON.stringify({ ...JSON.parse(reportText), planId: id });

  beforeAll(async () => {
    const planFile = join(dir, 'lab.oeplan.json');
    reportFile = join(dir, 'oe2-reach.json');
    const probed = await client['plans.create']({
      document: { ...LAB, project: { ...LAB.project, name: 'Channels lab reports' } },
    });
    probedId = probed.id;
    writeFileSync(planFile, (await client['plans.export']({ id: probedId })).content);
    const { code } = await cli([
      'probe',
      'reach',
      '--plan',
      planFile,
      '--as',
      'oe2',
      '--format',
      'json',
      '--out',
      reportFile,
    ]);
    expect(code).toBe(0);
    reportText = readFileSync(reportFile, 'utf8');
  });

  it('stores the results of the plan’s rules, and says so', async () => {
    const fresh = { id: probedId };
    const summary = await client['probes.import']({
      id: fresh.id,
      fileName: 'oe2-reach.json',
      content: reportText,
    });
    const report = JSON.parse(reportText) as ProbeReport;
    expect(report.planId).toBe(probedId);
    expect(summary).toMatchObject({
      imported: report.results.length,
      skipped: 0,
      probeHost: 'oe2',
      cancelled: false,
    });
    const stored = await client['probes.results']({ id: fresh.id });
    expect(stored.map((r) => r.ruleId).sort()).toEqual(report.results.map((r) => r.ruleId).sort());
  });

  it('leaves out results for rules the plan no longer has, naming one', async () => {
    // oe3 renamed: the rules to oe3 are gone; the rest of the report still holds.
    const changed = await client['plans.create']({
      document: {
        ...LAB,
        nodes: [...LAB.nodes.slice(0, 2), { name: 'oe4', address: '127.0.0.43' }],
      },
    });
    const summary = await client['probes.import']({
      id: changed.id,
      fileName: 'oe2-reach.json',
      content: reportOf(changed.id),
    });
    expect(summary.imported).toBeGreaterThan(0);
    expect(summary.skipped).toBeGreaterThan(0);
    expect(summary.firstSkipped).toMatch(/^host:oe2>host:oe3:/);
    const stored = await client['probes.results']({ id: changed.id });
    expect(stored).toHaveLength(summary.imported);
    expect(stored.some((r) => r.ruleId.includes('host:oe3'))).toBe(false);
  });

  it('refuses a report of another plan, or for none of its rules, and imports nothing', async () => {
    const other = await client['plans.create']({
      document: { ...LAB, project: { ...LAB.project, name: 'Another plan' } },
    });
    const wrongPlan = await settle(
      client['probes.import']({ id: other.id, fileName: 'oe2-reach.json', content: reportText }),
    );
    expect(wrongPlan.error?.message).toBe(
      'oe2-reach.json is a report of another plan (“Channels lab reports”), not of “Another plan”: the plan’s id in the report is not this plan’s. Import it into the plan it was probed for, or probe again with this plan’s file.',
    );
    // The same name is no match when the ids differ: the plan is matched by its id only.
    const sameName = await client['plans.create']({
      document: { ...LAB, project: { ...LAB.project, name: 'Channels lab reports' } },
    });
    expect(sameName.name).toBe('Channels lab reports (2)');
    await client['plans.rename']({ id: probedId, name: 'Channels lab reports, old' });
    await client['plans.rename']({ id: sameName.id, name: 'Channels lab reports' });
    expect(
      (
        await settle(
          client['probes.import']({
            id: sameName.id,
            fileName: 'oe2-reach.json',
            content: reportText,
          }),
        )
      ).error?.code,
    ).toBe('bad-request');
    // A report of an older planner has no id: then its plan's name must match.
    const legacy = JSON.parse(reportText) as Record<string, unknown>;
    delete legacy.planId;
    const legacyWrong = await settle(
      client['probes.import']({
        id: other.id,
        fileName: 'oe2-reach.json',
        content: JSON.stringify(legacy),
      }),
    );
    expect(legacyWrong.error?.message).toBe(
      'oe2-reach.json was written for the plan "Channels lab reports", and this plan is "Another plan": nothing was imported. Fix: import it into the plan "Channels lab reports", or probe again with this plan’s file.',
    );
    const renamedHosts = await client['plans.create']({
      document: {
        ...LAB,
        nodes: LAB.nodes.map((n) => ({ ...n, name: `${n.name}x` })),
      },
    });
    const noRules = await settle(
      client['probes.import']({
        id: renamedHosts.id,
        fileName: 'oe2-reach.json',
        content: reportOf(renamedHosts.id),
      }),
    );
    expect(noRules.error?.message).toMatch(
      /^none of the \d+ results in oe2-reach\.json names a rule of this plan \(the first names host:oe2>/,
    );
    for (const id of [other.id, renamedHosts.id]) {
      expect(await client['probes.results']({ id })).toEqual([]);
    }
  });

  it('says what is wrong with a file that is not a reachability report, field by field', async () => {
    const attempt = (fileName: string, content: string) =>
      settle(client['probes.import']({ id: planId, fileName, content })).then(
        (r) => r.error?.message,
      );
    expect(await attempt('notes.json', '{\n  "kind": oe\n}')).toMatch(
      /^notes\.json is not valid JSON\b[^]*Fix: import the JSON file that `probe reach --format json --out FILE` wrote, unedited\.$/,
    );
    expect(
      await attempt('oe1-local.json', JSON.stringify({ kind: 'oe-port-planner/local-port-check' })),
    ).toMatch(/^oe1-local\.json is a local port check \(probe local\)/);
    const damaged = JSON.parse(reportText) as ProbeReport;
    (damaged.results[0] as { status: string }).status = 'maybe';
    expect(await attempt('oe2-reach.json', JSON.stringify(damaged))).toMatch(
      /^oe2-reach\.json: results\[0\]\.status Invalid option: expected one of "verified"\|.*Fix: import the JSON file/,
    );
  });
});
