/** English texts of the catalog: zones, features, purposes, services, notes, evidence. */
export const catalog = {
  zones: {
    clients: 'Clients',
    'oe-nodes': 'OE nodes',
    management: 'Management',
    islands: 'Islands',
    printers: 'Printers',
    external: 'External',
  },
  zoneCounts: {
    clients_one: '{{count}} client group',
    clients_other: '{{count}} client groups',
    'oe-nodes_one': '{{count}} OE node',
    'oe-nodes_other': '{{count}} OE nodes',
    management_one: '{{count}} management host',
    management_other: '{{count}} management hosts',
    islands_one: '{{count}} island site',
    islands_other: '{{count}} island sites',
    printers_one: '{{count}} printer network',
    printers_other: '{{count}} printer networks',
    external_one: '{{count}} external system',
    external_other: '{{count}} external systems',
  },
  /** Feature names and one-line descriptions, by feature id (shared/catalog/features.ts). */
  features: {
    ipp: {
      label: 'IPP intake',
      description: 'Clients and SAP systems submit jobs over IPP (631/tcp).',
    },
    ipps: {
      label: 'IPPS intake',
      description: 'Clients and SAP systems submit jobs over IPPS (443/tcp).',
    },
    lpr: {
      label: 'LPR intake',
      description: 'Windows clients print through the LPR port monitor (515/tcp).',
    },
    'rest-api': {
      label: 'REST API from outside',
      description: 'PLOSSYS CLI, APW or easyPRIMA reach the REST API (8080/tcp).',
    },
    'infoclient-http': {
      label: 'Infoclient over HTTP',
      description: 'The PLOSSYS Infoclient tray app reaches the job notifier over HTTP (8081/tcp).',
    },
    'infoclient-https': {
      label: 'Infoclient over HTTPS',
      description:
        'The PLOSSYS Infoclient tray app reaches the job notifier over HTTPS (8082/tcp).',
    },
    administrator: {
      label: 'PLOSSYS Administrator',
      description: 'Administrators’ browsers open the Output Engine GUI (9000/tcp).',
    },
    kibana: {
      label: 'Kibana',
      description: 'Administrators’ browsers open Kibana to read the logs (5601/tcp).',
    },
    'seal-keycloak': {
      label: 'SEAL Keycloak',
      description: 'SEAL’s Keycloak is the OIDC identity provider (32769/tcp).',
    },
    'external-idp': {
      label: 'External identity provider',
      description: 'The customer’s own OIDC identity provider replaces SEAL’s Keycloak.',
    },
    'monitoring-checkin': {
      label: 'Monitoring: check-in metrics',
      description: 'An external Prometheus scrapes the check-in metrics (1948/tcp).',
    },
    'monitoring-all-services': {
      label: 'Monitoring: all services',
      description: 'An external Prometheus scrapes the metrics of every service port.',
    },
    'remote-printing': {
      label: 'Remote printing',
      description: 'Island sites’ checkouts fetch jobs from the mainland (2119/tcp).',
    },
    'dpf-conversion': {
      label: 'Conversion via DPF',
      description: 'The OE calls the DPF REST API and DPF calls back (2129/tcp).',
    },
    'sap-callback': {
      label: 'SAP status callback',
      description: 'The OE reports job status back to SAP over RFC (SAP gateway port).',
    },
    'sap-odata': {
      label: 'SAP oData Print API',
      description: 'The OE fetches jobs from SAP over HTTPS (443/tcp, outbound).',
    },
    'device-monitoring': {
      label: 'Device monitoring',
      description:
        'The OE asks printers for their state over IPP (631/tcp, 443/tcp; 80/tcp for http printers).',
    },
    'remote-consul-ui': {
      label: 'Remote Consul UI',
      description:
        'Administrators and PLOSSYS CLI reach Consul from outside the cluster (8500/tcp).',
    },
  },
  /**
   * The catalog's purposes (shared/catalog), word for word: the catalog keeps its English text as
   * data, these keys translate it. A protocol in brackets stays as it is. A test keeps both in step.
   */
  purposes: {
    ippsIntake: 'Job intake via IPPS',
    ippIntake: 'Job intake via IPP',
    lprIntake: 'Job intake via LPR',
    checkinMetrics: 'Prometheus scrapes check-in metrics',
    serviceMetrics: 'Prometheus scrapes service metrics',
    islandCheckout: 'Remote printing: island checkouts fetch jobs from the mainland',
    loadBalancer: 'Remote printing: the load balancer forwards island checkouts',
    dpfCallback: 'DPF calls back with converted documents',
    kibana: 'Administrators read logs in Kibana',
    restApi: 'PLOSSYS CLI, APW or easyPRIMA use the REST API',
    restApiEasyprima: 'easyPRIMA on the management server uses the REST API',
    infoclient: 'PLOSSYS Infoclient reads job notifications',
    administrator: 'Administrators open PLOSSYS Administrator',
    login: 'Login and token checks at the identity provider',
    clusterMesh: 'Cluster communication between OE nodes',
    consul: 'Administrators and PLOSSYS CLI reach Consul',
    logShipping: 'Log shipping and queries to Elasticsearch',
    elasticCluster: 'Elasticsearch cluster communication',
    mongodb: 'OE services and MongoDB replica set reach the database',
    printJobs: 'Print jobs to printers',
    deviceMonitoring: 'Device monitoring asks printers for their state',
    islandPrinting: 'Island checkout prints to island printers',
    dpfConversion: 'Documents sent to DPF for conversion',
    sapStatus: 'Job status reported back to SAP',
    sapOdata: 'Jobs fetched from the SAP oData Print API',
    sapwinConversion: 'OE services convert SAPWIN files on the SAPWIN server',
    sapwinAgentJoins: 'The SAPWIN server’s Consul agent joins the OE’s Consul',
    sapwinAgentReached: 'The OE’s Consul reaches the SAPWIN server’s Consul agent',
  },
  /** The catalog's descriptive service names, word for word (the product's own names stay). */
  services: {
    printer: 'Printer',
    printerState: 'Printer state',
    islandPrinter: 'Island printer',
    dpfApi: 'DPF REST API',
    sapGateway: 'SAP gateway',
    externalIdp: 'External identity provider',
    loadBalancer: 'Load balancer for seal-mainland-checkout',
  },
  /** Why a claim of the catalog is inferred, or what it rests on; keyed like purposes by the English text. */
  notes: {
    prometheusAll:
      "Every service exposes /metrics on its own port; scraping all of them is our 'all services' option.",
    islandInitiates:
      'The island side initiates: the page names 2119 as the port the island checkouts connect to.',
    islandCluster:
      'The page says only "Port the island-checkouts can connect to"; every OE node of a cluster is this planner’s modeling.',
    islandLoadBalancer:
      'A load balancer address for islands is our modeling; the vendor names none.',
    easyPrima:
      'The port list names easyPRIMA as a REST API user; the requirements place easyPRIMA on the management server.',
    adminLogin:
      'PLOSSYS Administrator redirects the browser to Keycloak for the login, and Keycloak redirects back (vendor).',
    login:
      'OE services (AUTH_ISSUER_URL), PLOSSYS CLI, Infoclient and easyPRIMA (client entries) are configured for it (vendor); the connections are this planner’s modeling.',
    clusterMesh:
      'The Used Ports page says every service port has to be open between the Output Engine servers of a cluster; the planner opens it from every OE node to every other, both ways.',
    consulCli:
      'PLOSSYS CLI talks to Consul on 8500 for plossys config/security (default localhost).',
    elasticsearchLogs:
      'All OE servers ship logs to one Elasticsearch (vendor); the connection on 9200 where it is on another host is our modeling.',
    elasticsearch9300: 'That only Elasticsearch nodes use 9300 is our modeling.',
    mongodbMajority:
      'MongoDB needs a majority of its members; every OE node and member connecting to every member is our modeling.',
    printerMonitor:
      'seal-printer-monitor asks the printer over IPP: at its IPP URL where the connection is one (ipp, ipps, http, https), otherwise it tries http and https on 631 and https on 443.',
    islandPrinting:
      'That the island host prints to its local printers with the mainland protocols is our modeling.',
    dpfUrl:
      'DPF_URL, default https://localhost:9126/rest/dpf; DPF 3.0.0 or later. DPF 4 also offers seal-dpf-jobclient-api on 4303 (HTTP) for its Batch Client; the OE uses DPF_URL.',
    sapCallback:
      'seal-co-notifier sends the RFC callback (vendor); that SAP listens on its gateway 33NN (48NN with SNC) is our modeling.',
    cpmCheckin: 'seal-cpm-checkin pulls jobs from SAP, outbound.',
    customerIdp:
      "The customer's IdP replaces SEAL's Keycloak at its own host and port; who connects is our modeling.",
    islandsToLoadBalancer:
      'Islands reach the load balancer instead of every OE node (our modeling).',
    sapwinServer:
      'seal-convert-sapwin listens on 2038 (port list) and the vendor recommends a separate Windows server for it; which OE service calls it there the page does not say: this planner’s modeling.',
    sapwinConsul:
      'The vendor registers the Consul agent of the SAPWIN server as a client in Consul; which ports a Consul client uses (Serf LAN 8301 both ways, server RPC 8300) is Consul’s general port use, not a SEAL page: this planner’s modeling.',
  },
  printerProtocols: {
    lpr: 'LPR',
    socket: 'Socket',
    pjl: 'PJL',
    ipp: 'IPP',
    ipps: 'IPPS',
    http: 'HTTP',
    https: 'HTTPS',
  },
  evidence: {
    seed: 'vendor port list',
    docs: 'vendor documentation',
    inferred: 'inferred (to confirm)',
  },
} as const;
