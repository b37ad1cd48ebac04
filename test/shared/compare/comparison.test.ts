import { describe, expect, it } from 'vitest';
import { compareMatrices, comparisonTable, listDelta } from '../../../shared/compare';
import { ZONES } from '../../../shared/catalog';
import { computeMatrix } from '../../../shared/matrix';
import { examplePlan } from '../../support/examples';
import { meshRules } from '../../support/expected';

const withoutRemotePrinting = () =>
  computeMatrix(
    examplePlan(
      'cluster-3-islands',
      (d) => (d.features = d.features.filter((f: string) => f !== 'remote-printing')),
    ),
  );
const threeNodes = () => computeMatrix(examplePlan('cluster-3-islands'));
const fiveNodes = () =>
  computeMatrix(
    examplePlan('cluster-3-islands', (d) =>
      d.nodes.push({ name: 'oe4', address: '192.0.2.14' }, { name: 'oe5', address: '192.0.2.15' }),
    ),
  );
const pairCounts = (c: ReturnType<typeof compareMatrices>) =>
  c.byZonePair.map(
    (p) => `${p.sourceZone}>${p.destinationZone} +${p.added} -${p.removed} ~${p.changed}`,
  );

describe('comparing cluster-3-islands without and with remote printing', () => {
  // Remote printing adds, by hand: 2119/tcp from the 2 island checkout hosts to the 3 OE nodes (6),
  // 2118/tcp and 2119/tcp (mainland checkout, service ports of the cluster table) between the 3 nodes
  // both ways (12), and each island host to its own printers with their protocol: Leipzig socket
  // 9100, Dresden lpr 515 (2). 20 host rules.
  it('lists the 20 added host rules, grouped by zone pair', () => {
    const c = compareMatrices(withoutRemotePrinting(), threeNodes(), 'hosts');
    expect([c.added, c.removed, c.changed]).toEqual([20, 0, 0]);
    expect(pairCounts(c)).toEqual([
      'oe-nodes>oe-nodes +12 -0 ~0',
      'islands>oe-nodes +6 -0 ~0',
      'islands>islands +2 -0 ~0',
    ]);
    // In zone order: the mesh first, then the islands.
    expect(c.rules.map((r) => `${r.sourceZone}>${r.destinationZone}`)).toEqual([
      ...Array(12).fill('oe-nodes>oe-nodes'),
      ...Array(6).fill('islands>oe-nodes'),
      ...Array(2).fill('islands>islands'),
    ]);
  });

  // As firewall rules: 2119 from both islands to the nodes is one new rule, each island's printer
  // rule is new (2), and the mesh's TCP rule gains 2118-2119, its service and the feature: 3 added,
  // 1 changed.
  it('as firewall rules: three new rules and the mesh rule with the two mainland checkout ports', () => {
    const c = compareMatrices(withoutRemotePrinting(), threeNodes(), 'firewall');
    expect([c.added, c.removed, c.changed]).toEqual([3, 0, 1]);
    const mesh = c.rules.find((r) => r.change === 'changed')!;
    expect(mesh.fields.map((f) => f.field)).toEqual(['port', 'service', 'requiredBy']);
    const port = mesh.fields.find((f) => f.field === 'port')!;
    expect(listDelta(port)).toEqual({ added: ['2118-2119/tcp'], removed: [] });
    expect(listDelta(mesh.fields.find((f) => f.field === 'service')!)).toEqual({
      added: ['seal-mainland-checkout'],
      removed: [],
    });
    expect(mesh.fields.find((f) => f.field === 'requiredBy')).toEqual({
      field: 'requiredBy',
      before: '',
      after: 'remote-printing',
    });
  });

  it('the other way round, the same rules are removed', () => {
    const c = compareMatrices(threeNodes(), withoutRemotePrinting(), 'hosts');
    expect([c.added, c.removed, c.changed]).toEqual([0, 20, 0]);
  });
});

describe('comparing the 3-node cluster with the same cluster on 5 nodes', () => {
  it('adds 532 host rules and changes none', () => {
    // The reasoning is in test/shared/summary/what-if-nodes.test.ts: 518 mesh + 14 to and from the
    // other zones; addresses of the existing hosts stay, so no rule changes.
    const plan = examplePlan('cluster-3-islands');
    const c = compareMatrices(threeNodes(), fiveNodes(), 'hosts');
    expect([c.added, c.removed, c.changed]).toEqual([
      meshRules(plan, 5) - meshRules(plan) + 14,
      0,
      0,
    ]);
  });

  // Of the 13 firewall rules, 9 name the OE nodes and gain oe4 and oe5; the Kibana and Keycloak
  // rules from the admins to mgmt and the two island printer rules do not involve the nodes. No rule
  // is new: the new nodes join the existing ones.
  it('as firewall rules: the 9 rules that name the nodes gain oe4 and oe5', () => {
    const c = compareMatrices(threeNodes(), fiveNodes(), 'firewall');
    const namingNodes = threeNodes().firewallRules.filter((r) =>
      [...r.from, ...r.to].some((e) => e.zone === 'oe-nodes'),
    );
    expect([c.added, c.removed, c.changed]).toEqual([0, 0, namingNodes.length]);
    for (const rule of c.rules) {
      for (const field of rule.fields) {
        expect(field.field).toMatch(/^(source|destination)$/);
        expect(listDelta(field)).toEqual({ added: ['192.0.2.14', '192.0.2.15'], removed: [] });
      }
    }
    // By zone pair, in zone order (today clients>oe-nodes 2, oe-nodes>oe-nodes 3,
    // oe-nodes>management 2, oe-nodes>printers 1, islands>oe-nodes 1).
    const changedPairs = new Map<string, number>();
    for (const r of [...namingNodes].sort(
      (x, y) =>
        ZONES.indexOf(x.sourceZone) - ZONES.indexOf(y.sourceZone) ||
        ZONES.indexOf(x.destinationZone) - ZONES.indexOf(y.destinationZone),
    )) {
      const pair = `${r.sourceZone}>${r.destinationZone}`;
      changedPairs.set(pair, (changedPairs.get(pair) ?? 0) + 1);
    }
    expect(pairCounts(c)).toEqual(
      [...changedPairs].map(([pair, changed]) => `${pair} +0 -0 ~${changed}`),
    );
  });

  it('a changed address is a changed rule with the address before and after', () => {
    const moved = computeMatrix(
      examplePlan('cluster-3-islands', (d) => (d.managementServer.address = '192.0.2.21')),
    );
    const c = compareMatrices(threeNodes(), moved, 'hosts');
    expect(c.added + c.removed).toBe(0);
    expect(c.changed).toBeGreaterThan(0);
    for (const rule of c.rules) {
      expect(rule.fields).toContainEqual(
        expect.objectContaining({ before: '192.0.2.20', after: '192.0.2.21' }),
      );
    }
  });
});

it('a comparison as a table: one row per change, the change first, what changed last', () => {
  const c = compareMatrices(withoutRemotePrinting(), threeNodes(), 'firewall');
  const table = comparisonTable(c);
  expect(table.columns[0]).toBe('change');
  expect(table.columns.at(-1)).toBe('changes');
  expect(table.rows.map((r) => r[0])).toEqual(['changed', 'added', 'added', 'added']);
  expect(table.rows[0]!.at(-1)).toMatch(
    /^port: 53,.*,2108,2138,.*\/tcp → 53,.*,2108,2118-2119,2138,.*\/tcp; /,
  );
  expect(table.rows[1]!.at(-1)).toBe('');
});
