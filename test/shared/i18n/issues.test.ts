import { describe, expect, it } from 'vitest';
import {
  issueText,
  LOCALE_PROFILES,
  LOCALES,
  localizeIssue,
  MESSAGES,
  type IssueCode,
} from '../../../shared/i18n';
import { formatIssue, planIssue, validatePlan, type PlanIssue } from '../../../shared/plan';
import { exampleDocument, type ExampleName } from '../../support/examples';

const CODES = Object.keys(MESSAGES.en.issues) as IssueCode[];
/** The languages the validator's English issue texts are translated into. */
const TRANSLATED = LOCALES.filter((locale) => !LOCALE_PROFILES[locale].sourceLanguage);

/** One plan edit per issue code: the validator itself must say each of them. */
type Trigger = [ExampleName, (doc: any) => unknown] | { document: unknown } | 'not-from-validation';
const TRIGGERS: Record<IssueCode, Trigger> = {
  'not-a-plan': { document: [1, 2] },
  'not-json': 'not-from-validation',
  'schema-version': ['single-minimal', (d) => (d.schemaVersion = 9)],
  'date-invalid': ['single-minimal', (d) => (d.change = { requestedDate: '31.03.2027' })],
  'email-invalid': ['single-minimal', (d) => (d.change = { networkContact: { email: 'netops' } })],
  'phone-invalid': ['single-minimal', (d) => (d.change = { technician: { phone: '=1+1' } })],
  'zone-name-invalid': ['single-minimal', (d) => (d.zoneNames = { 'oe-nodes': '1 oe' })],
  missing: ['single-minimal', (d) => delete d.project.name],
  'missing-choice': ['single-minimal', (d) => delete d.project.os],
  'wrong-type': ['single-minimal', (d) => (d.parameters = { sapSnc: 'yes' })],
  'not-allowed': ['single-minimal', (d) => (d.project.os = 'mac')],
  'unknown-fields': ['single-minimal', (d) => Object.assign(d, { foo: 1, bar: 2 })],
  'too-long': ['single-minimal', (d) => (d.project.customer = 'x'.repeat(201))],
  invalid: 'not-from-validation',
  'name-empty': ['single-minimal', (d) => (d.project.name = ' ')],
  'control-character': ['single-minimal', (d) => (d.nodes[0].name = 'x\n=1+1')],
  'too-many': ['single-minimal', (d) => (d.clientGroups = clientGroups(1001, 1))],
  'too-deep': { document: { schemaVersion: 1, junk: nested(20) } },
  'document-too-large': { document: { schemaVersion: 1, junk: new Array(500_001).fill(0) } },
  'too-many-host-rules': [
    'cluster-5-every-feature',
    (d) => {
      d.nodes = Array.from({ length: 63 }, (_, i) => ({
        name: `oe${i}`,
        address: `10.0.0.${i + 1}`,
      }));
      d.clientGroups = clientGroups(1000, 10);
    },
  ],
  'more-issues': [
    'single-minimal',
    (d) => (d.clientGroups = Array.from({ length: 300 }, () => ({}))),
  ],
  'port-too-low': ['single-minimal', (d) => (d.parameters = { dpfApiPort: 0 })],
  'port-too-high': ['single-minimal', (d) => (d.parameters = { dpfApiPort: 70000 })],
  'host-name-invalid': ['single-minimal', (d) => (d.nodes[0].fqdn = 'oe_1.example.com')],
  'ip-address-invalid': ['single-minimal', (d) => (d.nodes[0].address = '10.0.0.300')],
  'cidr-invalid': ['single-minimal', (d) => (d.clientGroups[0].addresses = ['10.0.0.0/33'])],
  'cidr-host-bits': ['single-minimal', (d) => (d.clientGroups[0].addresses = ['10.0.0.1/8'])],
  'address-invalid': ['single-minimal', (d) => (d.clientGroups[0].addresses = ['x_y'])],
  'addresses-empty': ['single-minimal', (d) => (d.clientGroups[0].addresses = [])],
  'protocols-empty': ['single-minimal', (d) => (d.printerNetworks[0].protocols = [])],
  'checkout-hosts-empty': ['cluster-3-islands', (d) => (d.islandSites[0].checkoutHosts = [])],
  'sap-system-number': ['single-minimal', (d) => (d.parameters = { sapSystemNumber: '1' })],
  'product-version': ['single-minimal', (d) => (d.project.productVersion = '9.0.0')],
  'nodes-empty': ['single-minimal', (d) => (d.nodes = [])],
  'single-node-count': ['single-minimal', (d) => d.nodes.push({ name: 'oe2' })],
  'cluster-too-few-nodes': ['cluster-3-islands', (d) => d.nodes.splice(1)],
  'cluster-even-nodes': ['cluster-3-islands', (d) => d.nodes.push({ name: 'oe4' })],
  'management-server-missing': [
    'cluster-3-islands',
    (d) => {
      delete d.managementServer;
      d.placement = {};
    },
  ],
  'management-server-unused': [
    'cluster-3-islands',
    (d) => {
      d.features = [];
      d.placement = { elastic: { on: 'oe-nodes' }, keycloak: { on: 'oe-nodes' } };
    },
  ],
  'placement-without-management-server': ['cluster-3-islands', (d) => delete d.managementServer],
  'placement-without-hosts': [
    'single-minimal',
    (d) => (d.placement = { mongodb: { on: 'dedicated' } }),
  ],
  'placement-unused-hosts': [
    'single-minimal',
    (d) => (d.placement = { mongodb: { on: 'oe-nodes', hosts: [{ name: 'db1' }] } }),
  ],
  'mongodb-placement-version': [
    'cluster-3-islands',
    (d) => {
      d.project.productVersion = '5.3.0';
      d.placement.mongodb = { on: 'management-server' };
    },
  ],
  'host-name-taken': ['cluster-3-islands', (d) => (d.nodes[1].name = 'oe1')],
  'host-address-taken': [
    'cluster-3-islands',
    (d) => (d.managementServer.address = d.nodes[2].address),
  ],
  'host-twice': ['cluster-3-islands', (d) => (d.nodes[1] = { ...d.nodes[0] })],
  'host-without-address': ['single-minimal', (d) => (d.nodes[0] = { name: 'oe1' })],
  'source-without-ip': [
    'single-minimal',
    (d) => d.clientGroups[0].addresses.push('pc1.example.com'),
  ],
  'client-in-network': ['single-minimal', (d) => d.clientGroups[1].addresses.push('192.0.2.130')],
  'island-printers-overlap': [
    'cluster-3-islands',
    (d) => d.islandSites[0].printerNetworks[0].addresses.push('198.51.100.64/26'),
  ],
  'client-group-unused': [
    'single-minimal',
    (d) =>
      d.clientGroups.push({
        name: 'Admins',
        kind: 'admin-workstations',
        addresses: ['192.0.2.30'],
      }),
  ],
  'island-site-unused': [
    'cluster-3-islands',
    (d) => (d.features = d.features.filter((f: string) => f !== 'remote-printing')),
  ],
  'external-system-unused': [
    'single-every-feature',
    (d) => (d.features = d.features.filter((f: string) => f !== 'dpf-conversion')),
  ],
  'name-twice': ['single-minimal', (d) => (d.clientGroups[1].name = d.clientGroups[0].name)],
  'client-is-host': ['single-minimal', (d) => d.clientGroups[1].addresses.push(d.nodes[0].address)],
  'client-in-two-groups': [
    'single-minimal',
    (d) => d.clientGroups[1].addresses.push(d.clientGroups[0].addresses[0]),
  ],
  'feature-twice': ['single-minimal', (d) => d.features.push('lpr')],
  'feature-needs-version': ['single-every-feature', (d) => (d.project.productVersion = '6.1.1')],
  'feature-needs-external': [
    'single-every-feature',
    (d) => (d.externalSystems = d.externalSystems.filter((e: any) => e.kind !== 'dpf')),
  ],
  'feature-needs-islands': ['single-minimal', (d) => d.features.push('remote-printing')],
  'feature-not-in-installation': [
    'single-every-feature',
    (d) => d.features.push('remote-consul-ui'),
  ],
  'feature-without-clients': ['single-minimal', (d) => d.features.push('administrator')],
  'features-exclusive': ['cluster-5-every-feature', (d) => d.features.push('monitoring-checkin')],
  'load-balancer-unused': [
    'cluster-3-islands',
    (d) => {
      d.loadBalancer = { name: 'lb', address: '192.0.2.99' };
      d.features = d.features.filter((f: string) => f !== 'remote-printing');
    },
  ],
  'printer-protocols-version': [
    'cluster-3-islands',
    (d) => {
      d.project.productVersion = '5.3.0';
      d.printerNetworks[0].protocols = ['ipps'];
    },
  ],
  'printer-protocols-unverified': [
    'cluster-3-islands',
    (d) => {
      d.project.productVersion = '5.4.0';
      d.printerNetworks[0].protocols = ['ipps'];
    },
  ],
  'port-conflict': ['single-every-feature', (d) => (d.parameters = { dpfCallbackPort: 8081 })],
};

function issuesOf(example: ExampleName, edit: (doc: any) => unknown): PlanIssue[] {
  const doc = structuredClone(exampleDocument(example));
  edit(doc);
  return validatePlan(doc).issues;
}

const leftover = /\{\{|\}\}/;

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function clientGroups(count: number, addressesEach: number) {
  return Array.from({ length: count }, (_, g) => ({
    name: `clients ${g}`,
    kind: 'lpr-clients',
    addresses: Array.from(
      { length: addressesEach },
      (_, a) => `10.${100 + (g >> 8)}.${g & 255}.${a + 1}`,
    ),
  }));
}

describe('plan issues in every language', () => {
  it('names a trigger for every issue code', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES.filter((c) => TRIGGERS[c] !== 'not-from-validation'))(
    'the validator says %s, and it reads in every language without a leftover placeholder',
    (code) => {
      const trigger = TRIGGERS[code] as Exclude<Trigger, 'not-from-validation'>;
      const issues = Array.isArray(trigger)
        ? issuesOf(...trigger)
        : validatePlan(trigger.document).issues;
      const issue = issues.find((i) => i.code === code);
      expect(issue, `no ${code} issue`).toBeDefined();
      const english = localizeIssue(issue!, 'en');
      expect(english).toEqual({ problem: issue!.problem, fix: issue!.fix });
      for (const locale of LOCALES) {
        const said = localizeIssue(issue!, locale);
        for (const text of [said.problem, said.fix]) {
          expect(text.trim(), locale).not.toBe('');
          expect(text, locale).not.toMatch(leftover);
        }
      }
      for (const locale of TRANSLATED) {
        expect(localizeIssue(issue!, locale).problem, locale).not.toBe(english.problem);
      }
      expect(formatIssue(issue!, 'de')).toMatch(/^(Fehler|Warnung): .*\. Abhilfe: .*\.$/);
    },
  );

  it('renders every code without a leftover placeholder, given the values its texts name', () => {
    const values = {
      count: 2,
      fewer: 3,
      more: 5,
      feature: 'sap-odata',
      features: ['seal-keycloak', 'external-idp'],
      kinds: ['admin-workstations', 'api-consumers'],
      external: 'dpf',
      installation: 'single',
      expected: 'string',
      given: 'number',
      value: '5',
      options: ['linux', 'windows'],
      fields: ['foo'],
      maximum: 80,
      name: 'oe1',
      otherPath: 'nodes[1]',
      address: '10.0.0.1',
      id: 'ipp',
      since: '7.1.0',
      version: '6.1.1',
      protocols: ['ipps'],
      service: 'seal-a',
      otherService: 'seal-b',
      port: 8081,
      transport: 'tcp',
      host: 'oe1',
      oldest: '5.0.0',
      newest: '7.2.x',
      network: '10.0.0.0/8',
      character: 'U+000A',
      position: 2,
    };
    for (const code of CODES) {
      for (const locale of LOCALES) {
        const { problem, fix } = issueText(locale, code, values);
        expect(`${problem} ${fix}`, `${locale} ${code}`).not.toMatch(leftover);
      }
    }
  });

  it('names features, client kinds and external systems in German, and fields as the face describes them', () => {
    const [external] = issuesOf('single-every-feature', (d) => {
      d.externalSystems = d.externalSystems.filter((e: any) => e.kind !== 'dpf');
    });
    expect(localizeIssue(external!, 'de').problem).toBe(
      'Konvertierung über DPF braucht ein externes System der Art DPF, und der Plan hat keines',
    );
    const clients = issuesOf('single-minimal', (d) => d.features.push('administrator'));
    expect(localizeIssue(clients[0]!, 'de').problem).toBe(
      'PLOSSYS Administrator ist eingeschaltet, aber keine Client-Gruppe der Art Admin-Arbeitsplätze nutzt die Funktion',
    );
    const taken = issuesOf(
      'cluster-3-islands',
      (d) => (d.managementServer.address = d.nodes[2].address),
    );
    const described = localizeIssue(taken[0]!, 'de', (path) => `«${path}»`);
    expect(described.problem).toBe('„192.0.2.13“ wird auch von «nodes[2]» verwendet');
  });

  it('keeps a shape error’s English words and gives German ones', () => {
    const [wrong] = issuesOf('single-minimal', (d) => (d.parameters = { dpfApiPort: 'x' }));
    expect(wrong!.problem).toBe('should be number, not string "x"');
    expect(localizeIssue(wrong!, 'de')).toEqual({
      problem: 'muss vom Typ Zahl sein, nicht der Text "x"',
      fix: 'geben Sie einen Wert vom Typ Zahl ein',
    });
    const [hinted] = issuesOf('single-minimal', (d) => (d.project.name = ''));
    expect(hinted!.fix).toBe('give it a name');
  });

  it('formats an issue for a terminal in either language', () => {
    const issue = planIssue('error', 'nodes', 'cluster-even-nodes', {
      count: 4,
      fewer: 3,
      more: 5,
    });
    expect(formatIssue(issue)).toMatch(
      /^error: nodes: has 4 OE nodes, .* Fix: add or remove one node \(3 or 5\)\.$/,
    );
    expect(formatIssue(issue, 'de')).toMatch(
      /^Fehler: nodes: sind 4, aber ein Cluster braucht .* Abhilfe: Fügen Sie einen Knoten hinzu oder entfernen Sie einen \(3 oder 5\)\.$/,
    );
  });
});
