import type { CatalogFlow, FeatureId } from './model';

// Connection claims that more than one catalog row makes.

/** The Used Ports page's own sentence, verbatim, before its two tables. */
export const MESH_SENTENCE =
  'In a cluster installation, services need to communicate between the different Output Engine servers. Thus all service ports have to be open as well.';

/** Every service port of the cluster table that an OE node listens on: open between the OE nodes. */
export const CLUSTER_MESH = {
  from: ['oe-node'],
  purpose: 'Cluster communication between OE nodes',
  evidence: 'seed',
  sources: ['port-list', 'cluster-overview'],
  quote: MESH_SENTENCE,
  note: 'The Used Ports page says every service port has to be open between the Output Engine servers of a cluster; the planner opens it from every OE node to every other, both ways.',
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
  note: 'The island side initiates: the page names 2119 as the port the island checkouts connect to.',
} as const satisfies CatalogFlow;

/** In a cluster the page does not say which OE node an island checkout reaches. */
export const ISLAND_CHECKOUT_TO_CLUSTER = {
  ...ISLAND_CHECKOUT_TO_MAINLAND,
  evidence: 'inferred',
  sources: ['port-list', 'remote-printing-api-keys', 'planner-modeling'],
  note: 'The page says only "Port the island-checkouts can connect to"; every OE node of a cluster is this planner’s modeling.',
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

const LOGIN = 'Login and token checks at the identity provider';

/** One question for the vendor: the configuration and client entries are documented, the connections are not. */
const LOGIN_NOTE =
  'OE services (AUTH_ISSUER_URL), PLOSSYS CLI, Infoclient and easyPRIMA (client entries) are configured for it (vendor); the connections are this planner’s modeling.';

/** PLOSSYS Administrator sends the browser to Keycloak for the login (config_openid). */
export const KEYCLOAK_ADMIN_LOGIN = {
  from: ['admin-workstations'],
  purpose: LOGIN,
  evidence: 'docs',
  sources: ['port-list', 'seal-oidc'],
  note: 'PLOSSYS Administrator redirects the browser to Keycloak for the login, and Keycloak redirects back (vendor).',
} as const satisfies CatalogFlow;

/** The OE services are configured with the issuer URL; that they connect to it is OIDC practice. */
export const OE_AT_IDENTITY_PROVIDER = {
  from: ['oe-node'],
  purpose: LOGIN,
  evidence: 'inferred',
  sources: ['oe-oidc-config-5-1-0', 'planner-modeling'],
  note: LOGIN_NOTE,
} as const satisfies CatalogFlow;

export const CLI_AT_IDENTITY_PROVIDER = {
  from: ['api-consumers'],
  purpose: LOGIN,
  evidence: 'inferred',
  sources: ['seal-oidc', 'planner-modeling'],
  note: LOGIN_NOTE,
} as const satisfies CatalogFlow;

/** The identity provider's client entry seal-infoclient (client credentials grant). */
export const INFOCLIENT_AT_IDENTITY_PROVIDER = {
  from: ['infoclient-users'],
  purpose: LOGIN,
  when: { features: ['infoclient-http', 'infoclient-https'] },
  evidence: 'inferred',
  sources: ['seal-oidc-other-idp', 'planner-modeling'],
  note: LOGIN_NOTE,
} as const satisfies CatalogFlow;

/** The identity provider's client entry seal-easyprima (password grant); easyPRIMA is on the management server. */
export const EASYPRIMA_AT_IDENTITY_PROVIDER = {
  from: ['management-server'],
  purpose: LOGIN,
  when: { features: ['rest-api'] },
  evidence: 'inferred',
  sources: ['seal-oidc-other-idp', 'requirements', 'planner-modeling'],
  note: LOGIN_NOTE,
} as const satisfies CatalogFlow;

/** Everyone who reaches SEAL's Keycloak on 32769. */
export const KEYCLOAK_LOGIN: readonly CatalogFlow[] = [
  KEYCLOAK_ADMIN_LOGIN,
  CLI_AT_IDENTITY_PROVIDER,
  OE_AT_IDENTITY_PROVIDER,
  INFOCLIENT_AT_IDENTITY_PROVIDER,
  EASYPRIMA_AT_IDENTITY_PROVIDER,
];
