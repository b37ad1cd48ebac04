import {
  CATALOG,
  sourceUrls,
  type CatalogFlow,
  type CatalogRow,
  type FeatureId,
  type Role,
} from '../catalog';
import { canonicalAddress } from './addresses';
import { destinationQualifies, flowApplies, requiredFeatures, rowApplies } from './applicability';
import { endpointsOf, type Endpoint } from './endpoints';
import { resolvePort } from './ports';
import type { Plan } from './schema';

/** A catalog claim that holds in a plan, with the endpoints on both sides. */
export interface ActiveFlow {
  row: CatalogRow;
  flow: CatalogFlow;
  from: Role;
  port: number;
  features: FeatureId[];
  sourceUrls: string[];
  sources: Endpoint[];
  destinations: Endpoint[];
}

/** Each endpoint's address in canonical form, worked out once: a large plan has millions of pairs. */
const canonical = new WeakMap<Endpoint, string>();
const canonicalOf = (endpoint: Endpoint) => {
  let value = canonical.get(endpoint);
  if (value === undefined) canonical.set(endpoint, (value = canonicalAddress(endpoint.address)));
  return value;
};

/** One host under two entries: a client address that is also a server, spelled either way. */
const sameHost = (a: Endpoint, b: Endpoint) =>
  a.kind === 'host' && b.kind === 'host' && canonicalOf(a) === canonicalOf(b);

/** Traffic that never crosses a network: a host to itself, or an island to another island's printers. */
export function crossesNetwork(source: Endpoint, destination: Endpoint): boolean {
  return (
    source.key !== destination.key &&
    (!source.site || !destination.site || source.site === destination.site) &&
    !sameHost(source, destination)
  );
}

/** Every claim of the catalog that applies to the plan, in catalog order. */
export function activeFlows(plan: Plan): ActiveFlow[] {
  const features = new Set<FeatureId>(plan.features);
  const endpoints = new Map<Role, Endpoint[]>();
  const of = (role: Role) => {
    let list = endpoints.get(role);
    if (!list) endpoints.set(role, (list = endpointsOf(plan, role)));
    return list;
  };
  const active: ActiveFlow[] = [];
  for (const row of CATALOG) {
    if (!rowApplies(row, plan, features)) continue;
    const listeners = of(row.listener);
    if (listeners.length === 0) continue;
    const port = resolvePort(row.port, plan);
    for (const flow of row.flows) {
      if (!flowApplies(flow, plan, features)) continue;
      const destinations = listeners.filter((d) => destinationQualifies(flow, d));
      if (destinations.length === 0) continue;
      const required = requiredFeatures(row, flow, features);
      const urls = sourceUrls(flow.sources);
      for (const from of flow.from) {
        const sources = of(from);
        if (sources.some((s) => destinations.some((d) => crossesNetwork(s, d)))) {
          active.push({
            row,
            flow,
            from,
            port,
            features: required,
            sourceUrls: urls,
            sources,
            destinations,
          });
        }
      }
    }
  }
  return active;
}
