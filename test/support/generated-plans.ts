import { CLIENT_KINDS, type FeatureId } from '../../shared/catalog';
import { validatePlan, type Plan } from '../../shared/plan';

export interface PlanSize {
  nodes: number;
  clientGroups: number;
  islandSites: number;
  printerNetworks: number;
}

/** The benchmark sizes named in the issues. */
export const TYPICAL: PlanSize = {
  nodes: 3,
  clientGroups: 10,
  islandSites: 5,
  printerNetworks: 10,
};
export const LARGE: PlanSize = {
  nodes: 63,
  clientGroups: 1000,
  islandSites: 500,
  printerNetworks: 2000,
};

const FEATURES: FeatureId[] = [
  'ipp',
  'ipps',
  'lpr',
  'rest-api',
  'infoclient-https',
  'administrator',
  'kibana',
  'seal-keycloak',
  'monitoring-checkin',
  'remote-printing',
  'dpf-conversion',
  'device-monitoring',
];

const net = (first: number, i: number, prefix = 24) =>
  `10.${first + (i >> 8)}.${i & 255}.0/${prefix}`;

/** The plan document of generatedPlan, as a file would hold it. */
export function generatedDocument(size: PlanSize) {
  return {
    schemaVersion: 1,
    project: { name: `Generated ${size.nodes}-node plan`, productVersion: '7.2.0', os: 'linux' },
    installation: size.nodes === 1 ? 'single' : 'cluster',
    nodes: Array.from({ length: size.nodes }, (_, i) => ({
      name: `oe${i + 1}`,
      address: `10.0.${i >> 8}.${(i & 255) + 1}`,
    })),
    managementServer: { name: 'mgmt', address: '10.0.255.1' },
    placement: { elastic: { on: 'management-server' }, keycloak: { on: 'management-server' } },
    clientGroups: Array.from({ length: size.clientGroups }, (_, i) => ({
      name: `clients-${i + 1}`,
      kind: CLIENT_KINDS[i % CLIENT_KINDS.length],
      addresses: [net(16, i)],
    })),
    printerNetworks: Array.from({ length: size.printerNetworks }, (_, i) => ({
      name: `printers-${i + 1}`,
      addresses: [net(64, i)],
      protocols: i % 2 === 0 ? ['socket'] : ['ipp', 'lpr'],
    })),
    islandSites: Array.from({ length: size.islandSites }, (_, i) => ({
      name: `island-${i + 1}`,
      checkoutHosts: [
        { name: `island-${i + 1}-checkout`, address: `10.${128 + (i >> 8)}.${i & 255}.10` },
      ],
      printerNetworks: [
        {
          name: `island-${i + 1}-printers`,
          addresses: [`10.${128 + (i >> 8)}.${i & 255}.128/25`],
          protocols: ['socket'],
        },
      ],
    })),
    externalSystems: [
      { name: 'prometheus', kind: 'prometheus', address: '10.0.254.1' },
      { name: 'dpf', kind: 'dpf', address: '10.0.254.2' },
    ],
    features: FEATURES,
  };
}

/** A valid cluster (or single server for 1 node) of the given size, every address distinct. */
export function generatedPlan(size: PlanSize): Plan {
  const { plan, issues } = validatePlan(generatedDocument(size));
  const errors = issues.filter((i) => i.severity === 'error');
  if (!plan || errors.length > 0)
    throw new Error(`generated plan is invalid: ${JSON.stringify(errors.slice(0, 3))}`);
  return plan;
}
