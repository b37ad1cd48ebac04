import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { PlanSchema, plannedHosts, validatePlan, type Plan } from '../../../shared/plan';
import { canonicalAddress, isCidr } from '../../../shared/plan/addresses';
import { exampleDocument, EXAMPLES } from '../../support/examples';
import { random, type Random } from '../../support/random';

/** Another way to write the same address: the mistakes a technician typing it again makes. */
function respelled(r: Random, address: string): string {
  if (address.includes(':')) {
    const [head = '', tail = ''] = address.split('::');
    const fill =
      8 - head.split(':').filter(Boolean).length - tail.split(':').filter(Boolean).length;
    const long = [head, ...Array<string>(Math.max(fill, 0)).fill('0'), tail]
      .filter(Boolean)
      .join(':');
    return r.pick([long, address.toUpperCase(), address]);
  }
  return r.pick([`::ffff:${address}`, `::FFFF:${address}`, address]);
}

const hostsOf = (d: any): any[] => [
  ...d.nodes,
  ...(d.managementServer ? [d.managementServer] : []),
  ...(d.loadBalancer ? [d.loadBalancer] : []),
  ...(d.externalSystems ?? []),
  ...(d.islandSites ?? []).flatMap((s: any) => s.checkoutHosts),
];

/** Edits that make a plan wrong the quiet way, and some that keep it right. */
const EDITS: Array<(r: Random, d: any) => void> = [
  // A node entered twice, or typed again with its address written another way.
  (r, d) => {
    const i = r.int(d.nodes.length);
    const host = { ...d.nodes[i] };
    if (host.address && r.next() < 0.5) host.address = respelled(r, host.address);
    d.nodes[r.int(d.nodes.length)] = host;
  },
  // Another host takes a host's address, spelled any way.
  (r, d) => {
    const hosts = hostsOf(d).filter((h) => h.address);
    if (hosts.length === 0) return;
    const from = r.pick(hosts);
    r.pick(hostsOf(d)).address = respelled(r, from.address);
  },
  // An FQDN repeated in another case, with or without the root's dot.
  (r, d) => {
    const hosts = hostsOf(d).filter((h) => h.fqdn);
    if (hosts.length === 0) return;
    const fqdn = r.pick(hosts).fqdn as string;
    r.pick(hostsOf(d)).fqdn = r.pick([fqdn.toUpperCase(), `${fqdn}.`, fqdn]);
  },
  // A name repeated in another case.
  (r, d) => (r.pick(hostsOf(d)).name = r.pick(hostsOf(d)).name.toUpperCase()),
  // A client that is also a server, by any spelling of its address.
  (r, d) => {
    const hosts = hostsOf(d).filter((h) => h.address);
    if (d.clientGroups.length === 0 || hosts.length === 0) return;
    const host = r.pick(hosts);
    r.pick(d.clientGroups as any[]).addresses.push(respelled(r, host.address));
  },
  // A client address inside, or around, another group's network.
  (r, d) => {
    if (d.clientGroups.length === 0) return;
    r.pick(d.clientGroups as any[]).addresses.push(
      r.pick(['192.0.2.130', '192.0.2.0/24', '192.0.2.64/26', '10.9.0.0/16']),
    );
  },
  // An island's printers inside the mainland's.
  (r, d) => {
    const sites: any[] = (d.islandSites ?? []).filter((s: any) => s.printerNetworks.length > 0);
    if (sites.length === 0 || !d.printerNetworks?.length) return;
    r.pick(sites).printerNetworks[0].addresses.push(
      r.pick(d.printerNetworks as any[]).addresses[0],
    );
  },
  // A feature switched off, so that a group or a system may open nothing.
  (r, d) => d.features.length > 1 && d.features.splice(r.int(d.features.length), 1),
  // A host known only by its FQDN or its name.
  (r, d) => {
    const host = r.pick(hostsOf(d));
    delete host.address;
    if (r.next() < 0.5) delete host.fqdn;
  },
  // A fresh, distinct node: a plan that should stay valid.
  (r, d) => {
    const n = 100 + r.int(100);
    d.nodes.push({ name: `oe${n}`, address: `2001:db8:99::${n}` });
  },
];

function generated(seed: number): unknown {
  const r = random(seed);
  const doc = structuredClone(exampleDocument(r.pick(EXAMPLES))) as any;
  for (let i = 0, n = 1 + r.int(3); i < n; i++) r.pick(EDITS)(r, doc);
  return doc;
}

const PLANS = 400;
const FIELDS = new Set(Object.keys(PlanSchema.in.shape));

/** Distinct hosts (by name) of a plan, each with its canonical address and FQDN. */
function distinctHosts(plan: Plan) {
  const byName = new Map<string, { address?: string; fqdn?: string }>();
  for (const { host } of plannedHosts(plan)) {
    byName.set(host.name.toLowerCase(), {
      address: host.address && canonicalAddress(host.address),
      fqdn: host.fqdn && canonicalAddress(host.fqdn),
    });
  }
  return [...byName.values()];
}

describe('any plan that validates (seeded, generated plans)', () => {
  const results = Array.from({ length: PLANS }, (_, seed) => ({
    seed,
    ...validatePlan(generated(seed)),
  }));
  const valid = results.filter((r) => r.plan && !r.issues.some((i) => i.severity === 'error'));

  it('includes both plans that validate and plans that do not', () => {
    expect(valid.length).toBeGreaterThan(PLANS / 5);
    expect(valid.length).toBeLessThan(PLANS);
  });

  it('has no host equal to another in canonical form', () => {
    for (const { seed, plan } of valid) {
      const hosts = distinctHosts(plan!);
      for (const field of ['address', 'fqdn'] as const) {
        const values = hosts.map((h) => h[field]).filter(Boolean);
        expect(new Set(values).size, `seed ${seed}: ${field}`).toBe(values.length);
      }
    }
  });

  it('has no rule from a host to itself', () => {
    for (const { seed, plan } of valid) {
      for (const rule of computeMatrix(plan!).hostRules) {
        expect(rule.sourceKey, `seed ${seed}: ${rule.id}`).not.toBe(rule.destinationKey);
        if (isCidr(rule.source) || isCidr(rule.destination)) continue;
        expect(canonicalAddress(rule.source), `seed ${seed}: ${rule.id}`).not.toBe(
          canonicalAddress(rule.destination),
        );
      }
    }
  });

  it('names a field in every warning (no warning is about the whole plan)', () => {
    let warned = 0;
    for (const { seed, issues } of results) {
      for (const issue of issues.filter((i) => i.severity === 'warning')) {
        warned++;
        expect(issue.path, `seed ${seed}: ${issue.code}`).not.toBe('');
        expect(FIELDS.has(/^[^.[]+/.exec(issue.path)![0]), `seed ${seed}: ${issue.path}`).toBe(
          true,
        );
      }
    }
    expect(warned).toBeGreaterThan(0);
  });
});

/** One path at or inside the other: "nodes[1].address" and "nodes[1]". */
const overlaps = (a: string, b: string) =>
  a === b ||
  a.startsWith(`${b}.`) ||
  a.startsWith(`${b}[`) ||
  b.startsWith(`${a}.`) ||
  b.startsWith(`${a}[`);

/** A field a technician mistypes, and the mistake: one schema error in an otherwise checked plan. */
const MISTYPED: Array<(r: Random, d: any) => void> = [
  (r, d) => (r.pick(hostsOf(d)).address = '192.0.2.300'),
  (r, d) => (r.pick(hostsOf(d)).fqdn = 'oe_1.example.com'),
  (r, d) => (r.pick(hostsOf(d)).name = 'oe 2!'),
  (r, d) =>
    d.clientGroups.length > 0 && r.pick(d.clientGroups as any[]).addresses.push('10.0.0.0/33'),
  (_, d) => (d.project.customer = 'line\nbreak'),
  (r, d) => d.clientGroups.length > 0 && (r.pick(d.clientGroups as any[]).name = ''),
];

describe('every error at once (seeded, generated plans)', () => {
  it('fixing a mistyped field never reveals an error that was there all along', () => {
    let compared = 0;
    for (let seed = 0; seed < PLANS; seed++) {
      const r = random(seed + 10_000);
      const fixed = generated(seed) as any;
      const broken = structuredClone(fixed);
      r.pick(MISTYPED)(r, broken);
      const before = validatePlan(broken).issues.filter((i) => i.severity === 'error');
      const after = validatePlan(fixed).issues.filter((i) => i.severity === 'error');
      const said = new Set(before.map((i) => `${i.path} ${i.code}`));
      // The mistyped field's own error, and what its correct value says of itself, are not "all along".
      const mistyped = before
        .filter((b) => !after.some((a) => a.path === b.path && a.code === b.code))
        .map((b) => b.path);
      const about = (path: unknown) =>
        typeof path === 'string' &&
        mistyped.some((m) => overlaps(path, m) || overlaps(path, m.replace(/\.\w+$/, '')));
      for (const issue of after.filter((i) => !about(i.path) && !about(i.params.otherPath))) {
        expect(
          said.has(`${issue.path} ${issue.code}`),
          `seed ${seed}: ${issue.path} ${issue.code}`,
        ).toBe(true);
      }
      compared += after.length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
