import type { Source, SourceId } from './model';

const CURRENT = 'https://plossys-output-engine.docs.sealsystems.de';

/**
 * Public pages the catalog's claims rest on, each the exact page (never a site root). Pages with a
 * version in the host name were read at that version; the others at the version their title names.
 */
export const SOURCES = {
  'port-list': { title: 'PLOSSYS Output Engine: Used Ports', url: `${CURRENT}/reference/portlist` },
  'port-list-6-1-1': {
    title: 'PLOSSYS Output Engine 6.1.1: Used Ports',
    url: 'https://version-6-1-1.plossys-output-engine.docs.sealsystems.cloud/reference/portlist',
  },
  'cluster-overview': {
    title: 'PLOSSYS 5 documentation (6.0.0): cluster configuration, overview',
    url: 'https://plossys-5.docs.sealsystems.de/linux/config_advanced/config_cluster/overview',
  },
  'plossys5-faq': {
    title: 'PLOSSYS 5 documentation (6.0.0): troubleshooting FAQ',
    url: 'https://plossys-5.docs.sealsystems.de/troubleshooting/faq',
  },
  requirements: {
    title: 'PLOSSYS 5: installation requirements (management server)',
    url: 'https://plossys-5.docs.sealsystems.de/linux/installation/requirements',
  },
  'architecture-6-1-0': {
    title: 'PLOSSYS Output Engine 6.1.0: architecture overview',
    url: 'https://version-6-1-0.plossys-output-engine.docs.sealsystems.cloud/introduction/architecture_overview',
  },
  'seal-http-server': {
    title: 'seal-http-server README (HTTP on loopback, HTTPS on the external interface)',
    url: 'https://github.com/sealsystems/seal-http-server/blob/0a1af8fdce71dd1f40c48f100750129f310b3ee8/README.md',
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
    title:
      'SEAL Keycloak: OpenID Connect configuration (user interface at https://localhost:32769, realm SEAL)',
    url: 'https://seal-oidc.docs.sealsystems.cloud/windows/seal_keycloak/configuration/mandatory/config_openid',
  },
  'seal-oidc-other-idp': {
    title:
      'SEAL OIDC: another identity provider (client entries seal-easyprima, password grant, and seal-infoclient, client credentials)',
    url: 'https://seal-oidc.docs.sealsystems.de/linux/other_idp/config_different_idp',
  },
  'oe-oidc-config-5-1-0': {
    title:
      'PLOSSYS Output Engine 5.1.0: mandatory server configuration (AUTH_ISSUER_URL https://<id_provider_server>:32769/auth/realms/SEAL for all services)',
    url: 'https://version-5-1-0.plossys-output-engine.docs.sealsystems.cloud/windows/configuration/config_mandatory/config_plossys_5_server',
  },
  sapwin: {
    title:
      'PLOSSYS Output Engine 5.7.1: output of SAPWIN files (seal-convert-sapwin on a separate Windows server, Consul agent as client)',
    url: 'https://version-5-7-1.plossys-output-engine.docs.sealsystems.cloud/use_cases/output_sapwin_files',
  },
  'dpf-services': {
    title: 'Digital Process Factory 4: services (seal-dpf-jobclient-api on 4303)',
    url: 'https://dpf.docs.sealsystems.de/reference/services',
  },
  'dpf-conversion': {
    title: 'Conversion via DPF (DPF_URL, CALLBACK_PORT)',
    url: `${CURRENT}/use_cases/dpf_conversion`,
  },
  'remote-printing-api-keys': {
    title: 'Remote printing: API keys for island sites',
    url: `${CURRENT}/use_cases/remote_printing/api_keys.html`,
  },
  metrics: { title: 'Prometheus metrics of the services', url: `${CURRENT}/reference/metrics` },
  'printer-keys': {
    title: 'PLOSSYS Output Engine 5.5.0: printer keys (connection URL, default ports)',
    url: 'https://version-5-5-0.plossys-output-engine.docs.sealsystems.cloud/reference/keys/printer_keys',
  },
  'device-monitoring': {
    title: 'PLOSSYS 5 documentation (6.0.0): device monitoring (how the IPP URL is found)',
    url: 'https://plossys-5.docs.sealsystems.de/linux/config_advanced/config_device_monitoring',
  },
  'printer-keys-5-3-0': {
    title: 'PLOSSYS Output Engine 5.3.0: printer keys (protocols lpr and socket)',
    url: 'https://version-5-3-0.plossys-output-engine.docs.sealsystems.cloud/reference/printer_keys',
  },
  // Not a page: shown to the customer as these words, beside the rule's note that gives the reasoning.
  'planner-modeling': {
    title: 'Where the vendor is silent; the note of each rule gives the reasoning',
    url: 'this planner’s modeling',
  },
} as const satisfies Record<SourceId, Source>;

export function sourceUrls(ids: readonly SourceId[]): string[] {
  return ids.map((id) => SOURCES[id].url);
}
