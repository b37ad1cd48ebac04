// Names and descriptions are texts: shared/i18n (features.<id>.label and .description).
import type { ClientKind, ExternalKind, FeatureId, InstallationType } from './model';

export interface Feature {
  id: FeatureId;
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
    servesClients: ['ipp-clients', 'sap-systems'],
  },
  {
    id: 'ipps',
    servesClients: ['ipp-clients', 'sap-systems'],
  },
  {
    id: 'lpr',
    servesClients: ['lpr-clients'],
  },
  {
    id: 'rest-api',
    servesClients: ['api-consumers'],
  },
  {
    id: 'infoclient-http',
    servesClients: ['infoclient-users'],
  },
  {
    id: 'infoclient-https',
    servesClients: ['infoclient-users'],
  },
  {
    id: 'administrator',
    servesClients: ['admin-workstations'],
  },
  {
    id: 'kibana',
    servesClients: ['admin-workstations'],
  },
  {
    id: 'seal-keycloak',
    exclusiveGroup: 'identity',
  },
  {
    id: 'external-idp',
    exclusiveGroup: 'identity',
    needsExternal: 'identity-provider',
  },
  {
    id: 'monitoring-checkin',
    exclusiveGroup: 'monitoring',
    needsExternal: 'prometheus',
  },
  {
    id: 'monitoring-all-services',
    exclusiveGroup: 'monitoring',
    needsExternal: 'prometheus',
  },
  {
    id: 'remote-printing',
    needsIslands: true,
  },
  {
    id: 'dpf-conversion',
    needsExternal: 'dpf',
  },
  {
    id: 'sap-callback',
    needsExternal: 'sap',
  },
  {
    id: 'sap-odata',
    since: '7.1.0',
    needsExternal: 'sap',
  },
  {
    id: 'device-monitoring',
  },
  {
    id: 'remote-consul-ui',
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
