import {
  CATALOG,
  exclusiveClashes,
  featureById,
  type FeatureId,
  type PrinterProtocol,
  type Role,
} from '../catalog';
import {
  LEGACY_PRINTER_PROTOCOLS,
  LEGACY_PRINTER_PROTOCOLS_UNTIL,
  MODERN_PRINTER_PROTOCOLS_SINCE,
} from '../catalog/parameters';
import { rowApplies } from './applicability';
import { endpointsOf, hostAddress } from './endpoints';
import { plannedHosts } from './hosts';
import type { IssueCode, IssueParams } from '../i18n';
import { fromZod, planIssue, type PlanIssue } from './issues';
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
  if (!parsed.success) return { issues: fromZod(parsed.error, input) };
  const issues = checkPlan(parsed.data);
  // The expansion is counted only for a plan without errors: its hosts may be half entered.
  if (!issues.some((i) => i.severity === 'error')) issues.push(...checkPlanSize(parsed.data));
  return { plan: parsed.data, issues };
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

const sameHost = (a: Host, b: Host) =>
  a.name === b.name && a.address === b.address && a.fqdn === b.fqdn;

function checkHosts(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const byName = new Map<string, { path: string; host: Host }>();
  const byAddress = new Map<string, { path: string; host: Host }>();
  for (const entry of plannedHosts(plan)) {
    const { path, host } = entry;
    const named = byName.get(host.name.toLowerCase());
    // A dedicated host may carry several components: the same host entered twice is one host.
    if (named && !sameHost(named.host, host)) {
      issues.push(
        error(`${path}.name`, 'host-name-taken', { name: host.name, otherPath: named.path }),
      );
    }
    byName.set(host.name.toLowerCase(), entry);
    for (const value of [host.address, host.fqdn]) {
      if (!value) continue;
      const other = byAddress.get(value.toLowerCase());
      if (other && !sameHost(other.host, host)) {
        issues.push(
          error(`${path}.${value === host.address ? 'address' : 'fqdn'}`, 'host-address-taken', {
            value,
            otherPath: other.path,
          }),
        );
      }
      byAddress.set(value.toLowerCase(), entry);
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
    plannedHosts(plan).map(({ path, host }) => [hostAddress(host).toLowerCase(), path]),
  );
  const seen = new Map<string, string>();
  plan.clientGroups.forEach((group, g) =>
    group.addresses.forEach((address, a) => {
      const path = `clientGroups[${g}].addresses[${a}]`;
      const key = address.toLowerCase();
      const host = hostAddresses.get(key);
      if (host) issues.push(warning(path, 'client-is-host', { address, otherPath: host }));
      const other = seen.get(key);
      if (other) issues.push(warning(path, 'client-in-two-groups', { address, otherPath: other }));
      seen.set(key, `clientGroups[${g}]`);
    }),
  );
  return issues;
}

function checkFeatures(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const on = new Set(plan.features);
  const version = plan.project.productVersion;
  plan.features.forEach((id, i) => {
    const path = `features[${i}]`;
    const feature = featureById(id);
    if (plan.features.indexOf(id) !== i) issues.push(warning(path, 'feature-twice', { id }));
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
