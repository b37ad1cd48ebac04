import { describe, expect, it } from 'vitest';
import {
  checklistTable,
  probeStatusText,
} from '../../../../../electron/services/documents/checklist/checklist';
import { levelTable } from '../../../../../shared/matrix';
import type { ProbeResult } from '../../../../../shared/probes/model';
import { exampleChecklist } from '../support';

const result = (ruleId: string, status: ProbeResult['status'], probedAt: string): ProbeResult => ({
  ruleId,
  status,
  probedAt,
  detail: '',
  probeHost: 'oe1',
  sourceAddress: '192.0.2.10',
  nat: false,
});

describe('the checklist model', () => {
  it('holds both levels of the matrix unchanged, with every rule untested before any probe', () => {
    const checklist = exampleChecklist('single-every-feature');
    expect(checklist.rules.hosts.map((r) => r.id)).toEqual(
      checklist.matrix.hostRules.map((r) => r.id),
    );
    expect(checklist.rules.firewall.map((r) => r.id)).toEqual(
      checklist.matrix.firewallRules.map((r) => r.id),
    );
    expect(new Set(checklist.rules.hosts.map((r) => r.probe.status))).toEqual(
      new Set(['untested']),
    );
    for (const level of ['hosts', 'firewall'] as const) {
      const table = checklistTable(checklist, level);
      const matrix = levelTable(checklist.matrix, level);
      expect(table.columns).toEqual([...matrix.columns, 'probeStatus', 'probedAt']);
      expect(table.rows.map((r) => r.slice(0, -2))).toEqual(matrix.rows);
    }
  });

  it('joins the newest probe result per host rule, and summarises a firewall rule of mixed results', () => {
    const plain = exampleChecklist('cluster-5-every-feature');
    const fw = plain.rules.firewall.find((r) => r.hostRuleIds.length >= 3)!;
    const [a, b, c] = fw.hostRuleIds;
    const checklist = exampleChecklist('cluster-5-every-feature', {
      probes: [
        result(a!, 'blocked', '2026-11-20T10:00:00.000Z'),
        result(a!, 'verified', '2026-11-21T10:00:00.000Z'),
        result(b!, 'verified', '2026-11-21T11:00:00.000Z'),
        result(c!, 'blocked', '2026-11-21T09:00:00.000Z'),
      ],
    });
    const host = checklist.rules.hosts.find((r) => r.id === a)!;
    expect(host.probe).toMatchObject({ status: 'verified', probedAt: '2026-11-21T10:00:00.000Z' });
    const merged = checklist.rules.firewall.find((r) => r.id === fw.id)!;
    expect(merged.probe.status).toBe('mixed');
    expect(merged.probe.probedAt).toBe('2026-11-21T11:00:00.000Z');
    expect(probeStatusText(merged.probe)).toBe(
      `mixed: verified 2, blocked 1, untested ${fw.hostRuleIds.length - 3}`,
    );
    expect(checklist.warnings).toEqual([]);
  });

  it('warns about probe results for rules the plan no longer has', () => {
    const checklist = exampleChecklist('single-minimal', {
      probes: [result('host:gone>host:oe1:515/tcp', 'verified', '2026-11-21T10:00:00.000Z')],
    });
    expect(checklist.warnings.join()).toMatch(
      /1 probe result names a rule this plan does not have/,
    );
  });

  it('gives the same plan the same revision and a changed plan another', () => {
    const one = exampleChecklist('single-minimal').revision;
    expect(exampleChecklist('single-minimal').revision).toBe(one);
    expect(one).toMatch(/^sha256:[0-9a-f]{12}$/);
    const changed = exampleChecklist('single-minimal', {
      edit: (doc) => (doc.project.name = 'Another name'),
    }).revision;
    expect(changed).not.toBe(one);
  });

  it('lists every host and network of the plan once, zone by zone, with all its roles', () => {
    const { topology } = exampleChecklist('single-every-feature');
    const oe1 = topology.find((e) => e.key === 'host:oe1')!;
    expect(oe1.roles).toEqual(expect.arrayContaining(['oe-node', 'elasticsearch', 'mongodb']));
    expect(topology.filter((e) => e.key === 'host:oe1')).toHaveLength(1);
    expect(topology.find((e) => e.name === 'SAP ERP')!.addresses).toEqual([
      '192.0.2.40',
      '192.0.2.41',
    ]);
    const zones = topology.map((e) => e.zone);
    expect(zones.indexOf('clients')).toBeLessThan(zones.indexOf('oe-nodes'));
  });
});
