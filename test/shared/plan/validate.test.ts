import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { validatePlan, type PlanIssue } from '../../../shared/plan';
import { exampleDocument, type ExampleName } from '../../support/examples';

function check(example: ExampleName, edit: (doc: any) => void): PlanIssue[] {
  const doc = structuredClone(exampleDocument(example));
  edit(doc);
  return validatePlan(doc).issues;
}
const errors = (issues: PlanIssue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: PlanIssue[]) => issues.filter((i) => i.severity === 'warning');
const nodes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `oe${i + 1}`, address: `192.0.2.${11 + i}` }));

describe('plan validation', () => {
  it.each([
    ['single-minimal'],
    ['single-every-feature'],
    ['cluster-3-islands'],
    ['cluster-5-every-feature'],
  ] as const)('accepts the example %s without errors or warnings', (example) =>
    expect(validatePlan(exampleDocument(example)).issues).toEqual([]),
  );

  it('refuses a 4-node cluster, says why, and accepts 5', () => {
    const four = errors(check('cluster-3-islands', (d) => (d.nodes = nodes(4))));
    expect(four).toHaveLength(1);
    expect(four[0]).toMatchObject({ path: 'nodes', severity: 'error' });
    expect(four[0]!.problem).toMatch(/odd number, three or more/);
    expect(four[0]!.problem).toMatch(/MongoDB needs a majority/);
    expect(four[0]!.fix).toMatch(/3 or 5/);
    expect(errors(check('cluster-3-islands', (d) => (d.nodes = nodes(5))))).toEqual([]);
    expect(errors(check('cluster-3-islands', (d) => (d.nodes = nodes(1))))[0]!.fix).toMatch(
      /until there are 3/,
    );
  });

  it('keeps a single server to exactly one OE node', () => {
    expect(errors(check('single-minimal', (d) => (d.nodes = nodes(2))))[0]).toMatchObject({
      path: 'nodes',
    });
  });

  it('finds duplicate names and addresses across the plan’s hosts', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => {
        d.nodes[1].name = 'oe1';
        d.managementServer.address = '192.0.2.13';
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['nodes[1].name', 'managementServer.address']);
    expect(issues[1]!.problem).toBe('"192.0.2.13" is also used by nodes[2]');
  });

  it.each([
    [
      'an IPv4 address',
      (d: any) => (d.nodes[0].address = '192.0.2.300'),
      'nodes[0].address',
      /not a valid IPv4 or IPv6/,
    ],
    [
      'an IPv6 address',
      (d: any) => (d.nodes[0].address = '2001:db8::g'),
      'nodes[0].address',
      /not a valid IPv4 or IPv6/,
    ],
    [
      'a host name',
      (d: any) => (d.nodes[0].fqdn = 'oe_1.example.com'),
      'nodes[0].fqdn',
      /not a valid host name/,
    ],
    [
      'a CIDR with host bits',
      (d: any) => (d.clientGroups[0].addresses = ['192.0.2.130/25']),
      'clientGroups[0].addresses[0]',
      /host bits set/,
    ],
    [
      'a CIDR prefix',
      (d: any) => (d.clientGroups[0].addresses = ['192.0.2.0/33']),
      'clientGroups[0].addresses[0]',
      /not a valid CIDR/,
    ],
    [
      'a port',
      (d: any) => (d.parameters = { dpfApiPort: 70000 }),
      'parameters.dpfApiPort',
      /above 65535/,
    ],
    [
      'a product version',
      (d: any) => (d.project.productVersion = '8.0.0'),
      'project.productVersion',
      /5.0.0 to 7.2.x/,
    ],
    ['an unknown field', (d: any) => (d.featuers = []), '', /unknown field featuers/],
  ])('names the field of an invalid %s', (_, edit, path, problem) => {
    const issues = errors(check('single-minimal', edit));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.problem).toMatch(problem);
    expect(issues[0]!.fix).not.toBe('');
  });

  it('suggests the network address for a CIDR with host bits', () => {
    const [issue] = errors(
      check('single-minimal', (d) => (d.clientGroups[0].addresses = ['192.0.2.130/25'])),
    );
    expect(issue!.fix).toBe('use the network address: 192.0.2.128/25');
  });

  it('refuses a feature whose host is missing: DPF without a DPF host', () => {
    const issues = errors(
      check(
        'single-every-feature',
        (d) => (d.externalSystems = d.externalSystems.filter((e: any) => e.kind !== 'dpf')),
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.problem).toBe(
      'Conversion via DPF needs an external system "DPF", and the plan has none',
    );
  });

  it('refuses a feature the product version does not have', () => {
    const issues = errors(
      check('single-every-feature', (d) => (d.project.productVersion = '6.1.1')),
    );
    expect(issues.map((i) => i.problem)).toEqual([
      'SAP oData Print API needs product version 7.1.0 or later, the plan has 6.1.1',
    ]);
  });

  it('refuses printer protocols an old product version does not have', () => {
    // The printer keys of 5.3.0 list lpr and socket only.
    const issues = errors(
      check('cluster-3-islands', (d) => {
        d.project.productVersion = '5.3.0';
        d.printerNetworks[0].protocols = ['ipps'];
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['printerNetworks[0].protocols']);
  });

  it('warns, without refusing, where no page says whether a version has the printer protocols', () => {
    const plan = check('cluster-3-islands', (d) => {
      d.project.productVersion = '5.4.0';
      d.printerNetworks[0].protocols = ['ipps'];
    });
    expect(errors(plan)).toEqual([]);
    const warned = plan.filter((i) => i.code === 'printer-protocols-unverified');
    expect(warned.map((i) => [i.severity, i.path])).toEqual([
      ['warning', 'printerNetworks[0].protocols'],
    ]);
  });

  it('refuses two services on one host on the same port and transport', () => {
    const issues = errors(
      check('single-every-feature', (d) => (d.parameters = { dpfCallbackPort: 8081 })),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.problem).toBe(
      'seal-job-notifier and seal-convert-dpf would both listen on 8081/tcp on oe1',
    );
  });

  it('refuses features that exclude each other', () => {
    const issues = errors(
      check('cluster-5-every-feature', (d) => d.features.push('monitoring-checkin')),
    );
    expect(issues.map((i) => i.problem)).toEqual([
      'Monitoring: check-in metrics and Monitoring: all services exclude each other',
    ]);
  });

  it('keeps warnings apart from errors: a feature nobody uses opens nothing', () => {
    const issues = check('single-minimal', (d) => d.features.push('administrator'));
    expect(errors(issues)).toEqual([]);
    expect(warnings(issues).map((i) => i.path)).toEqual(['features[2]']);
    expect(warnings(issues)[0]!.problem).toMatch(/no client group of the kind Admin workstations/);
  });

  it('warns that the remote Consul UI opens nothing on a single server', () => {
    const issues = check('single-every-feature', (d) => d.features.push('remote-consul-ui'));
    expect(errors(issues)).toEqual([]);
    expect(warnings(issues)[0]!.problem).toMatch(/opens nothing in a single-server installation/);
  });

  it('refuses MongoDB away from the OE before 5.3.2', () => {
    const issues = errors(
      check('cluster-3-islands', (d) => {
        d.project.productVersion = '5.3.0';
        d.placement.mongodb = { on: 'management-server' };
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['placement.mongodb']);
  });

  it('refuses components placed on a management server the plan does not have', () => {
    const issues = errors(check('cluster-3-islands', (d) => delete d.managementServer));
    expect(issues.map((i) => i.path)).toEqual(['placement.elastic', 'placement.keycloak']);
  });

  it('refuses a document that is not a plan, and a wrong schema version', () => {
    expect(validatePlan([1, 2]).issues[0]!.problem).toBe('is not a plan (a JSON object)');
    const wrong = validatePlan({ ...exampleDocument('single-minimal'), schemaVersion: 3 });
    expect(wrong.plan).toBeUndefined();
    expect(wrong.issues[0]!.problem).toBe(
      'is 3, but this planner reads plans of schema versions 1 to 2',
    );
  });
});

describe('an external identity provider', () => {
  it('replaces Keycloak with the customer’s host and port', () => {
    const doc = structuredClone(exampleDocument('single-every-feature')) as any;
    doc.features = doc.features.map((f: string) => (f === 'seal-keycloak' ? 'external-idp' : f));
    doc.externalSystems.push({ name: 'adfs', kind: 'identity-provider', fqdn: 'adfs.example.com' });
    doc.parameters = { identityProviderPort: 8443 };
    const { plan, issues } = validatePlan(doc);
    expect(issues).toEqual([]);
    const rules = computeMatrix(plan!).hostRules;
    expect(rules.some((r) => r.port === 32769)).toBe(false);
    const idp = rules.filter((r) => r.destinationName === 'adfs');
    // The Infoclient (client credentials) and easyPRIMA on mgmt (password grant) log in there too.
    expect(idp.map((r) => `${r.sourceName}:${r.port}`).sort()).toEqual([
      'APW:8443',
      'Admins:8443',
      'Infoclient users:8443',
      'mgmt:8443',
      'oe1:8443',
    ]);
    expect(idp.every((r) => r.evidence === 'inferred' && r.features.includes('external-idp'))).toBe(
      true,
    );
    expect(idp[0]!.destination).toBe('adfs.example.com');
  });
});
