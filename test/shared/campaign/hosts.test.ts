import { describe, expect, it } from 'vitest';
import { campaignScope } from '../../../shared/campaign/hosts';
import { computeMatrix } from '../../../shared/matrix';
import { examplePlan } from '../../support/examples';

const scopeOf = (plan: ReturnType<typeof examplePlan>) =>
  campaignScope(plan, computeMatrix(plan).hostRules);

describe('the hosts of a campaign', () => {
  it('are grouped by role; the customer’s systems are probed, never run on', () => {
    const { hosts } = scopeOf(examplePlan('cluster-5-every-feature'));
    const group = (name: string) => hosts.filter((h) => h.group === name).map((h) => h.name);
    expect(group('oe_nodes')).toEqual(['oe1', 'oe2', 'oe3', 'oe4', 'oe5']);
    expect(group('management')).toEqual(['mgmt']);
    for (const external of hosts.filter((h) => h.group === 'external')) {
      expect(external.listens, external.name).toBe(0);
    }
  });

  it('take their OS from the host, else the project’s for OE servers and Linux for the others', () => {
    const plan = examplePlan('cluster-3-islands', (doc) => {
      doc.project.os = 'windows';
      doc.islandSites[0].checkoutHosts[0].os = 'windows';
      doc.nodes[2].os = 'linux';
    });
    const os = Object.fromEntries(scopeOf(plan).hosts.map((h) => [h.name, h.os]));
    expect(os).toMatchObject({
      oe1: 'windows',
      oe3: 'linux',
      mgmt: 'windows',
      'lej-island': 'windows',
      'drs-island': 'linux',
    });
  });

  it('leave client groups out, by name', () => {
    expect(scopeOf(examplePlan('cluster-3-islands')).clientGroups).toEqual([
      'Office PCs',
      'Admins',
    ]);
  });
});
