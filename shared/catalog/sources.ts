import type { Source, SourceId } from './model';

const CURRENT = 'https://plossys-output-engine.docs.sealsystems.de';

/** Public pages the catalog's claims rest on. Where the exact page path is not known, the site is given. */
export const SOURCES = {
  'port-list': { title: 'PLOSSYS Output Engine: Used Ports', url: `${CURRENT}/reference/portlist` },
  'port-list-6-1-1': {
    title: 'PLOSSYS Output Engine 6.1.1: Used Ports',
    url: 'https://version-6-1-1.plossys-output-engine.docs.sealsystems.cloud/',
  },
  'cluster-overview': {
    title: 'Cluster configuration: overview',
    url: `${CURRENT}/linux/config_advanced/config_cluster/overview`,
  },
  'plossys5-faq': {
    title: 'PLOSSYS 5 documentation: troubleshooting FAQ',
    url: 'https://plossys-5.docs.sealsystems.de/',
  },
  requirements: {
    title: 'PLOSSYS 5: installation requirements (management server)',
    url: 'https://plossys-5.docs.sealsystems.de/linux/installation/requirements',
  },
  'architecture-6-1-0': {
    title: 'PLOSSYS Output Engine 6.1.0: architecture overview',
    url: 'https://version-6-1-0.plossys-output-engine.docs.sealsystems.cloud/',
  },
  'seal-http-server': {
    title: 'seal-http-server README (HTTP on loopback, HTTPS on the external interface)',
    url: 'https://github.com/sealsystems/seal-http-server',
  },
  services: { title: 'PLOSSYS Output Engine: services', url: `${CURRENT}/reference/services` },
  'sap-odata': {
    title: 'Configure the SAP oData Print API',
    url: `${CURRENT}/use_cases/configure_opapi`,
  },
  'admin-security': {
    title: 'Administration: security (PLOSSYS CLI and Consul)',
    url: `${CURRENT}/use_cases/admin_security`,
  },
  'admin-flows': {
    title: 'Administration: flows (PLOSSYS CLI)',
    url: `${CURRENT}/use_cases/admin_flows`,
  },
  'seal-oidc': {
    title: 'seal-oidc: SEAL Keycloak realm at https://<host>:32769/realms/SEAL',
    url: 'https://github.com/sealsystems',
  },
  'dpf-conversion': {
    title: 'Conversion via DPF (DPF_URL, CALLBACK_PORT)',
    url: `${CURRENT}/use_cases/dpf_conversion`,
  },
  'remote-printing-api-keys': {
    title: 'Remote printing: API keys for island sites',
    url: `${CURRENT}/use_cases/remote_printing/api_keys`,
  },
  metrics: { title: 'Prometheus metrics of the services', url: `${CURRENT}/reference/metrics` },
  'printer-keys': {
    title: 'PLOSSYS Output Engine 5.5.0: printer keys (connection URL, default ports)',
    url: 'https://version-5-5-0.plossys-output-engine.docs.sealsystems.cloud/reference/keys/printer_keys',
  },
  'device-monitoring': {
    title: 'Device monitoring configuration',
    url: `${CURRENT}/linux/config_advanced/config_device_monitoring`,
  },
  'planner-modeling': {
    title: "This product's modeling where the vendor is silent (docs/catalog.md)",
    url: 'docs/catalog.md',
  },
} as const satisfies Record<SourceId, Source>;

export function sourceUrls(ids: readonly SourceId[]): string[] {
  return ids.map((id) => SOURCES[id].url);
}
