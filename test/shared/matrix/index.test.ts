import { describe, expect, it } from 'vitest';
import { FEATURE_IDS, type FeatureId } from '../../../shared/catalog';
import { computeFirewallRules, computeMatrix, type HostRule } from '../../../shared/matrix';
import { validatePlan, type Plan } from '../../../shared/plan';
import { examplePlan, EXAMPLES, exampleDocument } from '../../support/examples';
import { generatedPlan, TYPICAL } from '../../support/generated-plans';
import { vendorRows } from '../../support/vendor-page';

const inboundOn = (rules: HostRule[], keys: (k: string) => boolean) =>
  new Set(rules.filter((r) => keys(r.destinationKey)).map((r) => `${r.port}/${r.protocol}`));

const ruleKey = (r: HostRule) => `${r.sourceKey}>${r.destinationKey}:${r.port}/${r.protocol}`;

describe('the matrix of the vendor’s reference installations', () => {
  it('opens exactly the page’s 12 single-server ports on the OE server when every feature is on', () => {
    const { hostRules } = computeMatrix(examplePlan('single-every-feature'));
    const page = vendorRows()
      .filter((r) => r.table === 'single')
      .map((r) => `${r.port}/tcp`);
    expect([...inboundOn(hostRules, (k) => k === 'host:oe1')].sort()).toEqual([...page].sort());
  });

  it('opens exactly the page’s 48 cluster rows (51 with udp) on the OE nodes when every feature is on', () => {
    const { hostRules } = computeMatrix(examplePlan('cluster-5-every-feature'));
    const page = vendorRows()
      .filter((r) => r.table === 'cluster')
      .flatMap((r) => r.transports.map((t) => `${r.port}/${t}`));
    expect(page).toHaveLength(51);
    const nodes = new Set(['oe1', 'oe2', 'oe3', 'oe4', 'oe5'].map((n) => `host:${n}`));
    const inbound = inboundOn(hostRules, (k) => nodes.has(k));
    expect([...inbound].sort()).toEqual([...page].sort());
    // Every node gets every port: a cluster is installed identically.
    for (const node of nodes) expect(inboundOn(hostRules, (k) => k === node).size).toBe(51);
  });

  it('opens the cluster mesh between every pair of OE nodes, both ways, but never a node to itself', () => {
    const { hostRules } = computeMatrix(examplePlan('cluster-3-islands'));
    const mesh = hostRules.filter((r) => r.port === 8300);
    expect(mesh.map((r) => `${r.sourceName}>${r.destinationName}`).sort()).toEqual([
      'oe1>oe2',
      'oe1>oe3',
      'oe2>oe1',
      'oe2>oe3',
      'oe3>oe1',
      'oe3>oe2',
    ]);
    expect(hostRules.filter((r) => r.sourceKey === r.destinationKey)).toEqual([]);
  });
});

describe('switching a feature off', () => {
  for (const example of ['single-every-feature', 'cluster-5-every-feature'] as const) {
    const plan = examplePlan(example);
    const all = computeMatrix(plan).hostRules;
    it.each(plan.features.map((f) => [f]))(
      `in ${example}, removes exactly the rules that depend on %s`,
      (feature: FeatureId) => {
        const without = validatePlan({
          ...exampleDocument(example),
          features: plan.features.filter((f) => f !== feature),
        });
        const remaining = new Set(computeMatrix(without.plan!).hostRules.map((r) => r.id));
        const removed = all.filter((r) => !remaining.has(r.id));
        expect(removed.length, `${feature} removes something`).toBeGreaterThan(0);
        expect(removed.map((r) => r.id).sort()).toEqual(
          all
            .filter((r) => r.features.includes(feature))
            .map((r) => r.id)
            .sort(),
        );
        // Nothing appears that was not there before.
        expect([...remaining].filter((id) => !all.some((r) => r.id === id))).toEqual([]);
      },
    );
  }

  it('with no features at all, keeps only what the installation itself needs', () => {
    const plan = examplePlan('cluster-3-islands', (doc) => (doc.features = []));
    const { hostRules } = computeMatrix(plan);
    expect(hostRules.every((r) => r.features.length === 0)).toBe(true);
    expect(hostRules.some((r) => r.port === 2119 || r.port === 515)).toBe(false);
  });
});

describe('host rules', () => {
  it.each(EXAMPLES.map((e) => [e]))('are unique and carry provenance in %s', (example) => {
    const { hostRules } = computeMatrix(examplePlan(example));
    expect(new Set(hostRules.map(ruleKey)).size).toBe(hostRules.length);
    expect(new Set(hostRules.map((r) => r.id)).size).toBe(hostRules.length);
    for (const r of hostRules) {
      expect(['seed', 'docs', 'inferred']).toContain(r.evidence);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.purpose).not.toBe('');
    }
  });

  it('are computed deterministically', () => {
    const plan = examplePlan('cluster-5-every-feature');
    expect(JSON.stringify(computeMatrix(plan))).toBe(
      JSON.stringify(computeMatrix(structuredClone(plan))),
    );
  });

  it('let island checkouts print only to their own site’s printers', () => {
    const { hostRules } = computeMatrix(examplePlan('cluster-3-islands'));
    const island = hostRules.filter(
      (r) => r.sourceZone === 'islands' && r.destinationZone === 'islands',
    );
    expect(island.map((r) => `${r.sourceName}>${r.destinationName}:${r.port}`).sort()).toEqual([
      'drs-island>Dresden printers:515',
      'lej-island>Leipzig printers:9100',
    ]);
  });

  it('send islands to the load balancer instead of the nodes when there is one', () => {
    const plan = examplePlan(
      'cluster-3-islands',
      (doc) => (doc.loadBalancer = { name: 'lb', address: '192.0.2.5' }),
    );
    const rules2119 = computeMatrix(plan).hostRules.filter((r) => r.port === 2119);
    expect(
      rules2119.filter((r) => r.sourceZone === 'islands').map((r) => r.destinationName),
    ).toEqual(['lb', 'lb']);
    expect(
      rules2119
        .filter((r) => r.sourceName === 'lb')
        .map((r) => r.destinationName)
        .sort(),
    ).toEqual(['oe1', 'oe2', 'oe3']);
  });

  it('use the plan’s configurable ports', () => {
    const plan = examplePlan('single-every-feature', (doc) => {
      doc.parameters = {
        dpfCallbackPort: 3129,
        dpfApiPort: 9443,
        sapSystemNumber: '42',
        sapSnc: true,
        printerPorts: { socket: 9101 },
      };
    });
    const ports = (name: string) =>
      computeMatrix(plan)
        .hostRules.filter((r) => r.sourceName === name || r.destinationName === name)
        .map((r) => r.port);
    expect(ports('dpf').sort()).toEqual([3129, 9443]);
    expect(ports('sap-gw')).toContain(4842);
    expect(ports('Floor printers')).toContain(9101);
    expect(ports('Floor printers')).not.toContain(9100);
  });

  it('follow the product version: SAP oData only from 7.1.0', () => {
    const doc = exampleDocument('single-every-feature');
    const older = validatePlan({
      ...doc,
      project: { ...(doc.project as object), productVersion: '7.0.0' },
    });
    expect(
      older.issues.some((i) => i.severity === 'error' && i.problem.includes('SAP oData')),
    ).toBe(true);
  });
});

describe('firewall rules', () => {
  it.each(EXAMPLES.map((e) => [e]))('cover exactly the host rules of %s, no more', (example) => {
    const { hostRules, firewallRules } = computeMatrix(examplePlan(example));
    const covered = new Set<string>();
    for (const fw of firewallRules) {
      for (const from of fw.from)
        for (const to of fw.to)
          for (const port of fw.portList)
            if (from.key !== to.key) covered.add(`${from.key}>${to.key}:${port}/${fw.protocol}`);
    }
    expect([...covered].sort()).toEqual(hostRules.map(ruleKey).sort());
  });

  it('merge the cluster mesh into one rule per transport with port ranges', () => {
    const { firewallRules } = computeMatrix(examplePlan('cluster-3-islands'));
    const mesh = firewallRules.filter(
      (r) => r.purpose === 'Cluster communication between OE nodes',
    );
    expect(mesh.map((r) => r.protocol)).toEqual(['tcp', 'udp']);
    expect(mesh[0]!.from.map((e) => e.name)).toEqual(['oe1', 'oe2', 'oe3']);
    expect(mesh[0]!.to.map((e) => e.name)).toEqual(['oe1', 'oe2', 'oe3']);
    expect(mesh[0]!.ports).toContain('8300-8302');
    expect(mesh[1]!.ports).toBe('53,8301-8302');
    expect(firewallRules.length).toBeLessThan(
      computeMatrix(examplePlan('cluster-3-islands')).hostRules.length / 10,
    );
  });
});

describe('firewall rules per zone pair', () => {
  const plans: [string, Plan][] = [
    ...EXAMPLES.map((e): [string, Plan] => [e, examplePlan(e)]),
    [
      'cluster-3-islands with a load balancer',
      examplePlan(
        'cluster-3-islands',
        (doc) => (doc.loadBalancer = { name: 'lb', address: '192.0.2.5' }),
      ),
    ],
    ['the typical generated plan', generatedPlan(TYPICAL)],
    ['a generated single server', generatedPlan({ ...TYPICAL, nodes: 1 })],
  ];

  it.each(plans)('never mix zones in %s', (_, plan) => {
    const { firewallRules } = computeMatrix(plan);
    for (const fw of firewallRules) {
      expect(new Set(fw.from.map((e) => e.zone)), fw.id).toEqual(new Set([fw.sourceZone]));
      expect(new Set(fw.to.map((e) => e.zone)), fw.id).toEqual(new Set([fw.destinationZone]));
    }
  });

  it.each(plans)('gather every host rule of %s exactly once', (_, plan) => {
    const { hostRules, firewallRules } = computeMatrix(plan);
    expect(firewallRules.flatMap((fw) => fw.hostRuleIds).sort()).toEqual(
      hostRules.map((r) => r.id).sort(),
    );
  });

  it('keep administrators and OE nodes reaching Keycloak with the same port as two rules', () => {
    const { firewallRules } = computeMatrix(examplePlan('cluster-3-islands'));
    const keycloak = firewallRules.filter(
      (r) => r.purpose === 'Login and token checks at the identity provider',
    );
    expect(
      keycloak.map((r) => ({
        zones: `${r.sourceZone}>${r.destinationZone}`,
        from: r.from.map((e) => e.name),
        to: r.to.map((e) => e.name),
        ports: r.ports,
      })),
    ).toEqual([
      { zones: 'clients>management', from: ['Admins'], to: ['mgmt'], ports: '32769' },
      { zones: 'oe-nodes>management', from: ['oe1', 'oe2', 'oe3'], to: ['mgmt'], ports: '32769' },
    ]);
  });

  it('keep destinations of two zones with the same sources as two rules', () => {
    const rule = (id: string, key: string, zone: HostRule['destinationZone']): HostRule => ({
      id,
      source: '10.0.0.1',
      sourceName: 'oe1',
      sourceZone: 'oe-nodes',
      sourceKey: 'host:oe1',
      destination: `10.9.0.${id.length}`,
      destinationName: key,
      destinationZone: zone,
      destinationKey: key,
      port: 9100,
      protocol: 'tcp',
      service: 'socket',
      appProtocol: 'raw',
      purpose: 'Printing to printers',
      features: [],
      evidence: 'docs',
      sources: ['test'],
      catalogIds: [],
    });
    const rules = computeFirewallRules([
      rule('a', 'net:floor', 'printers'),
      rule('b', 'net:island', 'islands'),
    ]);
    expect(rules.map((r) => [r.destinationZone, r.to.map((e) => e.key)])).toEqual([
      ['islands', ['net:island']],
      ['printers', ['net:floor']],
    ]);
  });
});

describe('the zone grid', () => {
  it('lists per zone pair the ports of its host rules', () => {
    const { hostRules, zoneGrid } = computeMatrix(examplePlan('cluster-3-islands'));
    const cell = zoneGrid.cells.find(
      (c) => c.sourceZone === 'islands' && c.destinationZone === 'oe-nodes',
    );
    expect(cell).toEqual({
      sourceZone: 'islands',
      destinationZone: 'oe-nodes',
      ports: ['2119/tcp'],
      ruleCount: 6,
    });
    expect(zoneGrid.cells.reduce((n, c) => n + c.ruleCount, 0)).toBe(hostRules.length);
    expect(zoneGrid.zones).toEqual(['clients', 'oe-nodes', 'management', 'islands', 'printers']);
  });
});

it('knows every feature of the catalog in the every-feature examples', () => {
  const used = new Set([
    ...examplePlan('single-every-feature').features,
    ...examplePlan('cluster-5-every-feature').features,
  ]);
  // external-idp excludes seal-keycloak and monitoring-checkin excludes all-services; both are covered across the two.
  expect(FEATURE_IDS.filter((f) => !used.has(f))).toEqual(['external-idp']);
});
