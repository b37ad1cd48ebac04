import semver from 'semver';
import { CATALOG, type CatalogRow } from '../../shared/catalog';
import type { Plan } from '../../shared/plan';

// Expected counts read from the catalog's rows directly, not through the matrix: when a row is
// added to the catalog, the figures the tests expect follow it.

const portOf = (row: CatalogRow): string =>
  typeof row.port === 'number'
    ? `${row.port}/${row.transport}`
    : `${row.port.param}/${row.transport}`;

/** A row a plan switches on: its installation, the product version, one of the features it needs. */
function rowApplies(row: CatalogRow, plan: Plan): boolean {
  if (!row.installations.includes(plan.installation)) return false;
  if (row.since && semver.lt(plan.project.productVersion, row.since)) return false;
  if (row.requires && !row.requires.some((f) => plan.features.includes(f))) return false;
  return true;
}

/**
 * The ports each OE node of a cluster opens to every other node (the mesh, a rule per ordered
 * pair of nodes and port): the rows an OE node listens on with an unconditional flow from the OE
 * nodes, and MongoDB's when the replica set is on the nodes.
 */
export function meshPorts(plan: Plan): { cluster: string[]; mongodb: string[] } {
  const fromNodes = (row: CatalogRow) =>
    rowApplies(row, plan) && row.flows.some((f) => f.from.includes('oe-node') && !f.when);
  const mongoOnNodes = plan.placement?.mongodb?.on === 'oe-nodes';
  return {
    cluster: CATALOG.filter((r) => r.listener === 'oe-node' && fromNodes(r)).map(portOf),
    mongodb: mongoOnNodes
      ? CATALOG.filter((r) => r.listener === 'mongodb' && fromNodes(r)).map(portOf)
      : [],
  };
}

/** Host rules of the mesh between `nodes` OE nodes: every ordered pair, every mesh port. */
export function meshRules(plan: Plan, nodes = plan.nodes.length): number {
  const { cluster, mongodb } = meshPorts(plan);
  return nodes * (nodes - 1) * (cluster.length + mongodb.length);
}
