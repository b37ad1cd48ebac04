import { describe, expect, it } from 'vitest';
import { changeLines, describeChangeLine, diffHostRules } from '../../../shared/compare';
import { computeMatrix } from '../../../shared/matrix';
import { examplePlan } from '../../support/examples';

const rulesOf = (...args: Parameters<typeof examplePlan>) =>
  computeMatrix(examplePlan(...args)).hostRules;

describe('comparing two plans', () => {
  it('finds nothing between a plan and itself', () => {
    const rules = rulesOf('cluster-3-islands');
    expect(diffHostRules(rules, rules)).toEqual({
      added: [],
      removed: [],
      changed: [],
      byZonePair: [],
    });
  });

  it('announces remote printing in the words of the wizard', () => {
    const before = rulesOf(
      'cluster-3-islands',
      (d) => (d.features = d.features.filter((f: string) => f !== 'remote-printing')),
    );
    const after = rulesOf('cluster-3-islands');
    const diff = diffHostRules(before, after);
    expect(diff.removed).toEqual([]);
    // 2119 from two islands to three nodes, 2118 and 2119 in the mesh, and each island to its printers.
    expect(diff.added).toHaveLength(6 + 12 + 2);
    const lines = changeLines('+', diff.added).map((l) => describeChangeLine('en', l));
    expect(lines).toContain('+6 rules: 2119/tcp from 2 island sites to 3 OE nodes');
    expect(lines).toContain('+12 rules: 2118-2119/tcp from 3 OE nodes to 3 OE nodes');
    expect(lines).toContain('+2 rules: 515,9100/tcp from 2 island sites to 2 island sites');
    expect(describeChangeLine('de', changeLines('+', diff.added)[0]!)).toMatch(
      /^\+\d+ Regeln: .* von .* zu /,
    );
  });

  it('counts what adding two OE nodes costs, by zone pair', () => {
    const three = rulesOf('cluster-3-islands');
    const five = rulesOf('cluster-3-islands', (d) =>
      d.nodes.push({ name: 'oe4', address: '192.0.2.14' }, { name: 'oe5', address: '192.0.2.15' }),
    );
    const diff = diffHostRules(three, five);
    const mesh = diff.byZonePair.find(
      (p) => p.sourceZone === 'oe-nodes' && p.destinationZone === 'oe-nodes',
    )!;
    // Mesh pairs grow from 3*2 to 5*4 = 14 more ordered pairs, over 36 tcp+udp mesh ports and MongoDB.
    const perPair = three.filter(
      (r) => r.sourceName === 'oe1' && r.destinationName === 'oe2',
    ).length;
    expect(mesh).toEqual({
      sourceZone: 'oe-nodes',
      destinationZone: 'oe-nodes',
      added: 14 * perPair,
      removed: 0,
      changed: 0,
    });
    expect(diff.removed).toEqual([]);
  });

  it('reports a changed address as a changed rule, not as removed and added', () => {
    const before = rulesOf('cluster-3-islands');
    const after = rulesOf('cluster-3-islands', (d) => (d.nodes[0].address = '192.0.2.99'));
    const diff = diffHostRules(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.length).toBe(
      before.filter((r) => r.sourceName === 'oe1' || r.destinationName === 'oe1').length,
    );
    expect(new Set(diff.changed.flatMap((c) => c.fields))).toEqual(
      new Set(['source', 'destination']),
    );
  });
});
