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
      expect(table.columns).toEqual([
        ...matrix.columns,
        'probeStatus',
        'probedAt',
        'changeStatus',
        'temporaryUntil',
      ]);
      expect(table.rows.map((r) => r.slice(0, -4))).toEqual(matrix.rows);
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

  it('writes a German table’s words in German, its identifiers, ports and addresses as they are', () => {
    const english = exampleChecklist('cluster-5-every-feature');
    const german = exampleChecklist('cluster-5-every-feature', { locale: 'de' });
    for (const level of ['hosts', 'firewall'] as const) {
      const en = checklistTable(english, level);
      const de = checklistTable(german, level);
      const column = (table: typeof en, key: string) => {
        const i = table.columns.indexOf(key);
        return table.rows.map((r) => r[i]!);
      };
      for (const key of ['id', 'source', 'destination', 'port', 'ports', 'protocol'])
        expect(column(de, key)).toEqual(column(en, key));
      expect(new Set(column(de, 'sourceZone'))).toContain('OE-Knoten');
      expect(new Set(column(de, 'destinationZone'))).toContain('Inselstandorte');
      expect(column(de, 'sourceZone')).not.toContain('oe-nodes');
      expect(new Set(column(de, 'evidence'))).toEqual(
        new Set([
          'Portliste des Herstellers',
          'Herstellerdokumentation',
          'abgeleitet (zu bestätigen)',
        ]),
      );
      expect(column(de, 'purpose')).toContain('Auftragsannahme über LPR');
      expect(column(de, 'purpose')).not.toContain('Job intake via LPR');
      expect(column(de, 'requiredBy').join()).toContain('Statusrückmeldung an SAP');
      expect(new Set(column(de, 'probeStatus'))).toEqual(new Set(['ungeprüft']));
      // This planner's own modeling is words, not a URL: in German too.
      expect(column(de, 'sources').join()).toContain('Modellierung dieses Planers');
      expect(column(de, 'sources').join()).not.toContain('this planner’s modeling');
      expect(column(en, 'sources').join()).toContain('this planner’s modeling');
    }
  });

  it('gives each row its change status and, when only temporary features need it, until when', () => {
    const plain = exampleChecklist('cluster-5-every-feature');
    const consul = plain.rules.firewall.find((r) => r.ports === '8500')!;
    const other = plain.rules.firewall.find((r) => r.features.length === 0)!;
    const edit = (doc: any) => {
      doc.temporary = [{ feature: 'remote-consul-ui', reason: 'test', until: '2027-01-15' }];
      doc.statuses = {
        [`fw:${other.key}`]: { status: 'approved', by: 'Piotr', at: '2026-12-10', reason: '' },
      };
    };
    for (const [locale, approved] of [
      ['en', 'approved'],
      ['de', 'genehmigt'],
    ] as const) {
      const checklist = exampleChecklist('cluster-5-every-feature', { locale, edit });
      const table = checklistTable(checklist, 'firewall');
      const row = (id: string) => table.rows.find((r) => r[0] === id)!;
      expect(row(consul.id).slice(-2)).toEqual(['', '2027-01-15']);
      expect(row(other.id).slice(-2)).toEqual([approved, '']);
      const hosts = checklistTable(checklist, 'hosts');
      const hostRow = hosts.rows.find((r) => r[0] === other.hostRuleIds[0])!;
      expect(hostRow.slice(-2)).toEqual([approved, '']);
      expect(hosts.rows.find((r) => r[0] === consul.hostRuleIds[0])!.at(-1)).toBe('2027-01-15');
    }
    // A rule that a lasting feature needs too is no temporary rule.
    const lasting = exampleChecklist('cluster-5-every-feature', {
      edit: (doc) => (doc.temporary = [{ feature: 'lpr', reason: 'test', until: '2027-01-15' }]),
    });
    const lpr = lasting.rules.firewall.filter((r) => r.features.includes('lpr'));
    expect(lpr.length).toBeGreaterThan(0);
    for (const r of lpr)
      expect(r.temporaryUntil).toBe(
        r.features.every((f) => f === 'lpr') ? '2027-01-15' : undefined,
      );
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
