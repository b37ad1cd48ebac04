import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { nextNodeNames, whatIfAddNodes } from '../../../shared/summary';
import { examplePlan } from '../../support/examples';
import { meshRules } from '../../support/expected';

describe('what if the cluster had more OE nodes', () => {
  it('counts what two more nodes cost the 3-node cluster, by zone pair', () => {
    const plan = examplePlan('cluster-3-islands');
    const whatIf = whatIfAddNodes(plan, computeMatrix(plan), 2);
    expect(whatIf.names).toEqual(['oe4', 'oe5']);
    expect(whatIf.errors).toEqual([]);
    // By hand, from docs/examples/cluster-3-islands.oeplan.json:
    // - mesh: each ordered pair of nodes has the cluster ports of the catalog (32 tcp + 3 udp, and
    //   2119 with remote printing) and MongoDB 27017 = 37; 5 nodes have 20 ordered pairs, 3 nodes 6:
    //   14 more pairs x 37 = 518 (counted from the catalog);
    // - clients: LPR intake 515 from "Office PCs" and admin 9000 from "Admins" to each new node = 4;
    // - islands: 2119 from the 2 island checkout hosts to each new node = 4;
    // - management: each new node ships logs (9200) and checks tokens (32769) at mgmt = 4;
    // - printers: each new node prints to "Floor printers" on 9100 = 2.
    // 518 + 4 + 4 + 4 + 2 = 532, nothing removed; the firewall rules only gain members: still 13.
    const mesh = meshRules(plan, 5) - meshRules(plan);
    expect(whatIf.added).toBe(mesh + 14);
    expect(whatIf.removed).toBe(0);
    const before = computeMatrix(plan).hostRules.length;
    expect(whatIf.hostRules).toEqual({ before, after: before + mesh + 14 });
    expect(whatIf.firewallRules).toEqual({ before: 13, after: 13 });
    const byPair = Object.fromEntries(
      whatIf.byZonePair.map((p) => [`${p.sourceZone}>${p.destinationZone}`, p.added]),
    );
    expect(byPair).toEqual({
      'oe-nodes>oe-nodes': mesh,
      'clients>oe-nodes': 4,
      'islands>oe-nodes': 4,
      'oe-nodes>management': 4,
      'oe-nodes>printers': 2,
    });
    expect(whatIf.lines.every((l) => l.sign === '+')).toBe(true);
    expect(whatIf.lines.reduce((n, l) => n + l.rules, 0)).toBe(mesh + 14);
  });

  it('refuses an even number of nodes with the plan’s own message', () => {
    const plan = examplePlan('cluster-3-islands');
    const whatIf = whatIfAddNodes(plan, computeMatrix(plan), 1);
    expect(whatIf.errors.map((e) => e.path)).toEqual(['nodes']);
    expect(whatIf.errors[0]!.problem).toMatch(/has 4 OE nodes, but a cluster needs an odd number/);
    expect(whatIf.added).toBe(0);
    expect(whatIf.lines).toEqual([]);
  });

  it('refuses more nodes for a single server', () => {
    const plan = examplePlan('single-minimal');
    const whatIf = whatIfAddNodes(plan, computeMatrix(plan), 2);
    expect(whatIf.errors[0]!.problem).toMatch(/single-server installation has exactly one/);
  });

  it('names the new nodes after the last one, skipping names in use', () => {
    expect(nextNodeNames(['oe1', 'oe2', 'oe3'], 2)).toEqual(['oe4', 'oe5']);
    expect(nextNodeNames(['node-08', 'node-09'], 2)).toEqual(['node-10', 'node-11']);
    expect(nextNodeNames(['oe1', 'OE3', 'oe2'], 2)).toEqual(['oe4', 'oe5']);
    expect(nextNodeNames(['alpha', 'oe3'], 1)).toEqual(['oe4']);
    expect(nextNodeNames(['print-a', 'print-b', 'print-c'], 2)).toEqual(['oe4', 'oe5']);
  });
});
