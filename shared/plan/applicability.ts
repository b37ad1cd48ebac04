import type { CatalogFlow, CatalogRow, Condition, FeatureId } from '../catalog';
import type { Endpoint } from './endpoints';
import type { Plan } from './schema';
import { hasVersion } from './versions';

/** Is the row's port listened on in this plan (installation type, the vendor's "needed if", version)? */
export function rowApplies(row: CatalogRow, plan: Plan, features: ReadonlySet<FeatureId>): boolean {
  return (
    row.installations.includes(plan.installation) &&
    (!row.requires || row.requires.some((f) => features.has(f))) &&
    hasVersion(plan.project.productVersion, row.since)
  );
}

/** Do the plan-wide parts of a flow's condition hold (features, load balancer, version)? */
export function flowApplies(
  flow: CatalogFlow,
  plan: Plan,
  features: ReadonlySet<FeatureId>,
): boolean {
  const when: Condition = flow.when ?? {};
  return (
    (!when.features || when.features.some((f) => features.has(f))) &&
    (when.loadBalancer === undefined || when.loadBalancer === Boolean(plan.loadBalancer)) &&
    hasVersion(plan.project.productVersion, when.since)
  );
}

/** Does a flow reach this destination (printer protocol on offer)? */
export function destinationQualifies(flow: CatalogFlow, destination: Endpoint): boolean {
  const wanted = flow.when?.printerProtocol;
  if (!wanted) return true;
  const protocols: readonly string[] = typeof wanted === 'string' ? [wanted] : wanted;
  return protocols.some((p) => destination.protocols?.includes(p as never) ?? false);
}

/**
 * The features that switch a flow on in this plan: the row's and the flow's feature conditions,
 * each counted only where exactly one of its alternatives is on (otherwise no single switch removes it).
 */
export function requiredFeatures(
  row: CatalogRow,
  flow: CatalogFlow,
  features: ReadonlySet<FeatureId>,
): FeatureId[] {
  const required: FeatureId[] = [];
  for (const alternatives of [row.requires, flow.when?.features]) {
    if (!alternatives) continue;
    const on = alternatives.filter((f) => features.has(f));
    if (on.length === 1 && !required.includes(on[0]!)) required.push(on[0]!);
  }
  return required;
}
