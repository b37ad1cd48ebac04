import { describe, expect, it } from 'vitest';
import { textIn } from '../../../shared/i18n';
import type { FirewallRule, HostRule } from '../../../shared/matrix/model';
import {
  Coverage,
  coverageText,
  firewallCoverageStates,
  hostCoverageStates,
  sourceOf,
  sourceText,
  summarizeCoverage,
} from '../../../shared/probes/coverage';
import type { ProbeResult, ProbeStatus } from '../../../shared/probes/model';

// Hand-made rules: oe1, oe2 and the client group "Office" (one address, one network) reach oe3.

function hostRule(sourceKey: string, sourceName: string, source: string, port = 443): HostRule {
  return {
    id: `${sourceKey}>host:oe3:${port}/tcp`,
    source,
    sourceName,
    sourceZone: sourceKey.startsWith('host:') ? 'oe-nodes' : 'clients',
    sourceKey,
    destination: '10.0.9.3',
    destinationName: 'oe3',
    destinationZone: 'oe-nodes',
    destinationKey: 'host:oe3',
    port,
    protocol: 'tcp',
    service: 'HTTPS',
    appProtocol: 'https',
    purpose: 'test',
    features: [],
    evidence: 'seed',
    sources: [],
    catalogIds: [],
  };
}

const fromOe1 = hostRule('host:oe1', 'oe1', '10.0.9.1');
const fromOe1Other = hostRule('host:oe1', 'oe1', '10.0.9.1', 8443);
const fromOe2 = hostRule('host:oe2', 'oe2', '10.0.9.2');
const fromOfficePc = hostRule('clients:Office:10.0.0.5', 'Office', '10.0.0.5');
const fromOfficeNet = hostRule('clients:Office:10.0.1.0/24', 'Office', '10.0.1.0/24');
const hostRules = [fromOe1, fromOe1Other, fromOe2, fromOfficePc, fromOfficeNet];
const byId = new Map(hostRules.map((r) => [r.id, r]));

function firewallRule(id: string, rules: readonly HostRule[]): FirewallRule {
  return {
    id,
    key: id.toLowerCase(),
    sourceZone: 'oe-nodes',
    destinationZone: 'oe-nodes',
    from: [],
    to: [],
    protocol: 'tcp',
    ports: '443',
    portList: [443],
    services: ['HTTPS'],
    purpose: 'test',
    features: [],
    evidence: 'seed',
    sources: [],
    hostRuleIds: rules.map((r) => r.id),
  };
}

let minute = 0;
const result = (rule: HostRule, probeHost: string, status: ProbeStatus): ProbeResult => ({
  ruleId: rule.id,
  status,
  detail: '',
  probedAt: new Date(Date.UTC(2026, 11, 5, 12, minute++)).toISOString(),
  probeHost,
  sourceAddress: '',
  nat: false,
});

describe('coverage: which planned sources proved a rule', () => {
  it('names each source of a firewall rule: one verified, one blocked, one group not run', () => {
    const coverage = new Coverage([
      result(fromOe1, 'oe1', 'verified'),
      result(fromOe1Other, 'oe1', 'verified'),
      result(fromOe2, 'oe2', 'blocked'),
    ]);
    const rule = firewallRule('FW-001', hostRules);
    const { state, sources } = coverage.ofFirewallRule(rule, (id) => byId.get(id));
    expect(state).toBe('blocked');
    expect(sources.map((s) => [s.key, s.state])).toEqual([
      ['host:oe1', 'verified'],
      ['host:oe2', 'blocked'],
      ['clients:Office', 'not-run'],
    ]);
    expect(sources.map((s) => textIn('en', sourceText(s)))).toEqual([
      'oe1',
      'oe2',
      'any address of Office',
    ]);
    expect(textIn('de', sourceText(sources[2]!))).toBe('eine beliebige Adresse von Office');
    expect(sources[2]!.probedAt).toBeUndefined();
    expect(coverage.ofHostRule(fromOe2)).toMatchObject({ state: 'blocked' });
  });

  it('the newest result of each source counts, and only the planned source host counts', () => {
    const coverage = new Coverage([
      result(fromOe1, 'oe1', 'blocked'),
      result(fromOe1, 'OE1', 'verified'), // newer, same host
      result(fromOe2, 'oe1', 'verified'), // oe1 cannot prove oe2's path
    ]);
    expect(coverage.ofHostRule(fromOe1).state).toBe('verified');
    expect(coverage.ofHostRule(fromOe2).state).toBe('not-run');
    // A host source is verified only when all its host rules are: one of two still to run.
    const rule = firewallRule('FW-002', [fromOe1, fromOe1Other]);
    expect(coverage.ofFirewallRule(rule, (id) => byId.get(id)).state).toBe('unconfirmed');
  });

  it('a group is one source: any address of it that was verified proves the path', () => {
    const coverage = new Coverage([result(fromOfficePc, 'pc-17', 'verified')]);
    expect(sourceOf(fromOfficeNet)).toEqual({ key: 'clients:Office', name: 'Office', group: true });
    const rule = firewallRule('FW-003', [fromOfficePc, fromOfficeNet]);
    const { state, sources } = coverage.ofFirewallRule(rule, (id) => byId.get(id));
    expect(state).toBe('verified');
    expect(sources).toHaveLength(1);
  });

  it('only the responder banner proves a path: silence, a refusal or another program do not', () => {
    const statuses: ProbeStatus[] = ['open-or-filtered', 'reachable', 'open', 'untested'];
    for (const status of statuses) {
      const coverage = new Coverage([result(fromOe1, 'oe1', status)]);
      expect(coverage.ofHostRule(fromOe1).state).toBe('unconfirmed');
    }
    const unreachable = new Coverage([result(fromOe1, 'oe1', 'unreachable')]);
    expect(unreachable.ofHostRule(fromOe1).state).toBe('blocked');
  });

  it('sums up a campaign in both languages, with plurals, leaving out what is zero', () => {
    const coverage = new Coverage([
      result(fromOe1, 'oe1', 'verified'),
      result(fromOe1Other, 'oe1', 'verified'),
      result(fromOe2, 'oe2', 'blocked'),
      result(fromOfficePc, 'pc-17', 'open-or-filtered'),
    ]);
    const firewall = summarizeCoverage(
      firewallCoverageStates(coverage, {
        hostRules,
        firewallRules: [
          firewallRule('FW-1', [fromOe1, fromOe1Other]),
          firewallRule('FW-2', [fromOe2]),
          firewallRule('FW-3', [fromOfficePc]),
          firewallRule('FW-4', [fromOfficeNet]),
        ],
      }),
    );
    expect(firewall).toEqual({ total: 4, verified: 1, blocked: 1, unconfirmed: 1, notRun: 1 });
    expect(textIn('en', coverageText(firewall))).toBe(
      '1 of 4 rules verified from all their sources, 1 blocked, 1 not proven yet, 1 not run',
    );
    expect(textIn('de', coverageText(firewall))).toBe(
      '1 von 4 Regeln von jeder ihrer Quellen aus bestätigt, 1 blockiert, 1 noch nicht belegt, 1 noch nicht geprüft',
    );
    const hosts = summarizeCoverage(hostCoverageStates(coverage, hostRules));
    expect(hosts).toEqual({ total: 5, verified: 2, blocked: 1, unconfirmed: 1, notRun: 1 });
    const all = { total: 41, verified: 37, blocked: 2, unconfirmed: 0, notRun: 2 };
    expect(textIn('en', coverageText(all))).toBe(
      '37 of 41 rules verified from all their sources, 2 blocked, 2 not run',
    );
    expect(
      textIn('en', coverageText({ ...all, total: 1, verified: 1, blocked: 0, notRun: 0 })),
    ).toBe('1 of 1 rule verified from all its sources');
  });

  it('keeps a source name as written, whatever it holds', () => {
    const hostile = hostRule('clients:=1+1\u0007:10.0.0.7', '=1+1\u0007', '10.0.0.7');
    const coverage = new Coverage([result(hostile, '@SUM(1)', 'verified')]);
    const { sources } = coverage.ofHostRule(hostile);
    expect(sources[0]).toMatchObject({ key: 'clients:=1+1\u0007', state: 'verified' });
    expect(textIn('en', sourceText(sources[0]!))).toBe('any address of =1+1\u0007');
  });
});
