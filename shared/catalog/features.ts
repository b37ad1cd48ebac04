import type { ClientKind, ExternalKind, FeatureId, InstallationType } from './model';

export interface Feature {
  id: FeatureId;
  label: string;
  /** One line: what the feature is for. */
  description: string;
  /** Product version that introduced it (only where the vendor documents one). */
  since?: string;
  /** Features of one group exclude each other. */
  exclusiveGroup?: 'identity' | 'monitoring';
  /** External systems that must be in the plan for the feature (an error otherwise). */
  needsExternal?: ExternalKind;
  /** Island sites must be in the plan. */
  needsIslands?: boolean;
  /** Client groups the feature serves; without one the feature opens nothing (a warning). */
  servesClients?: readonly ClientKind[];
  /** Installation types where the feature opens ports; elsewhere it is ignored with a warning. */
  installations?: readonly InstallationType[];
}

export const FEATURES = [
  {
    id: 'ipp',
    label: 'IPP intake',
    description: 'Clients and SAP systems submit jobs over IPP (631/tcp).',
    servesClients: ['ipp-clients', 'sap-systems'],
  },
  {
    id: 'ipps',
    label: 'IPPS intake',
    description: 'Clients and SAP systems submit jobs over IPPS (443/tcp).',
    servesClients: ['ipp-clients', 'sap-systems'],
  },
  {
    id: 'lpr',
    label: 'LPR intake',
    description: 'Windows clients print through the LPR port monitor (515/tcp).',
    servesClients: ['lpr-clients'],
  },
  {
    id: 'rest-api',
    label: 'REST API from outside',
    description: 'PLOSSYS CLI, APW or easyPRIMA reach the REST API (8080/tcp).',
    servesClients: ['api-consumers'],
  },
  {
    id: 'infoclient-http',
    label: 'Infoclient over HTTP',
    description: 'The PLOSSYS Infoclient tray app reaches the job notifier over HTTP (8081/tcp).',
    servesClients: ['infoclient-users'],
  },
  {
    id: 'infoclient-https',
    label: 'Infoclient over HTTPS',
    description: 'The PLOSSYS Infoclient tray app reaches the job notifier over HTTPS (8082/tcp).',
    servesClients: ['infoclient-users'],
  },
  {
    id: 'administrator',
    label: 'PLOSSYS Administrator',
    description: "Administrators' browsers open the Output Engine GUI (9000/tcp).",
    servesClients: ['admin-workstations'],
  },
  {
    id: 'kibana',
    label: 'Kibana',
    description: "Administrators' browsers open Kibana to read the logs (5601/tcp).",
    servesClients: ['admin-workstations'],
  },
  {
    id: 'seal-keycloak',
    label: 'SEAL Keycloak',
    description: "SEAL's Keycloak is the OIDC identity provider (32769/tcp).",
    exclusiveGroup: 'identity',
  },
  {
    id: 'external-idp',
    label: 'External identity provider',
    description: "The customer's own OIDC identity provider replaces SEAL's Keycloak.",
    exclusiveGroup: 'identity',
    needsExternal: 'identity-provider',
  },
  {
    id: 'monitoring-checkin',
    label: 'Monitoring: check-in metrics',
    description: 'An external Prometheus scrapes the check-in metrics (1948/tcp).',
    exclusiveGroup: 'monitoring',
    needsExternal: 'prometheus',
  },
  {
    id: 'monitoring-all-services',
    label: 'Monitoring: all services',
    description: 'An external Prometheus scrapes the metrics of every service port.',
    exclusiveGroup: 'monitoring',
    needsExternal: 'prometheus',
  },
  {
    id: 'remote-printing',
    label: 'Remote printing',
    description: "Island sites' checkouts fetch jobs from the mainland (2119/tcp).",
    needsIslands: true,
  },
  {
    id: 'dpf-conversion',
    label: 'Conversion via DPF',
    description: 'The OE calls the DPF REST API and DPF calls back (2129/tcp).',
    needsExternal: 'dpf',
  },
  {
    id: 'sap-callback',
    label: 'SAP status callback',
    description: 'The OE reports job status back to SAP over RFC (SAP gateway port).',
    needsExternal: 'sap',
  },
  {
    id: 'sap-odata',
    label: 'SAP oData Print API',
    description: 'The OE fetches jobs from SAP over HTTPS (443/tcp, outbound).',
    since: '7.1.0',
    needsExternal: 'sap',
  },
  {
    id: 'device-monitoring',
    label: 'Device monitoring',
    description: 'The OE asks printers for their state over IPP (631/tcp, 443/tcp).',
  },
  {
    id: 'remote-consul-ui',
    label: 'Remote Consul UI',
    description: 'Administrators and PLOSSYS CLI reach Consul from outside the cluster (8500/tcp).',
    servesClients: ['admin-workstations', 'api-consumers'],
    installations: ['cluster'],
  },
] as const satisfies readonly Feature[];

const BY_ID = new Map<FeatureId, Feature>(FEATURES.map((f) => [f.id, f]));

export function featureById(id: FeatureId): Feature {
  const feature = BY_ID.get(id);
  if (!feature) throw new Error(`unknown feature ${id}`);
  return feature;
}
