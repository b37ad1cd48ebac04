import { createSocket } from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { UnknownPlanHost } from '../../../../electron/services/probes/plan-probes';
import {
  createProbeJobs,
  type ProbeJobView,
} from '../../../../electron/services/probes/probe-jobs';
import { validatePlan, type Plan } from '../../../../shared/plan';
import type { ProbeResult } from '../../../../shared/probes/model';
import { loopbackCluster } from '../../../support/plans';

// Three OE nodes on loopback addresses: every probe stays on this machine.
const { plan } = validatePlan(loopbackCluster('Jobs lab', 21)) as { plan: Plan };

const jobs = createProbeJobs();
afterAll(() => jobs.stopAll());

/** Poll the way a UI would: only what is new each time, until the job has ended. */
async function follow(
  id: string,
): Promise<{ last: ProbeJobView; items: unknown[]; polls: number }> {
  const items: unknown[] = [];
  let since = 0;
  for (let polls = 1; ; polls++) {
    const view = jobs.view(id, since)!;
    items.push(...view.results, ...view.events);
    since = view.next;
    if (view.state !== 'running') return { last: view, items, polls };
    await sleep(20);
  }
}

describe('probe jobs: start, follow, cancel, results to store', () => {
  it('refuses a host that is not in the plan before anything runs', () => {
    expect(() => jobs.startReach(plan, 'oe9')).toThrow(UnknownPlanHost);
  });

  it('a reach job delivers every result once through the cursor, then the whole report', async () => {
    const started = jobs.startReach(plan, 'OE1');
    expect(started).toMatchObject({ kind: 'reach', probeHost: 'oe1', state: 'running' });
    const { last, items } = await follow(started.id);
    expect(last.state).toBe('done');
    const report = last.report as { results: ProbeResult[] };
    expect(items).toHaveLength(report.results.length);
    expect(new Set(items)).toEqual(new Set(report.results));
    expect(last.progress.done).toBe(last.progress.total);
    expect(
      report.results.every((r) => r.probeHost === 'oe1' && r.sourceAddress === '127.0.0.21'),
    ).toBe(true);
  });

  it('a local job reports each planned port with counts by status', async () => {
    const { last, items } = await follow(jobs.startLocal(plan, 'oe1').id);
    expect(last.state).toBe('done');
    expect(items.length).toBe(last.progress.total);
    expect(Object.values(last.progress.counts).reduce((a, b) => a + b, 0)).toBe(items.length);
  });

  it('cancel stops a reach job and keeps what was finished', async () => {
    // A silent UDP socket on a planned port of oe3: that one probe waits for its whole timeout.
    const silent = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(8301, '127.0.0.23', resolve));
    try {
      const started = jobs.startReach(plan, 'oe1', { timeoutMs: 60_000 });
      let view = jobs.view(started.id)!;
      while (view.progress.total === 0 || view.progress.done < view.progress.total - 1) {
        await sleep(20);
        view = jobs.view(started.id)!;
      }
      const cancelled = (await jobs.cancel(started.id))!;
      expect(cancelled.state).toBe('cancelled');
      expect(cancelled.results).toHaveLength(view.progress.total - 1);
      expect(cancelled.results.map((r) => (r as ProbeResult).ruleId)).not.toContain(
        'host:oe1>host:oe3:8301/udp',
      );
      expect(cancelled.report).toMatchObject({ cancelled: true });
    } finally {
      silent.close();
    }
  });

  it('a responder job shows the probes it answers, and cancel closes it', async () => {
    const responder = await jobs.startResponder(plan, 'oe2', { ttlMs: 60_000 });
    expect(responder.responder).toMatchObject({ address: '127.0.0.22' });
    const reach = await follow(jobs.startReach(plan, 'oe1').id);
    const toOe2 = (reach.last.report as { results: ProbeResult[] }).results.filter((r) =>
      r.ruleId.includes('>host:oe2:'),
    );
    expect(new Set(toOe2.map((r) => r.status))).toEqual(new Set(['verified']));
    const answered = jobs.view(responder.id)!;
    expect(answered.events.length).toBe(toOe2.length);
    expect(answered.progress.done).toBe(toOe2.length);
    const stopped = await jobs.cancel(responder.id);
    expect(stopped?.state).toBe('cancelled');
    expect(jobs.list().map((j) => j.state)).not.toContain('running');
  });
});
