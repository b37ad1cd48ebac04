import { SCHEMA_VERSION, type PlanInput } from './schema';

/** What "new plan" starts from: a single server with one node, to be filled in. */
export function newPlanDocument(name: string): PlanInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    project: {
      name,
      customer: '',
      site: '',
      productVersion: '7.2.0',
      os: 'linux',
    },
    installation: 'single',
    nodes: [{ name: 'oe1' }],
    clientGroups: [],
    printerNetworks: [],
    islandSites: [],
    externalSystems: [],
    features: [],
  };
}
