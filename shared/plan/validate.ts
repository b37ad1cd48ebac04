import { CATALOG, FEATURES, featureById, type FeatureId, type PrinterProtocol } from '../catalog';
import { MODERN_PRINTER_PROTOCOLS_SINCE } from '../catalog/parameters';
import { rowApplies } from './applicability';
import { endpointsOf, hostAddress } from './endpoints';
import { plannedHosts } from './hosts';
import { fromZod, type PlanIssue } from './issues';
import { resolvePort } from './ports';
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
    return {
      issues: [
        {
          severity: 'error',
          path: '',
          problem: 'is not a plan (a JSON object)',
          fix: 'open a plan file written by this planner',
        },
      ],
    };
  }
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) return { issues: fromZod(parsed.error, input) };
  return { plan: parsed.data, issues: checkPlan(parsed.data) };
}

const error = (path: string, problem: string, fix: string): PlanIssue => ({
  severity: 'error',
  path,
  problem,
  fix,
});
const warning = (path: string, problem: string, fix: string): PlanIssue => ({
  severity: 'warning',
  path,
  problem,
  fix,
});

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
    issues.push(
      error(
        'nodes',
        `has ${n} OE nodes, but a single-server installation has exactly one`,
        'keep one node, or choose a cluster installation',
      ),
    );
  }
  if (plan.installation === 'cluster' && (n < 3 || n % 2 === 0)) {
    issues.push(
      error(
        'nodes',
        `has ${n} OE node${n === 1 ? '' : 's'}, but a cluster needs an odd number, three or more (MongoDB needs a majority: with 3 nodes one may fail; a 4th node adds no tolerance)`,
        n < 3 ? 'add nodes until there are 3' : `add or remove one node (${n - 1} or ${n + 1})`,
      ),
    );
  }
  if (plan.installation === 'cluster' && !plan.managementServer) {
    issues.push(
      warning(
        'managementServer',
        'is missing: a cluster normally has one (easyPRIMA, Elastic Stack, Keycloak)',
        'add the management server',
      ),
    );
  }
  for (const [component, placement] of Object.entries(plan.placement)) {
    const path = `placement.${component}`;
    if (placement.on === 'management-server' && !plan.managementServer) {
      issues.push(
        error(
          path,
          'is on the management server, but the plan has none',
          'add the management server, or place it elsewhere',
        ),
      );
    }
    if (placement.on === 'dedicated' && placement.hosts.length === 0) {
      issues.push(
        error(
          `${path}.hosts`,
          'is empty, but the component is placed on dedicated hosts',
          'add its hosts, or place it elsewhere',
        ),
      );
    }
    if (placement.on !== 'dedicated' && placement.hosts.length > 0) {
      issues.push(
        warning(
          `${path}.hosts`,
          'lists hosts that are not used',
          `place it on dedicated hosts, or remove them`,
        ),
      );
    }
  }
  if (
    plan.placement.mongodb.on !== 'oe-nodes' &&
    !hasVersion(plan.project.productVersion, '5.3.2')
  ) {
    issues.push(
      error(
        'placement.mongodb',
        `is not on the OE nodes, but before 5.3.2 MongoDB is installed with the OE`,
        'place MongoDB on the OE nodes, or choose product version 5.3.2 or later',
      ),
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
        error(
          `${path}.name`,
          `"${host.name}" is also the name of ${named.path}`,
          'give every host its own name',
        ),
      );
    }
    byName.set(host.name.toLowerCase(), entry);
    for (const value of [host.address, host.fqdn]) {
      if (!value) continue;
      const other = byAddress.get(value.toLowerCase());
      if (other && !sameHost(other.host, host)) {
        issues.push(
          error(
            `${path}.${value === host.address ? 'address' : 'fqdn'}`,
            `"${value}" is also used by ${other.path}`,
            'every host needs its own address',
          ),
        );
      }
      byAddress.set(value.toLowerCase(), entry);
    }
    if (!host.address && !host.fqdn) {
      issues.push(
        warning(
          path,
          `"${host.name}" has no address or FQDN, so its rules show only its name`,
          'add its IP address or FQDN',
        ),
      );
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
      issues.push(
        error(
          `${field}[${i}].name`,
          `"${list[i]!.name}" is used twice`,
          'give every entry its own name',
        ),
      );
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
      if (host)
        issues.push(
          warning(
            path,
            `"${address}" is also ${host}`,
            'check that this host really is a client too',
          ),
        );
      const other = seen.get(key);
      if (other)
        issues.push(
          warning(
            path,
            `"${address}" is also in ${other}`,
            'keep each client address in one group unless it plays both roles',
          ),
        );
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
    if (plan.features.indexOf(id) !== i)
      issues.push(warning(path, `"${id}" is listed twice`, 'remove the second entry'));
    if (feature.since && !hasVersion(version, feature.since)) {
      issues.push(
        error(
          path,
          `${feature.label} needs product version ${feature.since} or later, the plan has ${version}`,
          `switch it off, or choose version ${feature.since} or later`,
        ),
      );
    }
    if (
      feature.needsExternal &&
      !plan.externalSystems.some((e) => e.kind === feature.needsExternal)
    ) {
      issues.push(
        error(
          path,
          `${feature.label} needs a ${feature.needsExternal} host, and the plan has none`,
          `add it under external systems, or switch ${feature.label} off`,
        ),
      );
    }
    if (feature.needsIslands && plan.islandSites.length === 0) {
      issues.push(
        error(
          path,
          `${feature.label} needs island sites, and the plan has none`,
          `add an island site, or switch ${feature.label} off`,
        ),
      );
    }
    if (feature.installations && !feature.installations.includes(plan.installation)) {
      issues.push(
        warning(
          path,
          `${feature.label} opens nothing in a ${plan.installation}-server installation (the vendor lists no such port there)`,
          'switch it off',
        ),
      );
    }
    const serves = feature.servesClients;
    if (serves && !plan.clientGroups.some((g) => serves.includes(g.kind))) {
      issues.push(
        warning(
          path,
          `${feature.label} is on, but no client group of kind ${serves.join(' or ')} uses it`,
          'add that client group, or switch the feature off',
        ),
      );
    }
  });
  for (const group of ['identity', 'monitoring'] as const) {
    const chosen = FEATURES.filter(
      (f) => 'exclusiveGroup' in f && f.exclusiveGroup === group && on.has(f.id),
    );
    if (chosen.length > 1) {
      issues.push(
        error(
          'features',
          `${chosen.map((f) => f.label).join(' and ')} exclude each other`,
          'choose one',
        ),
      );
    }
  }
  if (plan.loadBalancer && !on.has('remote-printing')) {
    issues.push(
      warning(
        'loadBalancer',
        'is only used by island sites for remote printing, which is off',
        'switch remote printing on, or remove the load balancer',
      ),
    );
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
        error(
          `${path}.protocols`,
          `${unsupported.join(', ')} need product version ${MODERN_PRINTER_PROTOCOLS_SINCE} or later (${version} has lpr and socket)`,
          'use lpr or socket, or a later product version',
        ),
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
function checkPortConflicts(plan: Plan): PlanIssue[] {
  const features = new Set<FeatureId>(plan.features);
  const listening = new Map<string, string>();
  const issues: PlanIssue[] = [];
  for (const row of CATALOG) {
    if (!rowApplies(row, plan, features)) continue;
    const port = resolvePort(row.port, plan);
    for (const endpoint of endpointsOf(plan, row.listener)) {
      // Only the plan's own servers: printers, clients and external systems are not ours to configure.
      if (endpoint.zone !== 'oe-nodes' && endpoint.zone !== 'management') continue;
      const key = `${endpoint.name} ${port}/${row.transport}`;
      const other = listening.get(key);
      if (other && other !== row.service) {
        issues.push(
          error(
            'parameters',
            `${row.service} and ${other} would both listen on ${port}/${row.transport} on ${endpoint.name}`,
            'change the configurable port, or place the component on another host',
          ),
        );
      }
      listening.set(key, other ?? row.service);
    }
  }
  return issues;
}
