import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Superseded, WorkerClient, type MessageEnd } from '../../../renderer/lib/worker-client';
import type {
  FromWorker,
  MatrixRequests,
  RuleQuery,
  ToWorker,
} from '../../../renderer/matrix/protocol';
import { FIRST_QUERY } from '../../../renderer/review/rule-window';
import { computeMatrix } from '../../../shared/matrix';
import { presalesSummary } from '../../../shared/summary';
import { exampleDocument, examplePlan } from '../../support/examples';

// The matrix worker's module, run in process behind a real MessageChannel: the window's side talks
// to it exactly as it does to the Worker in the app.

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

const summaryOf = (generation: number) =>
  vi.waitFor(() => {
    const found = news.find((n) => n.kind === 'summary' && n.generation === generation);
    if (!found) throw new Error(`no summary of generation ${generation} yet`);
    return found as Extract<FromWorker, { kind: 'summary' }>;
  });

const hostsQuery: RuleQuery = { ...FIRST_QUERY, level: 'hosts' };

describe('the matrix worker', () => {
  const plan = examplePlan('cluster-3-islands');
  const matrix = computeMatrix(plan);
  const planText = JSON.stringify(exampleDocument('cluster-3-islands'));

  it('answers a plan with its issues and the plan as the schema reads it, then its matrix', async () => {
    const checked = await client.request('check', { generation: 1, planText });
    expect(checked.generation).toBe(1);
    expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(checked.plan).toEqual(plan);
    const { summary } = await summaryOf(1);
    expect(summary).toMatchObject({
      generation: 1,
      flows: matrix.flows.length,
      hostRules: matrix.hostRules.length,
      firewallRules: matrix.firewallRules.length,
    });
  });

  it('answers rows, rule descriptions and the pre-sales summary of the latest matrix', async () => {
    const rows = await client.request('rows', { query: hostsQuery, start: 5, end: 15 });
    expect(rows).toMatchObject({ generation: 1, start: 5, total: matrix.hostRules.length });
    expect(rows.rows.map((r) => (r.kind === 'rule' ? r.id : r.zonePair))).toEqual(
      matrix.hostRules.slice(5, 15).map((r) => r.id),
    );
    const ids = matrix.hostRules.slice(0, 3).map((r) => r.id);
    const described = await client.request('describe', { ids });
    expect(described.map((r) => r.id)).toEqual(ids);
    const presales = await client.request('presales', { addNodes: 0 });
    expect(presales.summary).toEqual(presalesSummary(plan, matrix));
    expect(presales.whatIf).toBeNull();
  });

  it('answers only the latest of plans sent in a row; a plan with errors gets no matrix', async () => {
    const broken = exampleDocument('cluster-3-islands');
    broken.nodes = [];
    const first = client.request('check', { generation: 2, planText }, { supersede: 'check' });
    const second = client.request(
      'check',
      { generation: 3, planText: JSON.stringify(broken) },
      { supersede: 'check' },
    );
    await expect(first).rejects.toBeInstanceOf(Superseded);
    const checked = await second;
    expect(checked.generation).toBe(3);
    expect(checked.issues.some((i) => i.severity === 'error')).toBe(true);
    expect((await summaryOf(3)).summary).toBeNull();
    // The superseded plan was never computed: no news of it at all.
    expect(news.filter((n) => n.generation === 2)).toEqual([]);
    const rows = await client.request('rows', { query: hostsQuery, start: 0, end: 10 });
    expect(rows).toMatchObject({ total: 0, rows: [] });
  });

  it('computes feature previews only while they are wanted, for the latest matrix', async () => {
    await client.request('check', { generation: 4, planText });
    await summaryOf(4);
    client.tell({ kind: 'previews', wanted: true } satisfies ToWorker);
    const preview = await vi.waitFor(() => {
      const found = news.find((n) => n.kind === 'preview' && n.generation === 4);
      if (!found) throw new Error('no preview yet');
      return found as Extract<FromWorker, { kind: 'preview' }>;
    });
    expect(preview.preview.turnsOn).toBe(!plan.features.includes(preview.preview.feature));
    client.tell({ kind: 'previews', wanted: false } satisfies ToWorker);
  });
});
