import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { LOCALES, localizeIssue } from '../../../shared/i18n';
import {
  describePath,
  formatIssue,
  validatePlan,
  type Plan,
  type PlanIssue,
} from '../../../shared/plan';
import { addressCount, canonicalAddress } from '../../../shared/plan/addresses';
import { exampleDocument, type ExampleName } from '../../support/examples';

function check(example: ExampleName, edit: (doc: any) => void): PlanIssue[] {
  const doc = structuredClone(exampleDocument(example));
  edit(doc);
  return validatePlan(doc).issues;
}
function planOf(example: ExampleName, edit: (doc: any) => void): Plan {
  const doc = structuredClone(exampleDocument(example));
  edit(doc);
  const { plan, issues } = validatePlan(doc);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return plan!;
}
const errors = (issues: PlanIssue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: PlanIssue[]) => issues.filter((i) => i.severity === 'warning');

/** An issue as the wizard says it, in every language: field label, problem, fix. */
const said = (issue: PlanIssue) =>
  LOCALES.map((locale) => {
    const { problem, fix } = localizeIssue(issue, locale, (p) => describePath(locale, p));
    return `${describePath(locale, issue.path)} ${problem}. ${fix}`;
  });

/** Internal ids a message must never show: paths, kinds, external kinds, feature ids. */
const INTERNAL =
  /\w\[\d+\]|\b(api-consumers|admin-workstations|lpr-clients|dpf-conversion)\b|\bkind [a-z-]+\b/;

describe('addresses in canonical form', () => {
  it.each([
    ['2001:db8:20:0:0:0:0:11', '2001:db8:20::11'],
    ['2001:DB8:20::0011', '2001:db8:20::11'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['::ffff:a00:1', '10.0.0.1'],
    ['OE1.Example.COM.', 'oe1.example.com'],
    ['2001:db8:0:0::/64', '2001:db8::/64'],
  ])('writes %s as %s', (value, canonical) => expect(canonicalAddress(value)).toBe(canonical));
});

describe('the size of an address entry', () => {
  it.each([
    ['10.0.0.0/22', 1024n],
    ['10.0.0.1', 1n],
    ['printsrv.example.com', 1n],
    ['2001:db8::/64', 18_446_744_073_709_551_616n],
    ['::ffff:10.0.0.0/118', 1024n],
  ])('counts %s as %s addresses', (value, count) => expect(addressCount(value)).toBe(count));
});

describe('hosts compared in canonical form', () => {
  it('refuses a 3-node cluster whose second node repeats the first, naming both fields', () => {
    const issues = check('cluster-3-islands', (d) => (d.nodes[1] = { ...d.nodes[0] }));
    const twice = errors(issues);
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatchObject({
      path: 'nodes[1]',
      code: 'host-twice',
      params: { name: 'oe1', otherPath: 'nodes[0]' },
    });
    const [en, de] = said(twice[0]!);
    expect(en).toBe(
      'OE node 2 "oe1" is entered twice: OE node 1 has the same name and address. remove this entry, or enter the other server’s own name and address',
    );
    expect(de).toMatch(/^OE-Knoten 2 „oe1“ ist doppelt eingetragen: OE-Knoten 1 hat denselben/);
  });

  it('refuses one IPv6 address written two ways on two hosts', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => {
        d.nodes[0].address = '2001:db8:20::11';
        d.nodes[1].address = '2001:db8:20:0:0:0:0:11';
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: 'nodes[1].address',
      code: 'host-address-taken',
      params: { otherPath: 'nodes[0]' },
    });
  });

  it('refuses an IPv4-mapped IPv6 address that is another host’s IPv4 address', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => (d.managementServer.address = '::ffff:192.0.2.11')),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['managementServer.address', 'host-address-taken'],
    ]);
  });

  it('refuses an FQDN that differs only in case and a trailing dot', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => (d.nodes[1].fqdn = 'OE1.FRA.example.com.')),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([['nodes[1].fqdn', 'host-address-taken']]);
  });

  it('refuses a name that differs only in case', () => {
    const issues = errors(check('cluster-3-islands', (d) => (d.nodes[1].name = 'OE1')));
    expect(issues.map((i) => [i.path, i.code])).toEqual([['nodes[1].name', 'host-name-taken']]);
  });

  it('still takes one dedicated host that carries two components', () => {
    const db = { name: 'db1', address: '192.0.2.60' };
    const issues = check('cluster-3-islands', (d) => {
      d.placement.mongodb = { on: 'dedicated', hosts: [db] };
      d.placement.elastic = { on: 'dedicated', hosts: [{ ...db, name: 'DB1' }] };
    });
    expect(errors(issues)).toEqual([]);
  });

  it('refuses one dedicated host entered twice for the same component', () => {
    const db = { name: 'db1', address: '192.0.2.60' };
    const issues = errors(
      check(
        'cluster-3-islands',
        (d) => (d.placement.mongodb = { on: 'dedicated', hosts: [db, db] }),
      ),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['placement.mongodb.hosts[1]', 'host-twice'],
    ]);
  });

  it('never computes a rule from a host to itself, however a client writes its address', () => {
    const plan = planOf('cluster-5-every-feature', (d) => {
      d.nodes[4].address = '2001:db8::15';
      // The admins' list names oe1 and oe5, each spelled another way.
      d.clientGroups[3].addresses.push('::ffff:192.0.2.11', '2001:DB8:0:0::15');
    });
    const rules = computeMatrix(plan).hostRules;
    expect(rules.length).toBeGreaterThan(0);
    const self = rules.filter(
      (r) =>
        r.sourceKey === r.destinationKey ||
        canonicalAddress(r.source) === canonicalAddress(r.destination),
    );
    expect(self).toEqual([]);
  });
});

describe('host names follow RFC 1123', () => {
  it('refuses "oe 2!" with the rule and an example, in every language', () => {
    const issues = errors(check('cluster-3-islands', (d) => (d.nodes[1].name = 'oe 2!')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'nodes[1].name', code: 'host-name-invalid' });
    const [en, de] = said(issues[0]!);
    expect(en).toMatch(
      /"oe 2!" is not a valid host name \(RFC 1123: letters a–z, digits and hyphens/,
    );
    expect(en).toMatch(/write it like oe2 or oe2\.example\.com$/);
    expect(de).toMatch(/„oe 2!“ ist kein gültiger Hostname \(RFC 1123: Buchstaben a–z, Ziffern/);
    expect(de).toMatch(/schreiben Sie ihn wie oe2 oder oe2\.example\.com$/);
  });

  it.each([['oe-2'], ['OE2'], ['oe2.fra.example.com'], ['a'.repeat(63)]])('takes %s', (name) =>
    expect(errors(check('cluster-3-islands', (d) => (d.nodes[1].name = name)))).toEqual([]),
  );

  it.each([['-oe2'], ['oe2-'], ['oe_2'], ['a'.repeat(64)], ['oe2..example.com'], ['192.0.2']])(
    'refuses %s',
    (name) =>
      expect(
        errors(check('cluster-3-islands', (d) => (d.nodes[1].name = name))).map((i) => i.code),
      ).toContain('host-name-invalid'),
  );

  it('takes an FQDN with the root’s trailing dot', () =>
    expect(check('single-minimal', (d) => (d.nodes[0].fqdn = 'oe1.hh.example.com.'))).toEqual([]));
});

describe('warnings about networks and unused entries', () => {
  it('warns of a client host inside another group’s network, in every language', () => {
    const issues = warnings(
      check('single-minimal', (d) => d.clientGroups[1].addresses.push('192.0.2.130')),
    );
    expect(issues.map((i) => [i.path, i.code, i.params.otherPath])).toEqual([
      ['clientGroups[1].addresses[1]', 'client-in-network', 'clientGroups[0]'],
    ]);
    const [en, de] = said(issues[0]!);
    expect(en).toMatch(/"192.0.2.130" lies in 192.0.2.128\/25 of Client group 1/);
    expect(de).toMatch(/„192.0.2.130“ liegt in 192.0.2.128\/25 von Client-Gruppe 1/);
  });

  it('warns of two client groups sharing addresses, either way round', () => {
    const inner = warnings(
      check('single-minimal', (d) => d.clientGroups[1].addresses.push('192.0.2.192/26')),
    );
    expect(inner.map((i) => [i.path, i.code])).toEqual([
      ['clientGroups[1].addresses[1]', 'client-in-network'],
    ]);
    const outer = warnings(
      check('single-minimal', (d) => d.clientGroups[1].addresses.push('192.0.2.0/24')),
    );
    expect(outer.map((i) => [i.path, i.code])).toEqual([
      ['clientGroups[0].addresses[0]', 'client-in-network'],
    ]);
    expect(outer[0]!.params).toMatchObject({
      network: '192.0.2.0/24',
      otherPath: 'clientGroups[1]',
    });
  });

  it('warns of an island printer network inside a mainland one', () => {
    const issues = warnings(
      check(
        'cluster-3-islands',
        (d) => (d.islandSites[1].printerNetworks[0].addresses = ['198.51.100.0/25']),
      ),
    );
    expect(issues.map((i) => [i.path, i.code, i.params.otherPath])).toEqual([
      [
        'islandSites[1].printerNetworks[0].addresses[0]',
        'island-printers-overlap',
        'printerNetworks[0]',
      ],
    ]);
    const [en, de] = said(issues[0]!);
    expect(en).toMatch(/overlaps 198.51.100.0\/24 of Printer network 1/);
    expect(de).toMatch(/überschneidet sich mit 198.51.100.0\/24 von Druckernetz 1/);
  });

  it('says nothing of networks that are apart', () => {
    expect(
      check('single-minimal', (d) =>
        d.clientGroups[1].addresses.push('192.0.2.0/25', '10.0.0.0/8'),
      ),
    ).toEqual([]);
  });

  it('warns of a client group, an island site and an external system that open nothing', () => {
    const issues = warnings(
      check('cluster-3-islands', (d) => {
        d.clientGroups.push({
          name: 'Info',
          kind: 'infoclient-users',
          addresses: ['192.0.2.96/27'],
        });
        d.features = d.features.filter((f: string) => f !== 'remote-printing');
        d.externalSystems = [{ name: 'gw', kind: 'sap', address: '192.0.2.42' }];
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['clientGroups[2]', 'client-group-unused'],
      ['islandSites[0]', 'island-site-unused'],
      ['islandSites[1]', 'island-site-unused'],
      ['externalSystems[0]', 'external-system-unused'],
    ]);
    for (const issue of issues) for (const text of said(issue)) expect(text).not.toMatch(INTERNAL);
    expect(said(issues[0]!)[0]).toMatch(
      /opens nothing: no feature that is switched on serves Infoclient users/,
    );
    expect(said(issues[1]!)[1]).toMatch(
      /schalten Sie .+ ein, oder entfernen Sie den Inselstandort$/,
    );
  });

  it('warns of a management server that nothing is placed on and nothing uses', () => {
    const issues = warnings(
      check('cluster-3-islands', (d) => {
        d.features = ['lpr'];
        // Placed on the OE nodes on purpose: left open, the vendor's default puts them on it.
        d.placement = { elastic: { on: 'oe-nodes' }, keycloak: { on: 'oe-nodes' } };
        d.clientGroups.splice(1);
        d.islandSites = [];
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['managementServer', 'management-server-unused'],
    ]);
    const [en, de] = said(issues[0]!);
    expect(en).toBe(
      'Management server opens nothing: no component is placed on it, and no feature that is switched on uses it. place the Elastic Stack or Keycloak on it, or remove it',
    );
    expect(de).toMatch(/^Managementserver öffnet nichts: Keine Komponente liegt darauf/);
  });

  it('warns of a source known only by name, at the field it is entered in', () => {
    const issues = warnings(
      check('single-minimal', (d) => {
        d.clientGroups[0].addresses.push('pc1.example.com');
        delete d.nodes[0].address;
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['nodes[0]', 'source-without-ip'],
      ['clientGroups[0].addresses[1]', 'source-without-ip'],
    ]);
    const [en, de] = said(issues[1]!);
    expect(en).toMatch(
      /^Client group 1 › Address 2 is a source of this plan’s rules but has no IP address/,
    );
    expect(de).toMatch(/ist Quelle von Regeln dieses Plans, hat aber keine IP-Adresse/);
  });
});

describe('messages in the user’s words', () => {
  it.each<[string, ExampleName, (d: any) => void]>([
    [
      'a feature without its external system',
      'single-every-feature',
      (d) => (d.externalSystems = d.externalSystems.filter((e: any) => e.kind !== 'sap')),
    ],
    ['a feature without its clients', 'single-minimal', (d) => d.features.push('rest-api')],
    ['a feature listed twice', 'single-minimal', (d) => d.features.push('lpr')],
    ['an empty address list', 'single-minimal', (d) => (d.clientGroups[0].addresses = [])],
    ['a host name taken', 'cluster-3-islands', (d) => (d.nodes[1].name = 'oe1')],
  ])('names %s by its wizard names, never by an internal id', (_, example, edit) => {
    const issues = check(example, edit);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      for (const text of said(issue)) expect(text).not.toMatch(INTERNAL);
      for (const locale of LOCALES) {
        const line = formatIssue(issue, locale).replace(/^[^:]+: [^:]+: /, '');
        expect(line).not.toMatch(INTERNAL);
      }
    }
  });

  it('names the field on the command line by the wizard’s name too, given the document', () => {
    const doc = structuredClone(exampleDocument('cluster-3-islands')) as any;
    doc.nodes[1] = { ...doc.nodes[0] };
    const [issue] = errors(validatePlan(doc).issues);
    expect(formatIssue(issue!, 'en', doc)).toBe(
      'error: OE node 2 (oe1), nodes[1]: "oe1" is entered twice: OE node 1 (oe1) has the same name and address. Fix: remove this entry, or enter the other server’s own name and address.',
    );
    expect(formatIssue(issue!, 'de', doc)).toMatch(
      /^Fehler: OE-Knoten 2 \(oe1\), nodes\[1\]: „oe1“ ist doppelt eingetragen: OE-Knoten 1 \(oe1\) hat/,
    );
    expect(formatIssue(issue!)).toMatch(
      /^error: nodes\[1\]: "oe1" is entered twice: OE node 1 has/,
    );
  });

  it('says an empty address list is empty, not that addresses have no address', () => {
    const [issue] = errors(check('single-minimal', (d) => (d.clientGroups[0].addresses = [])));
    const [en, de] = said(issue!);
    expect(en).toMatch(/^Client group 1 › Addresses is empty\./);
    expect(de).toMatch(/^Client-Gruppe 1 › Adressen ist leer\./);
  });
});

describe('every error at once', () => {
  it('keeps the other fields’ errors beside a schema failure', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => {
        d.nodes[0].address = '192.0.2.300';
        d.managementServer.address = d.nodes[2].address;
        d.project.customer = 'line\nbreak';
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['project.customer', 'control-character'],
      ['nodes[0].address', 'ip-address-invalid'],
      ['managementServer.address', 'host-address-taken'],
    ]);
  });

  it('keeps the warnings of other fields beside a schema failure', () => {
    const issues = check('single-minimal', (d) => {
      d.nodes[0].address = '192.0.2.300';
      d.clientGroups[0].addresses.push('pc1.example.com');
    });
    expect(issues.map((i) => [i.severity, i.path, i.code])).toEqual([
      ['error', 'nodes[0].address', 'ip-address-invalid'],
      ['warning', 'clientGroups[0].addresses[1]', 'source-without-ip'],
    ]);
  });

  it('keeps the rules’ errors beside an unknown field', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => {
        d.featuers = [];
        d.nodes[1].comment = 'spare';
        d.nodes[2].name = 'oe1';
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['nodes[1]', 'unknown-fields'],
      ['', 'unknown-fields'],
      ['nodes[2].name', 'host-name-taken'],
    ]);
  });

  it('checks an entry whose name is refused under a stand-in, which no message says', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => {
        d.nodes[1].name = 'oe 2!';
        d.nodes[2].name = 'oe1';
        d.managementServer.name = 'mgmt\n1';
        d.managementServer.address = d.nodes[0].address;
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['nodes[1].name', 'host-name-invalid'],
      ['managementServer.name', 'control-character'],
      ['nodes[2].name', 'host-name-taken'],
    ]);
    for (const issue of issues) expect(JSON.stringify(issue)).not.toMatch(/set-aside/);
  });

  it('says nothing about an entry set aside, nor about a list it shortened', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => {
        d.nodes[1] = 'oe2';
        d.nodes[2].name = 'oe1';
      }),
    );
    // nodes[2] is nodes[1] once the entry is set aside: no count error, no error at a moved path.
    expect(issues.map((i) => [i.path, i.code])).toEqual([['nodes[1]', 'wrong-type']]);
  });

  it('says no error the setting aside itself would cause', () => {
    const issues = errors(
      check('single-every-feature', (d) => {
        d.externalSystems[1].kind = 'dpf-server';
        d.placement = { elastic: { on: 'elsewhere' } };
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['placement.elastic.on', 'not-allowed'],
      ['externalSystems[1].kind', 'not-allowed'],
    ]);
  });

  it('fixing a schema error reveals nothing that was already there', () => {
    const edit = (d: any) => {
      d.clientGroups[0].addresses.push('10.0.0.300');
      d.features.push('dpf-conversion');
      d.nodes[1].address = d.nodes[0].address;
    };
    const before = errors(check('cluster-3-islands', edit)).map((i) => i.path);
    const after = errors(
      check('cluster-3-islands', (d) => {
        edit(d);
        d.clientGroups[0].addresses.pop();
      }),
    ).map((i) => i.path);
    expect(after.every((path) => before.includes(path))).toBe(true);
    expect(before).toEqual(['clientGroups[0].addresses[1]', 'nodes[1].address', 'features[5]']);
  });
});
