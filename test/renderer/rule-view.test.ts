import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../shared/matrix';
import type { RuleQuery, RuleRow } from '../../renderer/matrix/protocol';
import { RuleViews } from '../../renderer/matrix/rule-view';
import { FIRST_QUERY } from '../../renderer/review/rule-window';
import { examplePlan } from '../support/examples';

const matrix = computeMatrix(examplePlan('cluster-3-islands'));
const views = new RuleViews(matrix);
const query = (change: Partial<RuleQuery> = {}): RuleQuery => ({
  ...FIRST_QUERY,
  level: 'hosts',
  ...change,
});
const rules = (rows: unknown[]) => rows.filter((r): r is RuleRow => (r as RuleRow).kind === 'rule');

describe('the rule table views', () => {
  it('answers only the rows asked for, with the total', () => {
    const reply = views.rows(query(), 10, 20);
    expect(reply.total).toBe(matrix.hostRules.length);
    expect(reply.rows).toHaveLength(10);
    expect(rules(reply.rows)[0]!.id).toBe(matrix.hostRules[10]!.id);
  });

  it('searches every word in host, address, port and service', () => {
    const reply = views.rows(query({ search: '2119/tcp lej-island' }), 0, 100);
    expect(reply.matched).toBe(3);
    for (const row of rules(reply.rows)) {
      expect(row.ports).toBe('2119');
      expect(row.sources[0]!.name).toBe('lej-island');
    }
  });

  it('finds rules by the words the table shows, in English and in German', () => {
    const english = views.rows(query({ search: 'island checkouts fetch jobs' }), 0, 1000);
    const german = views.rows(query({ search: 'Insel-Checkouts holen Aufträge' }), 0, 1000);
    expect(german.matched).toBeGreaterThan(0);
    expect(german.matched).toBe(english.matched);
  });

  it('filters by zone pair and evidence', () => {
    const reply = views.rows(query({ zonePair: 'islands>oe-nodes' }), 0, 100);
    expect(reply.matched).toBe(6);
    const inferred = views.rows(query({ evidence: 'inferred' }), 0, 1000);
    expect(rules(inferred.rows).every((r) => r.evidence === 'inferred')).toBe(true);
    expect(reply.zonePairs.map((p) => p.key)).toContain('clients>oe-nodes');
  });

  it('sorts by port either way', () => {
    const up = rules(views.rows(query({ sort: 'port' }), 0, 5000).rows).map((r) => Number(r.ports));
    const down = rules(views.rows(query({ sort: 'port', descending: true }), 0, 5000).rows).map(
      (r) => Number(r.ports),
    );
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(down).toEqual([...up].reverse());
  });

  it('sorts by evidence and by id alike at both levels', () => {
    const order = ['seed', 'docs', 'inferred'];
    for (const level of ['firewall', 'hosts'] as const) {
      const size = level === 'firewall' ? matrix.firewallRules.length : matrix.hostRules.length;
      const byEvidence = rules(views.rows(query({ level, sort: 'evidence' }), 0, size).rows);
      const ranks = byEvidence.map((r) => order.indexOf(r.evidence));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const byId = rules(views.rows(query({ level, descending: true }), 0, size).rows);
      const ids = (level === 'firewall' ? matrix.firewallRules : matrix.hostRules).map((r) => r.id);
      expect(byId.map((r) => r.id)).toEqual(ids.reverse());
    }
  });

  it('groups by zone pair with a heading row per pair', () => {
    const reply = views.rows(query({ groupByZonePair: true, level: 'firewall' }), 0, 1000);
    const headings = reply.rows.filter((r) => r.kind === 'group');
    expect(headings.length).toBe(reply.zonePairs.length);
    expect(reply.total).toBe(reply.matched + headings.length);
    expect(reply.rows[0]!.kind).toBe('group');
  });
});

describe('probe status in the review', () => {
  const [first, second] = matrix.hostRules;
  const probe = (status: 'verified' | 'blocked', probedAt: string) => ({
    status,
    detail: '',
    probedAt,
    probeHost: first!.sourceName,
  });
  const probed = new RuleViews(
    matrix,
    new Map([
      [first!.id, probe('verified', '2026-03-01T09:00:00.000Z')],
      [second!.id, probe('blocked', '2026-03-01T10:00:00.000Z')],
      ['host:gone>host:oe1:1/tcp', probe('verified', '2026-03-01T11:00:00.000Z')],
    ]),
  );

  it('shows each host rule’s latest status and filters by it; a rule never probed is untested', () => {
    const verified = probed.rows(query({ probe: 'verified' }), 0, 10);
    expect(rules(verified.rows).map((r) => [r.id, r.probe?.status])).toEqual([
      [first!.id, 'verified'],
    ]);
    const untested = probed.rows(query({ probe: 'untested' }), 0, 10);
    expect(untested.matched).toBe(matrix.hostRules.length - 2);
    expect(rules(untested.rows).every((r) => r.probe === undefined)).toBe(true);
  });

  it('counts host rules by status and the results the plan no longer has a rule for', () => {
    const { counts, latest, stale } = probed.probeCounts();
    expect(counts).toMatchObject({
      verified: 1,
      blocked: 1,
      untested: matrix.hostRules.length - 2,
    });
    expect(latest).toBe('2026-03-01T10:00:00.000Z');
    expect(stale).toBe(1);
  });

  it('follows new results, and describes host rules by id for the Probes step', () => {
    const views = new RuleViews(matrix);
    expect(views.rows(query({ probe: 'blocked' }), 0, 10).matched).toBe(0);
    views.setProbes(new Map([[second!.id, probe('blocked', '2026-03-01T10:00:00.000Z')]]));
    expect(views.rows(query({ probe: 'blocked' }), 0, 10).matched).toBe(1);
    expect(views.describe([second!.id, 'host:gone>host:oe1:1/tcp']).map((r) => r.id)).toEqual([
      second!.id,
    ]);
  });
});
