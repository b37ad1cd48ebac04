import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WorkerClient, type MessageEnd } from '../../../renderer/lib/worker-client';
import type { FromWorker, MatrixRequests, RuleRow } from '../../../renderer/matrix/protocol';
import { FIRST_QUERY } from '../../../renderer/review/rule-window';
import { computeMatrix } from '../../../shared/matrix';
import { exampleDocument, examplePlan } from '../../support/examples';

// The review's coverage comes from the matrix worker: a summary with the probe counts, and each
// shown rule's sources with its rows. Several hosts' results for one rule all count.

const channel = new MessageChannel();
const news: FromWorker[] = [];
let client: WorkerClient<MatrixRequests, FromWorker>;

beforeAll(async () => {
  vi.stubGlobal('self', channel.port2);
  await import('../../../renderer/matrix/matrix.worker');
  client = new WorkerClient(channel.port1 as unknown as MessageEnd, (n) => news.push(n));
});
afterAll(() => {
  client.dispose();
  channel.port1.close();
  channel.port2.close();
  vi.unstubAllGlobals();
});

const latestCounts = () =>
  vi.waitFor(() => {
    const found = news.findLast((n) => n.kind === 'probe-counts');
    if (!found) throw new Error('no probe counts yet');
    return found as Extract<FromWorker, { kind: 'probe-counts' }>;
  });

describe('the matrix worker: probe coverage', () => {
  const plan = examplePlan('cluster-3-islands');
  const matrix = computeMatrix(plan);

  it('sums up coverage by firewall rule and shows each rule’s sources with its row', async () => {
    await client.request('check', {
      generation: 1,
      planText: JSON.stringify(exampleDocument('cluster-3-islands')),
    });
    const before = await latestCounts();
    expect(before.probes.coverage?.firewall).toMatchObject({
      total: matrix.firewallRules.length,
      notRun: matrix.firewallRules.length,
    });

    // The first firewall rule with two host sources: one proved it, the other found it blocked.
    const byId = new Map(matrix.hostRules.map((r) => [r.id, r]));
    const rule = matrix.firewallRules.find(
      (r) =>
        new Set(r.hostRuleIds.map((id) => byId.get(id)!.sourceKey)).size >= 2 &&
        r.hostRuleIds.every((id) => byId.get(id)!.sourceKey.startsWith('host:')),
    )!;
    const hostRules = rule.hostRuleIds.map((id) => byId.get(id)!);
    const [first] = hostRules;
    const results = hostRules.map((h, i) => ({
      ruleId: h.id,
      status: h.sourceKey === first!.sourceKey ? ('verified' as const) : ('blocked' as const),
      detail: '',
      probedAt: new Date(Date.UTC(2026, 11, 5, 10, i)).toISOString(),
      probeHost: h.sourceName,
    }));
    news.length = 0;
    client.tell({ kind: 'probes', results });
    const after = await latestCounts();
    expect(after.probes.coverage?.firewall).toMatchObject({
      total: matrix.firewallRules.length,
      blocked: 1,
      notRun: matrix.firewallRules.length - 1,
    });

    const reply = await client.request('rows', {
      query: { ...FIRST_QUERY, level: 'firewall', search: rule.id },
      start: 0,
      end: 50,
    });
    const row = reply.rows.find((r): r is RuleRow => r.kind === 'rule' && r.id === rule.id)!;
    expect(row.coverage?.state).toBe('blocked');
    expect(row.coverage?.sources.find((s) => s.name === first!.sourceName)?.state).toBe('verified');
    expect(row.coverage?.sources.some((s) => s.state === 'blocked')).toBe(true);
  });
});
