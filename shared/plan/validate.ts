import {
  CATALOG,
  exclusiveClashes,
  featureById,
  FEATURES,
  type FeatureId,
  type PrinterProtocol,
  type Role,
} from '../catalog';
import { MODERN_PRINTER_PROTOCOLS_SINCE } from '../catalog/parameters';
import { rowApplies } from './applicability';
import ipaddr from 'ipaddr.js';
import type { z } from 'zod';
import { activeFlows } from './active-flows';
import { canonicalAddress, isIpAddress, parseRange, rangeContains } from './addresses';
import { endpointsOf, hostAddress, type Endpoint } from './endpoints';
import { plannedHosts, type PlannedHost } from './hosts';
import type { IssueCode, IssueParams } from '../i18n';
import { formatPath, fromZod, planIssue, type PlanIssue } from './issues';
import { checkDocumentShape } from './limits';
import { resolvePort } from './ports';
import { checkPlanSize } from './rule-bound';
import { PlanSchema, type Host, type Plan } from './schema';
import { hasVersion } from './versions';

export interface PlanCheck {
  /** The parsed plan, with defaults filled in; absent when its shape is wrong. */
  plan?: Plan;
  issues: PlanIssue[];
}

/** Parse and check a plan document: shape first, then the rules of the product. */
export function validatePlan(input: unknown): PlanCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { issues: [planIssue('error', '', 'not-a-plan')] };
  }
  // Bounded before anything walks it: a value nested without end or a million entries is no plan.
  const shape = checkDocumentShape(input);
  if (!shape.ok) return { issues: [shape.issue] };
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) {
    const issues = fromZod(parsed.error, input);
    return { issues: [...issues, ...checkDespite(input, parsed.error, issues)] };
  }
  const issues = checkPlan(parsed.data);
  // The expansion is counted only for a plan without errors: its hosts may be half entered.
  if (!issues.some((i) => i.severity === 'error')) issues.push(...checkPlanSize(parsed.data));
  return { plan: parsed.data, issues };
}

type Key = PropertyKey;
type Container = Record<Key, unknown>;
/** How often a plan is set aside field by field before its other fields go unchecked. */
const REPAIR_ROUNDS = 4;

/**
 * The product's errors and warnings of the fields that are well formed, beside the schema's
 * errors of those that are not: one wrong address must not hide a host entered twice elsewhere,
 * nor the warnings of the step being typed in. The fields the schema refuses are set aside
 * (removed, or their entry where the field is required, or a stand-in for a name), the rest is
 * parsed again and checked; issues that name a field set aside, or a list it shortened, are left
 * out, so nothing is said twice or about an entry that moved.
 */
function checkDespite(input: object, failure: z.ZodError, said: readonly PlanIssue[]): PlanIssue[] {
  if (said.some((i) => i.code === 'more-issues' || i.code === 'schema-version')) return [];
  // A copy to set fields aside in; the document is bounded (checkDocumentShape) and JSON-shaped.
  const copy = JSON.parse(JSON.stringify(input)) as Container;
  const removed: string[] = [];
  /** Entries checked under a stand-in name: their own errors wait, their list's do not. */
  const renamed: string[] = [];
  let issues = failure.issues;
  for (let round = 0; round < REPAIR_ROUNDS; round++) {
    for (const issue of [...issues].sort(byPathDescending)) {
      const path = [...issue.path];
      if (issue.code === 'unrecognized_keys') {
        // An unknown field is no field of the plan: taken out, it hides nothing the rules check.
        const object = valueAt(copy, path);
        if (object && typeof object === 'object') {
          for (const key of issue.keys) delete (object as Container)[key];
        }
        continue;
      }
      const value = valueAt(copy, path);
      // A name that is refused stands in with a name no entry has: its entry still counts.
      if (path.at(-1) === 'name' && typeof value === 'string' && round === 0) {
        setAt(copy, path, `${STAND_IN}${renamed.length}`);
        renamed.push(formatPath(path.slice(0, -1)));
        continue;
      }
      // A value that is missing is set aside with the entry or object that needs it.
      if (value === undefined) path.pop();
      if (path.length === 0 || !remove(copy, path)) return [];
      removed.push(formatPath(path));
    }
    const again = PlanSchema.safeParse(copy);
    if (again.success) {
      return checkPlan(again.data).filter((i) => standsApart(i, removed, renamed));
    }
    issues = again.error.issues;
  }
  return [];
}

/** The name an entry whose name is refused is checked under; no message may say it. */
const STAND_IN = 'set-aside-';

/**
 * Issues that hold whatever the fields set aside are: none names such a field, its entry, or an
 * entry a shortened list moved; none says a stand-in name; none could be caused by the setting
 * aside itself (a feature missing the external system whose entry went, a port conflict with a
 * component moved to its default place or a port back to its default).
 */
function standsApart(
  issue: PlanIssue,
  removed: readonly string[],
  renamed: readonly string[],
): boolean {
  const untouched = (path: string) =>
    removed.every((r) => !overlapsPath(path, r) && !shiftedBy(path, r)) &&
    renamed.every((entry) => !within(path, entry));
  const roots = new Set(removed.map((r) => /^[^.[]*/.exec(r)![0]));
  return (
    untouched(issue.path) &&
    (typeof issue.params.otherPath !== 'string' || untouched(issue.params.otherPath)) &&
    !Object.values(issue.params).some((v) => String(v).includes(STAND_IN)) &&
    !(DEPENDS[issue.code] ?? []).some((root) => roots.has(root))
  );
}

/** The fields a rule's issue depends on beyond the ones it names. */
const DEPENDS: Partial<Record<IssueCode, readonly string[]>> = {
  'feature-needs-external': ['externalSystems'],
  'feature-needs-islands': ['islandSites'],
  'placement-without-management-server': ['managementServer'],
  'port-conflict': ['placement', 'parameters', 'nodes', 'managementServer'],
  'management-server-missing': ['managementServer'],
  'feature-without-clients': ['clientGroups'],
  'client-group-unused': ['features'],
  'island-site-unused': ['features'],
  'external-system-unused': ['features'],
  'load-balancer-unused': ['features'],
  'management-server-unused': ['features', 'placement'],
  'client-is-host': [
    'nodes',
    'managementServer',
    'loadBalancer',
    'placement',
    'islandSites',
    'externalSystems',
  ],
};

function setAt(root: Container, path: readonly Key[], value: unknown): void {
  (valueAt(root, path.slice(0, -1)) as Container)[path.at(-1)!] = value;
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Container)[key] : undefined),
    root,
  );
}

/** Remove the value at a path: a list entry is taken out, an object's field deleted. */
function remove(root: Container, path: readonly Key[]): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
    parent.splice(key, 1);
    return true;
  }
  if (
    parent &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    Object.hasOwn(parent, key)
  ) {
    delete (parent as Container)[key];
    return true;
  }
  return false;
}

/** Later entries first, so that taking one out of a list does not move another still to go. */
const byPathDescending = (a: z.core.$ZodIssue, b: z.core.$ZodIssue) => {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const x = a.path[i];
    const y = b.path[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return b.path.length - a.path.length;
};

/** A path at or inside another: "nodes[1].name" is within "nodes[1]"; "" (the plan) holds all. */
const within = (path: string, outer: string) =>
  outer === '' || path === outer || path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`);

/** One path inside the other (or the same): a field and its entry, or a list and its entries. */
const overlapsPath = (a: string, b: string) =>
  a === b ||
  a.startsWith(`${b}.`) ||
  a.startsWith(`${b}[`) ||
  b.startsWith(`${a}.`) ||
  b.startsWith(`${a}[`);

/** A path into a list at or after an entry taken out of it: it names another entry now. */
function shiftedBy(path: string, removedPath: string): boolean {
  const item = /^(.*)\[(\d+)\]$/.exec(removedPath);
  if (!item) return false;
  const [, list, index] = item;
  const rest = path.startsWith(`${list}[`) ? /^\[(\d+)\]/.exec(path.slice(list!.length)) : null;
  return rest !== null && Number(rest[1]) >= Number(index);
}

const error = (path: string, code: IssueCode, params?: IssueParams) =>
  planIssue('error', path, code, params);
const warning = (path: string, code: IssueCode, params?: IssueParams) =>
  planIssue('warning', path, code, params);

/** The product's rules over a well-formed plan. */
export function checkPlan(plan: Plan): PlanIssue[] {
  return [
    ...checkTopology(plan),
    ...checkHosts(plan),
    ...checkGroups(plan),
    ...checkUse(plan),
    ...checkFeatures(plan),
    ...checkPrinterProtocols(plan),
    ...checkPortConflicts(plan),
  ];
}

function checkTopology(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const n = plan.nodes.length;
  if (plan.installation === 'single' && n !== 1) {
    issues.push(error('nodes', 'single-node-count', { count: n }));
  }
  if (plan.installation === 'cluster' && (n < 3 || n % 2 === 0)) {
    issues.push(
      n < 3
        ? error('nodes', 'cluster-too-few-nodes', { count: n })
        : error('nodes', 'cluster-even-nodes', { count: n, fewer: n - 1, more: n + 1 }),
    );
  }
  if (plan.installation === 'cluster' && !plan.managementServer) {
    issues.push(warning('managementServer', 'management-server-missing'));
  }
  for (const [component, placement] of Object.entries(plan.placement)) {
    const path = `placement.${component}`;
    if (placement.on === 'management-server' && !plan.managementServer) {
      issues.push(error(path, 'placement-without-management-server'));
    }
    if (placement.on === 'dedicated' && placement.hosts.length === 0) {
      issues.push(error(`${path}.hosts`, 'placement-without-hosts'));
    }
    if (placement.on !== 'dedicated' && placement.hosts.length > 0) {
      issues.push(warning(`${path}.hosts`, 'placement-unused-hosts'));
    }
  }
  const mongodbAnywhereSince = '5.3.2';
  if (
    plan.placement.mongodb.on !== 'oe-nodes' &&
    !hasVersion(plan.project.productVersion, mongodbAnywhereSince)
  ) {
    issues.push(
      error('placement.mongodb', 'mongodb-placement-version', { since: mongodbAnywhereSince }),
    );
  }
  return issues;
}

/** Two entries of a host compare in canonical form: "OE1" is "oe1", "2001:db8::11" its long form. */
const canonicalName = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');
const sameHost = (a: Host, b: Host) =>
  canonicalName(a.name) === canonicalName(b.name) &&
  canonicalAddress(a.address ?? '') === canonicalAddress(b.address ?? '') &&
  canonicalAddress(a.fqdn ?? '') === canonicalAddress(b.fqdn ?? '');

/**
 * A dedicated host may carry several components (and be a host of another role too): the same
 * host entered under two placements is one host. Anywhere else an entry repeated is a mistake.
 */
const listOf = (path: string) => path.replace(/\[\d+\]$/, '');
const mayRepeat = (a: PlannedHost, b: PlannedHost) =>
  (a.path.startsWith('placement.') || b.path.startsWith('placement.')) &&
  listOf(a.path) !== listOf(b.path) &&
  sameHost(a.host, b.host);

function checkHosts(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const byName = new Map<string, PlannedHost>();
  const byAddress = new Map<string, PlannedHost>();
  for (const entry of plannedHosts(plan)) {
    const { path, host } = entry;
    const nameKey = canonicalName(host.name);
    const named = byName.get(nameKey);
    if (named && !mayRepeat(named, entry) && sameHost(named.host, host)) {
      // The same name and address twice: one host entered twice, not two hosts.
      issues.push(error(path, 'host-twice', { name: host.name, otherPath: named.path }));
      continue;
    }
    if (named && !mayRepeat(named, entry)) {
      issues.push(
        error(`${path}.name`, 'host-name-taken', { name: host.name, otherPath: named.path }),
      );
    }
    if (!named) byName.set(nameKey, entry);
    for (const field of ['address', 'fqdn'] as const) {
      const value = host[field];
      if (!value) continue;
      const key = canonicalAddress(value);
      const other = byAddress.get(key);
      if (other && other !== entry && !mayRepeat(other, entry)) {
        issues.push(
          error(`${path}.${field}`, 'host-address-taken', { value, otherPath: other.path }),
        );
      }
      if (!other) byAddress.set(key, entry);
    }
    if (!host.address && !host.fqdn) {
      issues.push(warning(path, 'host-without-address', { name: host.name }));
    }
  }
  return issues;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const dupes: number[] = [];
  items.forEach((item, i) => {
    const k = key(item).toLowerCase();
    if (seen.has(k)) dupes.push(i);
    seen.add(k);
  });
  return dupes;
}

/** One address or network of a group, with the field it is entered in and the group's path. */
interface Entry {
  path: string;
  group: string;
  address: string;
  range: [ipaddr.IPv4 | ipaddr.IPv6, number];
  /** The address's bytes, to sort by (taken once: a large plan has tens of thousands). */
  bytes: number[];
}

function entriesOf(
  groups: readonly { addresses: readonly string[] }[],
  prefix: (g: number) => string,
): Entry[] {
  const entries: Entry[] = [];
  groups.forEach((group, g) =>
    group.addresses.forEach((address, a) => {
      const range = parseRange(address);
      if (!range) return;
      const [path, list] = [`${prefix(g)}.addresses[${a}]`, prefix(g)];
      entries.push({ path, group: list, address, range, bytes: range[0].toByteArray() });
    }),
  );
  return entries;
}

const byRange = (a: Entry, b: Entry) => {
  const [x, y] = [a.bytes, b.bytes];
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return a.range[1] - b.range[1];
};

/**
 * Pairs of entries of different groups where one holds the other (or both are the same range),
 * each entry with the innermost entry of another group that holds it. CIDR networks either nest
 * or are apart, so sorted by address and then by size, the entries that hold one are those still
 * open before it.
 */
function overlaps(entries: Entry[], counts: (a: Entry, b: Entry) => boolean): [Entry, Entry][] {
  const found: [Entry, Entry][] = [];
  const open: Entry[] = [];
  for (const entry of [...entries].sort(byRange)) {
    while (open.length > 0 && !rangeContains(open.at(-1)!.range, entry.range)) open.pop();
    for (let i = open.length - 1; i >= 0; i--) {
      if (counts(open[i]!, entry)) {
        found.push([entry, open[i]!]);
        break;
      }
    }
    open.push(entry);
  }
  return found;
}

const rangeText = (entry: Entry) => entry.address;

function checkGroups(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const named = [
    ['clientGroups', plan.clientGroups],
    ['printerNetworks', plan.printerNetworks],
    ['islandSites', plan.islandSites],
  ] as const;
  for (const [field, list] of named) {
    for (const i of duplicates<{ name: string }>(list, (g) => g.name)) {
      issues.push(error(`${field}[${i}].name`, 'name-twice', { name: list[i]!.name }));
    }
  }
  const hostAddresses = new Map(
    plannedHosts(plan).map(({ path, host }) => [canonicalAddress(hostAddress(host)), path]),
  );
  plan.clientGroups.forEach((group, g) =>
    group.addresses.forEach((address, a) => {
      const host = hostAddresses.get(canonicalAddress(address));
      if (host) {
        const path = `clientGroups[${g}].addresses[${a}]`;
        issues.push(warning(path, 'client-is-host', { address, otherPath: host }));
      }
    }),
  );
  // Client groups sharing addresses: the same address twice, or one inside another's network.
  const clients = entriesOf(plan.clientGroups, (g) => `clientGroups[${g}]`);
  const sameRange = (a: Entry, b: Entry) => a.range[1] === b.range[1];
  const shared = (a: Entry, b: Entry) => a.group !== b.group || sameRange(a, b);
  for (const [entry, outer] of overlaps(clients, shared)) {
    const same = sameRange(entry, outer);
    issues.push(
      same
        ? warning(entry.path, 'client-in-two-groups', {
            address: entry.address,
            otherPath: outer.group,
          })
        : warning(entry.path, 'client-in-network', {
            address: rangeText(entry),
            network: rangeText(outer),
            otherPath: outer.group,
          }),
    );
  }
  // An island's printers inside a network the OE nodes print to directly: one printer, two paths.
  const mainland = entriesOf(plan.printerNetworks, (n) => `printerNetworks[${n}]`);
  const island = plan.islandSites.flatMap((site, s) =>
    entriesOf(site.printerNetworks, (n) => `islandSites[${s}].printerNetworks[${n}]`),
  );
  if (mainland.length > 0 && island.length > 0) {
    const isMainland = (e: Entry) => e.group.startsWith('printerNetworks');
    const found = overlaps([...mainland, ...island], (a, b) => isMainland(a) !== isMainland(b));
    for (const [entry, outer] of found) {
      const [inIsland, other] = isMainland(entry) ? [outer, entry] : [entry, outer];
      issues.push(
        warning(inIsland.path, 'island-printers-overlap', {
          address: rangeText(inIsland),
          network: rangeText(other),
          otherPath: other.group,
        }),
      );
    }
  }
  return issues;
}

/** The feature island sites are for. */
const ISLAND_FEATURE = FEATURES.find((f) => featureById(f.id).needsIslands)!.id;

/**
 * What the plan's rules make of its entries: client groups, island sites and external systems
 * that no rule names open nothing; a source known only by name opens nothing on a firewall.
 */
function checkUse(plan: Plan): PlanIssue[] {
  const roles = new Set<Role>();
  // Each role's endpoints are one list, shared by the flows it is a source of.
  const sourceLists = new Set<readonly Endpoint[]>();
  for (const flow of activeFlows(plan)) {
    roles.add(flow.from);
    roles.add(flow.row.listener);
    sourceLists.add(flow.sources);
  }
  const unaddressed = new Set<string>();
  for (const list of sourceLists) {
    for (const e of list) if (e.kind === 'host' && !isIpAddress(e.address)) unaddressed.add(e.key);
  }
  const issues: PlanIssue[] = [];
  const seen = new Set<string>();
  for (const { path, host } of plannedHosts(plan)) {
    const key = `host:${host.name}`;
    // A host with neither address nor FQDN is said once, as host-without-address.
    if (!unaddressed.has(key) || !host.fqdn || seen.has(key)) continue;
    seen.add(key);
    issues.push(warning(path, 'source-without-ip', { name: host.fqdn }));
  }
  plan.clientGroups.forEach((group, g) => {
    if (!roles.has(group.kind)) {
      issues.push(warning(`clientGroups[${g}]`, 'client-group-unused', { kinds: [group.kind] }));
    }
    group.addresses.forEach((address, a) => {
      if (unaddressed.has(`client:${group.name}:${address}`)) {
        issues.push(
          warning(`clientGroups[${g}].addresses[${a}]`, 'source-without-ip', { name: address }),
        );
      }
    });
  });
  const placedOnIt = Object.values(plan.placement).some((p) => p.on === 'management-server');
  if (plan.managementServer && !roles.has('management-server') && !placedOnIt) {
    issues.push(warning('managementServer', 'management-server-unused'));
  }
  if (!roles.has('island-checkout') && !roles.has('island-printers')) {
    plan.islandSites.forEach((_, s) =>
      issues.push(warning(`islandSites[${s}]`, 'island-site-unused', { feature: ISLAND_FEATURE })),
    );
  }
  plan.externalSystems.forEach((system, e) => {
    if (!roles.has(system.kind)) {
      issues.push(
        warning(`externalSystems[${e}]`, 'external-system-unused', { external: system.kind }),
      );
    }
  });
  return issues;
}

function checkFeatures(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const on = new Set(plan.features);
  const version = plan.project.productVersion;
  plan.features.forEach((id, i) => {
    const path = `features[${i}]`;
    const feature = featureById(id);
    if (plan.features.indexOf(id) !== i) {
      issues.push(warning(path, 'feature-twice', { id, feature: id }));
    }
    if (feature.since && !hasVersion(version, feature.since)) {
      issues.push(
        error(path, 'feature-needs-version', { feature: id, since: feature.since, version }),
      );
    }
    if (
      feature.needsExternal &&
      !plan.externalSystems.some((e) => e.kind === feature.needsExternal)
    ) {
      issues.push(
        error(path, 'feature-needs-external', { feature: id, external: feature.needsExternal }),
      );
    }
    if (feature.needsIslands && plan.islandSites.length === 0) {
      issues.push(error(path, 'feature-needs-islands', { feature: id }));
    }
    if (feature.installations && !feature.installations.includes(plan.installation)) {
      issues.push(
        warning(path, 'feature-not-in-installation', {
          feature: id,
          installation: plan.installation,
        }),
      );
    }
    const serves = feature.servesClients;
    if (serves && !plan.clientGroups.some((g) => serves.includes(g.kind))) {
      issues.push(warning(path, 'feature-without-clients', { feature: id, kinds: serves }));
    }
  });
  for (const chosen of exclusiveClashes(plan.features)) {
    issues.push(error('features', 'features-exclusive', { features: chosen }));
  }
  if (plan.loadBalancer && !on.has('remote-printing')) {
    issues.push(warning('loadBalancer', 'load-balancer-unused'));
  }
  return issues;
}

function checkPrinterProtocols(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const version = plan.project.productVersion;
  if (hasVersion(version, MODERN_PRINTER_PROTOCOLS_SINCE)) return issues;
  const legacy: readonly PrinterProtocol[] = ['lpr', 'socket'];
  const check = (path: string, protocols: readonly PrinterProtocol[]) => {
    const unsupported = protocols.filter((p) => !legacy.includes(p));
    if (unsupported.length > 0) {
      issues.push(
        error(`${path}.protocols`, 'printer-protocols-version', {
          protocols: unsupported,
          since: MODERN_PRINTER_PROTOCOLS_SINCE,
          version,
        }),
      );
    }
  };
  plan.printerNetworks.forEach((n, i) => check(`printerNetworks[${i}]`, n.protocols));
  plan.islandSites.forEach((s, i) =>
    s.printerNetworks.forEach((n, j) =>
      check(`islandSites[${i}].printerNetworks[${j}]`, n.protocols),
    ),
  );
  return issues;
}

/** Two services of the plan listening on one host on the same port and transport. */
/** Roles that listen on the plan's own servers; printers, clients and external systems never do. */
const OWN_SERVER_ROLES: ReadonlySet<Role> = new Set<Role>([
  'oe-node',
  'management-server',
  'load-balancer',
  'elasticsearch',
  'kibana',
  'mongodb',
  'keycloak',
]);

function checkPortConflicts(plan: Plan): PlanIssue[] {
  const features = new Set<FeatureId>(plan.features);
  const listening = new Map<string, string>();
  const issues: PlanIssue[] = [];
  for (const row of CATALOG) {
    // A large plan's thousands of printer and client addresses need not be listed to skip them.
    if (!OWN_SERVER_ROLES.has(row.listener) || !rowApplies(row, plan, features)) continue;
    const port = resolvePort(row.port, plan);
    for (const endpoint of endpointsOf(plan, row.listener)) {
      // Only the plan's own servers: printers, clients and external systems are not ours to configure.
      if (endpoint.zone !== 'oe-nodes' && endpoint.zone !== 'management') continue;
      const key = `${endpoint.name} ${port}/${row.transport}`;
      const other = listening.get(key);
      if (other && other !== row.service) {
        issues.push(
          error('parameters', 'port-conflict', {
            service: row.service,
            otherService: other,
            port,
            transport: row.transport,
            host: endpoint.name,
          }),
        );
      }
      listening.set(key, other ?? row.service);
    }
  }
  return issues;
}
