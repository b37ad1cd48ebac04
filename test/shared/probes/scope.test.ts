import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textIn } from '../../../shared/i18n';
import { computeMatrix } from '../../../shared/matrix';
import { findPlanHost, planHosts, validatePlan, type Plan } from '../../../shared/plan';
import { listenPorts, reachTargets } from '../../../shared/probes/scope';

function example(name: string): Plan {
  const { plan } = validatePlan(
    JSON.parse(
      readFileSync(new URL(`../../../docs/examples/${name}.oeplan.json`, import.meta.url), 'utf8'),
    ),
  );
  return plan!;
}

const plan = example('cluster-3-islands');
const rules = computeMatrix(plan).hostRules;

describe('probe scope: only hosts and ports of the plan', () => {
  it('knows the named hosts of the plan, in any case', () => {
    expect(planHosts(plan).map((h) => h.name)).toEqual([
      'drs-island',
      'lej-island',
      'mgmt',
      'oe1',
      'oe2',
      'oe3',
    ]);
    expect(findPlanHost(plan, ' OE2 ')).toEqual({ name: 'oe2', address: '192.0.2.12' });
    expect(findPlanHost(plan, 'Office PCs')).toBeUndefined();
  });

  it('offers every host of the plan as this machine, also one that no rule names yet', () => {
    const single = example('single-minimal');
    const withMore = validatePlan({
      ...single,
      managementServer: { name: 'mgmt', address: '192.0.2.5' },
      externalSystems: [{ name: 'prom', kind: 'prometheus', fqdn: 'prom.example.com' }],
    }).plan!;
    const named = new Set(
      computeMatrix(withMore).hostRules.flatMap((r) => [r.sourceName, r.destinationName]),
    );
    expect(named.has('mgmt') || named.has('prom')).toBe(false);
    expect(planHosts(withMore)).toEqual([
      { name: 'mgmt', address: '192.0.2.5' },
      { name: 'oe1', address: '192.0.2.10' },
      { name: 'prom', address: 'prom.example.com' },
    ]);
  });

  it('probes every host rule whose source is this host, and names the host expected to answer', () => {
    const { targets, untestable } = reachTargets(rules, plan.project.name, 'oe1');
    const fromOe1 = rules.filter((r) => r.sourceKey === 'host:oe1');
    expect(targets.length + untestable.length).toBe(fromOe1.length);
    const toOe2 = targets.find((t) => t.ruleId === 'host:oe1>host:oe2:8300/tcp');
    expect(toOe2).toEqual({
      ruleId: 'host:oe1>host:oe2:8300/tcp',
      address: '192.0.2.12',
      port: 8300,
      protocol: 'tcp',
      expect: { plan: 'Output cluster Frankfurt', host: 'oe2' },
    });
  });

  it('reports network destinations as untestable, with the reason and the fix', () => {
    const { targets, untestable } = reachTargets(rules, plan.project.name, 'lej-island');
    const printers = untestable.find((u) => u.ruleId.includes('Leipzig printers'));
    expect(printers && textIn('en', printers.reason)).toMatch(
      /203\.0\.113\.64\/26.*is a network.*add one real address/,
    );
    expect(targets.every((t) => !t.address.includes('/'))).toBe(true);
  });

  it('treats a /32 network as the single host it is', () => {
    const narrowed = rules.map((r) =>
      r.destinationKey.includes('Leipzig printers') ? { ...r, destination: '203.0.113.70/32' } : r,
    );
    const { targets, untestable } = reachTargets(narrowed, plan.project.name, 'lej-island');
    expect(untestable).toEqual([]);
    expect(targets.some((t) => t.address === '203.0.113.70')).toBe(true);
  });

  it('lists each port the host must listen on once, with its services and rules', () => {
    const ports = listenPorts(rules, 'oe1');
    const keys = ports.map((p) => `${p.port}/${p.protocol}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('2119/tcp');
    expect(keys).toContain('8301/udp');
    const dns = ports.find((p) => p.port === 53 && p.protocol === 'tcp')!;
    expect(dns.services).toEqual(['Consul']);
    expect(dns.ruleIds).toEqual(['host:oe2>host:oe1:53/tcp', 'host:oe3>host:oe1:53/tcp']);
    expect(listenPorts(rules, 'Office PCs')).toEqual([]);
  });
});
