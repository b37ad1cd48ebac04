import {
  CATALOG,
  exclusiveClashes,
  featureById,
  FEATURES,
  type FeatureId,
  type PrinterProtocol,
  type Role,
} from '../catalog';
import {
  LEGACY_PRINTER_PROTOCOLS,
  LEGACY_PRINTER_PROTOCOLS_UNTIL,
  MODERN_PRINTER_PROTOCOLS_SINCE,
} from '../catalog/parameters';
import type { IssueCode, IssueParams } from '../i18n';
import { activeFlows } from './active-flows';
import { canonicalAddress, isIpAddress } from './addresses';
import { rowApplies } from './applicability';
import { endpointsOf, hostAddress, type Endpoint } from './endpoints';
import { plannedHosts, type PlannedHost } from './hosts';
import { fromZod, planIssue, type PlanIssue } from './issues';
import { addressEntries, overlaps, type AddressEntry } from './nesting';
import { checkDocumentShape } from './limits';
import { resolvePort } from './ports';
import { checkPlanSize } from './rule-bound';
import { PlanSchema, type Host, type Plan } from './schema';
import { migratePlanDocument } from './migrate';
import { checkDespite } from './set-aside';
import { hasVersion } from './versions';

export interface PlanCheck {
  /** The parsed plan, with defaults filled in; absent when its shape is wrong. */
  plan?: Plan;
  issues: PlanIssue[];
  /** The document as the current schema version has it (an older one migrated), as written. */
  document: unknown;
}

/** Parse and check a plan document: shape first, then the rules of the product. */
export function validatePlan(given: unknown): PlanCheck {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    return { issues: [planIssue('error', '', 'not-a-plan')], document: given };
  }
  // Bounded before anything walks it: a value nested without end or a million entries is no plan.
  const shape = checkDocumentShape(given);
  if (!shape.ok) return { issues: [shape.issue], document: given };
  const input = migratePlanDocument(given);
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) {
    const issues = fromZod(parsed.error, input);
    return {
      issues: [...issues, ...checkDespite(input as object, parsed.error, issues, checkPlan)],
      document: input,
    };
  }
  const issues = checkPlan(parsed.data);
  // The expansion is counted only for a plan without errors: its hosts may be half entered.
  if (!issues.some((i) => i.severity === 'error')) issues.push(...checkPlanSize(parsed.data));
  return { plan: parsed.data, issues, document: input };
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
  const clients = addressEntries(plan.clientGroups, (g) => `clientGroups[${g}]`);
  const sameRange = (a: AddressEntry, b: AddressEntry) => a.range[1] === b.range[1];
  const shared = (a: AddressEntry, b: AddressEntry) => a.group !== b.group || sameRange(a, b);
  for (const [entry, outer] of overlaps(clients, shared)) {
    const same = sameRange(entry, outer);
    issues.push(
      same
        ? warning(entry.path, 'client-in-two-groups', {
            address: entry.address,
            otherPath: outer.group,
          })
        : warning(entry.path, 'client-in-network', {
            address: entry.address,
            network: outer.address,
            otherPath: outer.group,
          }),
    );
  }
  // An island's printers inside a network the OE nodes print to directly: one printer, two paths.
  const mainland = addressEntries(plan.printerNetworks, (n) => `printerNetworks[${n}]`);
  const island = plan.islandSites.flatMap((site, s) =>
    addressEntries(site.printerNetworks, (n) => `islandSites[${s}].printerNetworks[${n}]`),
  );
  if (mainland.length > 0 && island.length > 0) {
    const isMainland = (e: AddressEntry) => e.group.startsWith('printerNetworks');
    const found = overlaps([...mainland, ...island], (a, b) => isMainland(a) !== isMainland(b));
    for (const [entry, outer] of found) {
      const [inIsland, other] = isMainland(entry) ? [outer, entry] : [entry, outer];
      issues.push(
        warning(inIsland.path, 'island-printers-overlap', {
          address: inIsland.address,
          network: other.address,
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

/** "5.3.0" → "5.3.1": the first version after a documented one. */
const nextPatch = (version: string) =>
  version.replace(/(\d+)$/, (patch) => String(Number(patch) + 1));

/**
 * The printer keys of 5.3.0 document lpr and socket only, those of 5.5.0 all protocols; no page
 * covers the versions between. Refused where the vendor documents their absence, a warning between.
 */
function checkPrinterProtocols(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const version = plan.project.productVersion;
  if (hasVersion(version, MODERN_PRINTER_PROTOCOLS_SINCE)) return issues;
  const documentedAbsent = !hasVersion(version, nextPatch(LEGACY_PRINTER_PROTOCOLS_UNTIL));
  const check = (path: string, protocols: readonly PrinterProtocol[]) => {
    const unsupported = protocols.filter((p) => !LEGACY_PRINTER_PROTOCOLS.includes(p));
    if (unsupported.length === 0) return;
    const params = { protocols: unsupported, since: MODERN_PRINTER_PROTOCOLS_SINCE, version };
    issues.push(
      documentedAbsent
        ? error(`${path}.protocols`, 'printer-protocols-version', params)
        : warning(`${path}.protocols`, 'printer-protocols-unverified', params),
    );
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
