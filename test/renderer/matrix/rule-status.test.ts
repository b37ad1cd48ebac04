import { describe, expect, it } from 'vitest';
import { compareStatuses } from '../../../shared/compare';
import { computeMatrix, firewallStatusKey } from '../../../shared/matrix';
import type { RuleQuery, RuleRow } from '../../../renderer/matrix/protocol';
import { RuleViews } from '../../../renderer/matrix/rule-view';
import { FIRST_QUERY } from '../../../renderer/review/rule-window';
import { examplePlan } from '../../support/examples';

// The change status in the review and the comparison: what the network team answered, per rule.

const before = examplePlan('cluster-3-islands');
const matrix = computeMatrix(before);
const [first, second] = matrix.firewallRules as [
  (typeof matrix.firewallRules)[number],
  (typeof matrix.firewallRules)[number],
];
const entry = (status: 'approved' | 'rejected') => ({
  status,
  by: 'N. Etz',
  at: '2026-12-04',
  reason: '',
});
const after = examplePlan('cluster-3-islands', (d) => {
  d.statuses = {
    [firewallStatusKey(first.key)]: entry('approved'),
    [second.hostRuleIds[0]!]: entry('rejected'),
  };
});

const rules = (rows: unknown[]) => rows.filter((r): r is RuleRow => (r as RuleRow).kind === 'rule');
const query = (change: Partial<RuleQuery>): RuleQuery => ({ ...FIRST_QUERY, ...change });

describe('the review’s change status', () => {
  const views = new RuleViews(matrix, new Map(), after.statuses);

  it('shows a firewall rule’s status, and its host rules take it', () => {
    const approved = rules(views.rows(query({ status: 'approved' }), 0, 100).rows);
    expect(approved.map((r) => r.id)).toEqual([first.id]);
    expect(approved[0]!.status).toBe('approved');
    const hosts = rules(views.rows(query({ level: 'hosts', status: 'approved' }), 0, 1000).rows);
    expect(hosts.map((r) => r.id).sort()).toEqual([...first.hostRuleIds].sort());
  });

  it('filters the rules without a status, and a firewall rule open while one host rule has none', () => {
    const none = views.rows(query({ status: 'none' }), 0, 1000);
    // The second rule has a rejected host rule but its others have no status yet: it has none.
    expect(none.matched).toBe(matrix.firewallRules.length - 1);
    const rejected = rules(views.rows(query({ level: 'hosts', status: 'rejected' }), 0, 1000).rows);
    expect(rejected.map((r) => r.id)).toEqual([second.hostRuleIds[0]]);
  });
});

describe('the comparison’s status changes', () => {
  it('lists the rules of both revisions whose status differs', () => {
    const one = { plan: before, matrix };
    const two = { plan: after, matrix: computeMatrix(after) };
    expect(compareStatuses(one, two, 'firewall')).toEqual([
      { ruleId: first.id, after: 'approved' },
      ...(second.hostRuleIds.length === 1 ? [{ ruleId: second.id, after: 'rejected' }] : []),
    ]);
    const hostChanges = compareStatuses(one, two, 'hosts');
    expect(hostChanges).toContainEqual({ ruleId: second.hostRuleIds[0], after: 'rejected' });
    expect(hostChanges).toHaveLength(first.hostRuleIds.length + 1);
    expect(compareStatuses(two, one, 'firewall')[0]).toEqual({
      ruleId: first.id,
      before: 'approved',
    });
  });
});
