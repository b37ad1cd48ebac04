// The vocabulary of the port catalog: who plays which role, what a feature is, and what a row claims.

export const EVIDENCE_LEVELS = ['seed', 'docs', 'inferred'] as const;
/** seed: the vendor's Used Ports page; docs: other vendor documentation; inferred: this product's modeling. */
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

export const TRANSPORTS = ['tcp', 'udp'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const INSTALLATION_TYPES = ['single', 'cluster'] as const;
export type InstallationType = (typeof INSTALLATION_TYPES)[number];

export const ZONES = [
  'clients',
  'oe-nodes',
  'management',
  'islands',
  'printers',
  'external',
] as const;
export type Zone = (typeof ZONES)[number];

export const CLIENT_KINDS = [
  'lpr-clients',
  'ipp-clients',
  'sap-systems',
  'admin-workstations',
  'api-consumers',
  'infoclient-users',
] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export const EXTERNAL_KINDS = ['prometheus', 'dpf', 'sap', 'identity-provider'] as const;
export type ExternalKind = (typeof EXTERNAL_KINDS)[number];

export const COMPONENTS = ['elasticsearch', 'kibana', 'mongodb', 'keycloak'] as const;
export type Component = (typeof COMPONENTS)[number];

/** Everything that can listen or connect. A role resolves to concrete hosts or networks of a plan. */
export type Role =
  | 'oe-node'
  | 'management-server'
  | 'load-balancer'
  | Component
  | ClientKind
  | 'printers'
  | 'island-checkout'
  | 'island-printers'
  | 'sapwin-server'
  | ExternalKind;

export const PRINTER_PROTOCOLS = ['lpr', 'socket', 'pjl', 'ipp', 'ipps', 'http', 'https'] as const;
export type PrinterProtocol = (typeof PRINTER_PROTOCOLS)[number];

export const FEATURE_IDS = [
  'ipp',
  'ipps',
  'lpr',
  'rest-api',
  'infoclient-http',
  'infoclient-https',
  'administrator',
  'kibana',
  'seal-keycloak',
  'external-idp',
  'monitoring-checkin',
  'monitoring-all-services',
  'remote-printing',
  'dpf-conversion',
  'sap-callback',
  'sap-odata',
  'device-monitoring',
  'remote-consul-ui',
] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];
export const isFeatureId = (value: unknown): value is FeatureId =>
  (FEATURE_IDS as readonly unknown[]).includes(value);

/** Ports the product lets the customer configure; the plan carries them, with the vendor's defaults. */
export type PortParameter =
  | 'dpfApiPort'
  | 'dpfCallbackPort'
  | 'sapGatewayPort'
  | 'identityProviderPort'
  | `printer.${PrinterProtocol}`;

export type PortRef = number | { param: PortParameter };

/** When a flow is needed. All given parts must hold; `features` holds when any of them is on. */
export interface Condition {
  features?: readonly FeatureId[];
  /** true: only with a load balancer in front of the OE nodes for islands; false: only without one. */
  loadBalancer?: boolean;
  /** The destination printer network offers this protocol (or, given a list, one of them). */
  printerProtocol?: PrinterProtocol | readonly PrinterProtocol[];
  /** Product version from which the flow exists. */
  since?: string;
}

/** A claim that one or more roles connect to the row's listener. */
export interface CatalogFlow {
  from: readonly Role[];
  /** Why the connection exists, in the words a network team reads; rules with the same purpose merge. */
  purpose: string;
  when?: Condition;
  evidence: Evidence;
  sources: readonly SourceId[];
  /** Why the claim is inferred, or what it rests on. */
  note?: string;
  /** The vendor's own words the claim rests on, verbatim from the first source. */
  quote?: string;
}

/** One port a role listens on: a row of the vendor's page (one per transport) or one of ours. */
export interface CatalogRow {
  /** Stable id, e.g. "cluster/2119/tcp". */
  id: string;
  /** Where the row is written down: a table of the vendor's page, or this product's own additions. */
  table: 'single' | 'cluster' | 'outbound' | 'island' | 'infrastructure';
  installations: readonly InstallationType[];
  port: PortRef;
  transport: Transport;
  service: string;
  appProtocol: string;
  /** The vendor page's comment, verbatim; empty where it has none. */
  comment: string;
  listener: Role;
  /** Evidence that the listener listens on this port. */
  evidence: Evidence;
  sources: readonly SourceId[];
  /** The vendor's "needed if ...": the port is only listened on when one of these features is on. */
  requires?: readonly FeatureId[];
  /** Product version from which the port exists. */
  since?: string;
  flows: readonly CatalogFlow[];
}

export type SourceId =
  | 'port-list'
  | 'port-list-6-1-1'
  | 'cluster-overview'
  | 'plossys5-faq'
  | 'requirements'
  | 'architecture-6-1-0'
  | 'seal-http-server'
  | 'services'
  | 'sap-odata'
  | 'admin-security'
  | 'admin-flows'
  | 'seal-oidc'
  | 'seal-oidc-other-idp'
  | 'oe-oidc-config-5-1-0'
  | 'sapwin'
  | 'dpf-services'
  | 'printer-keys-5-3-0'
  | 'dpf-conversion'
  | 'remote-printing-api-keys'
  | 'metrics'
  | 'printer-keys'
  | 'device-monitoring'
  | 'planner-modeling';

export interface Source {
  title: string;
  url: string;
}
