import {
  ADMINISTRATOR_GUI,
  CHECKIN_METRICS,
  CLUSTER_MESH,
  DPF_CALLBACK,
  INFOCLIENT_HTTP,
  INFOCLIENT_HTTPS,
  IPP_INTAKE,
  IPPS_INTAKE,
  ISLAND_CHECKOUT_TO_CLUSTER,
  KEYCLOAK_LOGIN,
  KIBANA_GUI,
  LOAD_BALANCER_TO_MAINLAND,
  LPR_INTAKE,
  PROMETHEUS_ALL_SERVICES,
  REST_API_CONSUMERS,
  REST_API_EASYPRIMA,
} from './flows';
import type { CatalogFlow, CatalogRow, Transport } from './model';

const SEED = { table: 'cluster', evidence: 'seed', sources: ['port-list'] } as const;
/** Rows only the cluster table lists, but which also matter on a single server when the listener is elsewhere. */
const BOTH = ['single', 'cluster'] as const;
const CLUSTER = ['cluster'] as const;

/** An OE service port: open between the OE nodes, and to Prometheus when all services are scraped. */
function servicePort(
  port: number,
  service: string,
  comment: string,
  extra: Partial<CatalogRow> = {},
): CatalogRow {
  return {
    ...SEED,
    id: `cluster/${port}/tcp`,
    installations: BOTH,
    port,
    transport: 'tcp',
    service,
    appProtocol: 'HTTPS',
    comment,
    listener: 'oe-node',
    flows: [CLUSTER_MESH, PROMETHEUS_ALL_SERVICES],
    ...extra,
  };
}

/** A Consul or NATS port: only between the OE nodes of a cluster. */
function meshPort(
  port: number,
  transport: Transport,
  service: string,
  appProtocol: string,
  comment: string,
): CatalogRow {
  return {
    ...SEED,
    id: `cluster/${port}/${transport}`,
    installations: CLUSTER,
    port,
    transport,
    service,
    appProtocol,
    comment,
    listener: 'oe-node',
    flows: [CLUSTER_MESH],
  };
}

/**
 * A port that serves clients (job intake, Infoclient, GUIs): the page's reason for the mesh,
 * services communicating between the servers, does not reach it, so it carries only its own flows.
 */
function clientPort(
  port: number,
  service: string,
  appProtocol: string,
  comment: string,
  flows: readonly CatalogFlow[],
  extra: Partial<CatalogRow> = {},
): CatalogRow {
  return {
    ...SEED,
    id: `cluster/${port}/tcp`,
    installations: CLUSTER,
    port,
    transport: 'tcp',
    service,
    appProtocol,
    comment,
    listener: 'oe-node',
    flows,
    ...extra,
  };
}

const ES_LOGGING = {
  from: ['oe-node', 'kibana'],
  purpose: 'Log shipping and queries to Elasticsearch',
  evidence: 'inferred',
  sources: ['port-list', 'cluster-overview', 'planner-modeling'],
  note: 'All OE servers ship logs to one Elasticsearch (vendor); the connection on 9200 where it is on another host is our modeling.',
} as const satisfies CatalogFlow;

/**
 * The vendor page's "Cluster Installation" table, in the page's order: its 48 rows as 51 entries,
 * since 53, 8301 and 8302 are each one row for tcp/udp and two entries here.
 */
export const CLUSTER_ROWS: readonly CatalogRow[] = [
  meshPort(53, 'tcp', 'Consul', 'DNS', 'DNS service discovery'),
  meshPort(53, 'udp', 'Consul', 'DNS', 'DNS service discovery'),
  clientPort(443, 'seal-ipp-checkin', 'HTTPS', 'Job acceptance via IPPS', [IPPS_INTAKE]),
  clientPort(515, 'seal-checkin', 'LPR', 'Job acceptance via LPR', [LPR_INTAKE]),
  clientPort(631, 'seal-ipp-checkin', 'HTTP', 'Job acceptance via IPP', [IPP_INTAKE]),
  servicePort(1898, 'seal-error-sheet', ''),
  servicePort(1908, 'seal-convert-ps2pdf', ''),
  servicePort(1918, 'seal-convert-pdfstamp', ''),
  servicePort(1928, 'seal-convert-pdf2ps', ''),
  servicePort(1938, 'seal-convert-sapgof', ''),
  servicePort(1948, 'seal-checkin', 'Prometheus metrics; needed if monitoring is used', {
    installations: CLUSTER,
    requires: ['monitoring-checkin', 'monitoring-all-services'],
    flows: [CHECKIN_METRICS, CLUSTER_MESH, PROMETHEUS_ALL_SERVICES],
  }),
  servicePort(1958, 'seal-convert-dispatcher', ''),
  servicePort(1969, 'seal-controller', 'HTTP streaming', {
    since: '5.3.0',
    sources: ['port-list', 'port-list-6-1-1'],
  }),
  servicePort(1978, 'seal-ghost', 'HTTP streaming'),
  servicePort(1988, 'seal-bodyscanner', 'HTTP streaming'),
  servicePort(1998, 'seal-checkout', 'HTTP streaming'),
  servicePort(2008, 'seal-printer-monitor', 'HTTP streaming'),
  servicePort(2018, 'seal-print-preview', 'HTTP streaming'),
  servicePort(2028, 'seal-copier', 'HTTP streaming'),
  servicePort(2038, 'seal-convert-sapwin', 'HTTP streaming'),
  servicePort(2048, 'seal-out-ngn-accounting', 'HTTP streaming'),
  servicePort(2058, 'seal-virtual-queues', 'HTTP streaming'),
  servicePort(2068, 'seal-out-ngn-message-relay', 'HTTP streaming'),
  servicePort(2078, 'seal-pjl-checkout', 'HTTP streaming'),
  servicePort(2088, 'seal-convert-pdfscale', 'HTTP streaming'),
  servicePort(2098, 'seal-co-notifier', 'SAP and IPP notifications'),
  servicePort(2108, 'seal-convert-tiff2pdf', ''),
  servicePort(
    2118,
    'seal-mainland-checkout',
    'Internal port for job processing; needed if remote printing is used',
    {
      requires: ['remote-printing'],
    },
  ),
  servicePort(
    2119,
    'seal-mainland-checkout',
    'Port the island-checkouts can connect to; needed if remote printing is used',
    {
      installations: CLUSTER,
      requires: ['remote-printing'],
      flows: [
        ISLAND_CHECKOUT_TO_CLUSTER,
        LOAD_BALANCER_TO_MAINLAND,
        CLUSTER_MESH,
        PROMETHEUS_ALL_SERVICES,
      ],
    },
  ),
  servicePort(2128, 'seal-convert-dpf', 'needed if conversion via DPF is used', {
    requires: ['dpf-conversion'],
  }),
  servicePort(
    2129,
    'seal-convert-dpf',
    'Port for callback from DPF; needed if conversion via DPF is used',
    {
      installations: CLUSTER,
      port: { param: 'dpfCallbackPort' },
      requires: ['dpf-conversion'],
      flows: [DPF_CALLBACK, CLUSTER_MESH, PROMETHEUS_ALL_SERVICES],
    },
  ),
  servicePort(2138, 'seal-convert-pdfprae', ''),
  servicePort(2198, 'seal-housekeeper', ''),
  meshPort(4222, 'tcp', 'SEAL NATS', 'HTTP(S)', 'SEAL NATS client access'),
  clientPort(5601, 'Kibana', 'HTTP', 'GUI for visualising the log data', [KIBANA_GUI], {
    listener: 'kibana',
  }),
  meshPort(6222, 'tcp', 'SEAL NATS', 'HTTP(S)', 'SEAL NATS communication in cluster'),
  // The REST API is the services' own interface too (the single-server table's "needed if" speaks
  // of users from outside), so the mesh holds on 8080 without a feature.
  clientPort(8080, 'seal-rest', 'HTTPS', 'REST API', [
    REST_API_CONSUMERS,
    REST_API_EASYPRIMA,
    CLUSTER_MESH,
  ]),
  clientPort(8081, 'seal-job-notifier', 'HTTP', 'PLOSSYS Infoclient API', [INFOCLIENT_HTTP]),
  clientPort(8082, 'seal-job-notifier', 'HTTPS', 'PLOSSYS Infoclient API', [INFOCLIENT_HTTPS]),
  meshPort(8300, 'tcp', 'Consul', 'RPC', 'Server RPC'),
  meshPort(8301, 'tcp', 'Consul', 'Serf LAN', 'Serf LAN'),
  meshPort(8301, 'udp', 'Consul', 'Serf LAN', 'Serf LAN'),
  meshPort(8302, 'tcp', 'Consul', 'Serf WAN', 'Serf WAN'),
  meshPort(8302, 'udp', 'Consul', 'Serf WAN', 'Serf WAN'),
  meshPort(8400, 'tcp', 'Consul', 'RPC', 'Client RPC'),
  clientPort(8500, 'Consul', 'HTTPS', 'Consul Administrator GUI', [
    {
      from: ['admin-workstations', 'api-consumers'],
      purpose: 'Administrators and PLOSSYS CLI reach Consul',
      when: { features: ['remote-consul-ui'] },
      evidence: 'docs',
      sources: ['port-list', 'admin-security'],
      note: 'PLOSSYS CLI talks to Consul on 8500 for plossys config/security (default localhost).',
    },
  ]),
  clientPort(9000, 'PLOSSYS Administrator', 'HTTPS', 'Output Engine GUI', [ADMINISTRATOR_GUI]),
  clientPort(9200, 'Elasticsearch', 'HTTP(S)', 'Log database REST API', [ES_LOGGING], {
    installations: BOTH,
    listener: 'elasticsearch',
  }),
  clientPort(
    9300,
    'Elasticsearch',
    'Binary',
    'Communication in cluster mode',
    [
      {
        from: ['elasticsearch'],
        purpose: 'Elasticsearch cluster communication',
        evidence: 'inferred',
        sources: ['port-list', 'planner-modeling'],
        note: 'That only Elasticsearch nodes use 9300 is our modeling.',
      },
    ],
    { installations: BOTH, listener: 'elasticsearch' },
  ),
  clientPort(
    27017,
    'MongoDB',
    'MongoDB-specific binary',
    'Database',
    [
      {
        from: ['oe-node', 'mongodb'],
        purpose: 'OE services and MongoDB replica set reach the database',
        evidence: 'inferred',
        sources: ['port-list', 'cluster-overview', 'planner-modeling'],
        note: 'MongoDB needs a majority of its members; every OE node and member connecting to every member is our modeling.',
      },
    ],
    { installations: BOTH, listener: 'mongodb' },
  ),
  clientPort(32769, 'seal-keycloak', 'HTTPS', 'OIDC identity provider (optional)', KEYCLOAK_LOGIN, {
    listener: 'keycloak',
    requires: ['seal-keycloak'],
  }),
];
