import type { CatalogFlow, FeatureId } from './model';

// Connection claims that more than one catalog row makes.

export const CLUSTER_MESH = {
  from: ['oe-node'],
  purpose: 'Cluster communication between OE nodes',
  evidence: 'inferred',
  sources: ['port-list', 'cluster-overview', 'planner-modeling'],
  note: 'The vendor: in a cluster every service port must be open between the OE servers. That every node connects to every other, both ways, is our modeling.',
} as const satisfies CatalogFlow;

export const PROMETHEUS_ALL_SERVICES = {
  from: ['prometheus'],
  purpose: 'Prometheus scrapes service metrics',
  when: { features: ['monitoring-all-services'] },
  evidence: 'inferred',
  sources: ['metrics', 'planner-modeling'],
  note: "Every service exposes /metrics on its own port; scraping all of them is our 'all services' option.",
} as const satisfies CatalogFlow;

export const CHECKIN_METRICS = {
  from: ['prometheus'],
  purpose: 'Prometheus scrapes check-in metrics',
  when: { features: ['monitoring-checkin', 'monitoring-all-services'] },
  evidence: 'seed',
  sources: ['port-list', 'metrics'],
} as const satisfies CatalogFlow;

function intake(feature: FeatureId, purpose: string): CatalogFlow {
  return {
    from: feature === 'lpr' ? ['lpr-clients'] : ['ipp-clients', 'sap-systems'],
    purpose,
    when: { features: [feature] },
    evidence: 'seed',
    sources: ['port-list', 'architecture-6-1-0'],
  };
}
export const IPPS_INTAKE = intake('ipps', 'Job intake via IPPS');
export const IPP_INTAKE = intake('ipp', 'Job intake via IPP');
export const LPR_INTAKE = intake('lpr', 'Job intake via LPR');

export const ISLAND_CHECKOUT_TO_MAINLAND = {
  from: ['island-checkout'],
  purpose: 'Remote printing: island checkouts fetch jobs from the mainland',
  when: { features: ['remote-printing'], loadBalancer: false },
  evidence: 'seed',
  sources: ['port-list', 'remote-printing-api-keys'],
  note: 'The island side initiates. In a cluster each island reaches every OE node (our modeling).',
} as const satisfies CatalogFlow;

export const LOAD_BALANCER_TO_MAINLAND = {
  from: ['load-balancer'],
  purpose: 'Remote printing: the load balancer forwards island checkouts',
  when: { features: ['remote-printing'], loadBalancer: true },
  evidence: 'inferred',
  sources: ['port-list', 'planner-modeling'],
  note: 'A load balancer address for islands is our modeling; the vendor names none.',
} as const satisfies CatalogFlow;

export const DPF_CALLBACK = {
  from: ['dpf'],
  purpose: 'DPF calls back with converted documents',
  evidence: 'seed',
  sources: ['port-list', 'dpf-conversion'],
} as const satisfies CatalogFlow;

export const KIBANA_GUI = {
  from: ['admin-workstations'],
  purpose: 'Administrators read logs in Kibana',
  when: { features: ['kibana'] },
  evidence: 'seed',
  sources: ['port-list'],
} as const satisfies CatalogFlow;

export const REST_API_CONSUMERS = {
  from: ['api-consumers'],
  purpose: 'PLOSSYS CLI, APW or easyPRIMA use the REST API',
  when: { features: ['rest-api'] },
  evidence: 'seed',
  sources: ['port-list', 'admin-flows'],
} as const satisfies CatalogFlow;

export const REST_API_EASYPRIMA = {
  from: ['management-server'],
  purpose: 'easyPRIMA on the management server uses the REST API',
  when: { features: ['rest-api'] },
  evidence: 'docs',
  sources: ['port-list', 'requirements'],
  note: 'The port list names easyPRIMA as a REST API user; the requirements place easyPRIMA on the management server.',
} as const satisfies CatalogFlow;

function infoclient(feature: 'infoclient-http' | 'infoclient-https'): CatalogFlow {
  return {
    from: ['infoclient-users'],
    purpose: 'PLOSSYS Infoclient reads job notifications',
    when: { features: [feature] },
    evidence: 'seed',
    sources: ['port-list', 'architecture-6-1-0'],
  };
}
export const INFOCLIENT_HTTP = infoclient('infoclient-http');
export const INFOCLIENT_HTTPS = infoclient('infoclient-https');

export const ADMINISTRATOR_GUI = {
  from: ['admin-workstations'],
  purpose: 'Administrators open PLOSSYS Administrator',
  when: { features: ['administrator'] },
  evidence: 'seed',
  sources: ['port-list'],
} as const satisfies CatalogFlow;

export const KEYCLOAK_LOGIN = {
  from: ['admin-workstations', 'api-consumers', 'oe-node'],
  purpose: 'Login and token checks at the identity provider',
  evidence: 'inferred',
  sources: ['port-list', 'seal-oidc', 'planner-modeling'],
  note: 'Browsers, CLI hosts and the OE nodes themselves reaching the identity provider is our modeling.',
} as const satisfies CatalogFlow;
