/** English texts. Every key here must exist in de.ts too (a test checks). */
export const en = {
  columns: {
    id: 'ID',
    from: 'From',
    to: 'To',
    table: 'Table',
    installations: 'Installations',
    transport: 'Transport',
    appProtocol: 'Application protocol',
    comment: 'Vendor comment',
    listener: 'Listener',
    condition: 'Condition',
    sourceZone: 'Source zone',
    sourceName: 'Source name',
    source: 'Source',
    destinationZone: 'Destination zone',
    destinationName: 'Destination name',
    destination: 'Destination',
    port: 'Port',
    protocol: 'Protocol',
    service: 'Service',
    purpose: 'Purpose',
    requiredBy: 'Required by',
    evidence: 'Evidence',
    sources: 'Source URL',
    ports: 'Ports',
    ruleCount: 'Rules',
    probeStatus: 'Probe status',
    probedAt: 'Probed at',
    change: 'Change',
    changes: 'What changed',
  },
  zones: {
    clients: 'Clients',
    'oe-nodes': 'OE nodes',
    management: 'Management',
    islands: 'Islands',
    printers: 'Printers',
    external: 'External',
  },
  checklist: {
    title: 'Port checklist',
    subtitle: 'Network ports for PLOSSYS Output Engine',
    project: 'Project',
    customer: 'Customer',
    site: 'Site',
    productVersion: 'Product version',
    installation: 'Installation',
    installations: { single: 'Single server', cluster: 'Cluster' },
    date: 'Date',
    technician: 'Technician',
    revision: 'Plan revision',
    level: 'Rules listed as',
    levels: { hosts: 'host rules', firewall: 'firewall rules' },
    summary: 'Summary',
    hosts: 'Hosts',
    zoneCount: 'Zones',
    hostRules: 'Host rules',
    firewallRules: 'Firewall rules',
    byEvidence: 'By evidence',
    probed: 'Probed',
    probedNone: 'No probe results yet: every rule is untested.',
    topology: 'Topology',
    topologyIntro:
      'Hosts and networks of the plan, zone by zone; the matrix below shows which zone reaches which, on which ports.',
    diagramMore: '+ {{count}} more',
    diagramInside_one: '{{count}} host rule within the zone',
    diagramInside_other: '{{count}} host rules within the zone',
    hostsAndNetworks: 'Hosts and networks',
    zone: 'Zone',
    name: 'Name',
    address: 'Address',
    role: 'Role',
    zoneMatrix: 'Zone to zone',
    zoneMatrixIntro:
      'Rows: source zone. Columns: destination zone. Each cell: the ports and the number of host rules.',
    rules: 'Rules to open',
    rulesIntro:
      'One table per pair of zones. Tick a row once the port is open; the evidence mark says how sure we are that it is needed.',
    pairHeading: 'From {{from}} to {{to}}',
    ruleCount_one: '{{count}} rule',
    ruleCount_other: '{{count}} rules',
    check: 'Done',
    legend: 'Evidence',
    legendIntro: 'Every rule carries the evidence of the claim that needs it:',
    evidenceMark: { seed: 'L', docs: 'D', inferred: 'I' },
    evidenceExplained: {
      seed: "listed on the vendor's Used Ports page.",
      docs: 'stated in other vendor documentation.',
      inferred:
        "modeled by this planner from the product's architecture: confirm with SEAL Systems or by a probe before opening. Shaded rows.",
    },
    probeLegend: 'Probe status',
    probe: {
      verified: 'verified',
      open: 'open',
      reachable: 'reachable',
      blocked: 'blocked',
      unreachable: 'unreachable',
      unresolved: 'unresolved',
      'open-or-filtered': 'open or filtered',
      untested: 'untested',
      mixed: 'mixed',
    },
    probeExplained: {
      verified: 'our responder answered.',
      open: 'something listens (not our responder).',
      reachable: 'refused: the path is open, nothing listens yet (normal before installation).',
      blocked: 'no answer: a firewall drops it.',
      unreachable: 'host or network unreachable.',
      unresolved: 'the name did not resolve.',
      'open-or-filtered': 'UDP without our responder: cannot tell.',
      untested: 'not probed yet.',
    },
    roles: {
      'lpr-clients': 'LPR clients',
      'ipp-clients': 'IPP clients',
      'sap-systems': 'SAP systems',
      'admin-workstations': 'Admin workstations',
      'api-consumers': 'API consumers',
      'infoclient-users': 'Infoclient users',
      'oe-node': 'OE node',
      'load-balancer': 'Load balancer',
      elasticsearch: 'Elasticsearch',
      kibana: 'Kibana',
      mongodb: 'MongoDB',
      keycloak: 'Keycloak',
      'management-server': 'Management server',
      'island-checkout': 'Island checkout',
      'island-printers': 'Island printers',
      printers: 'Printers',
      prometheus: 'Prometheus',
      dpf: 'DPF',
      sap: 'SAP system',
      'identity-provider': 'Identity provider',
    },
    signOff: 'Sign-off',
    signOffIntro:
      'The rules above are open as listed; the rules marked blocked or untested are noted.',
    networkTeam: 'Network team',
    signature: 'Signature',
    sources: 'Sources',
    sourcesIntro: 'The numbers in the evidence column refer to these pages.',
    page: 'Page {{page}} of {{pages}}',
    generated: 'Generated {{date}} by Output Engine Port Planner',
    about: 'About',
    none: 'none',
  },
  scripts: {
    title: 'Inbound firewall rules for {{host}} ({{address}})',
    plan: 'Plan: {{name}}',
    customer: 'Customer: {{customer}}',
    revision: 'Plan revision: {{revision}}',
    generated: 'Generated: {{date}} by Output Engine Port Planner',
    scope: 'Opens only the ports this host needs, only for the planned sources.',
    rerun: 'Running it again replaces the rules of the previous run.',
    noRules:
      'No inbound rules are planned for this host: the script only removes rules of an earlier run.',
    noAddress:
      'Not opened for {{name}} ({{address}}): a firewall needs an IP address. Add the address to the plan and export again.',
    openToAll:
      '{{ports}} stays open to every source: a planned source has no IP address (see above).',
    review: 'Review before running; run as administrator (root).',
    removePs: "To remove every rule of this plan: Remove-NetFirewallRule -Group '{{group}}'",
    removeNft: 'To remove: nft delete table inet {{table}}',
    removeFirewalld: 'To remove: run this script with the argument --remove',
    nftPolicy:
      'Planned ports accept only planned sources; other sources are dropped there. Every other port is left to the rest of the ruleset (SSH stays reachable).',
    nftStrict:
      'To drop every other new inbound connection too (SSH on port 22 stays open), remove the "# " in front of the last rule.',
    nftOtherTables:
      'A packet must pass every table: another ruleset that drops (e.g. firewalld) still drops. On firewalld hosts use the firewalld script.',
    firewalldZone:
      'Adds rich rules to the zone given as first argument (default: the default zone).',
  },
  changes: {
    line: '{{sign}}{{rules}}: {{ports}} from {{sources}} to {{destinations}}',
    rules_one: '{{count}} rule',
    rules_other: '{{count}} rules',
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
      description: 'The OE asks printers for their state over IPP (631/tcp, 443/tcp).',
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
      'The island side initiates. In a cluster each island reaches every OE node (our modeling).',
    islandLoadBalancer:
      'A load balancer address for islands is our modeling; the vendor names none.',
    easyPrima:
      'The port list names easyPRIMA as a REST API user; the requirements place easyPRIMA on the management server.',
    identityProvider:
      'Browsers, CLI hosts and the OE nodes themselves reaching the identity provider is our modeling.',
    clusterMesh:
      'The vendor: in a cluster every service port must be open between the OE servers. That every node connects to every other, both ways, is our modeling.',
    port8080:
      'The cluster table lists 8080 without a condition; that services on other nodes call it is our modeling.',
    consulCli:
      'PLOSSYS CLI talks to Consul on 8500 for plossys config/security (default localhost).',
    elasticsearchLogs:
      'All OE servers ship logs to one Elasticsearch (vendor); the connection on 9200 where it is on another host is our modeling.',
    elasticsearch9300: 'That only Elasticsearch nodes use 9300 is our modeling.',
    mongodbMajority:
      'MongoDB needs a majority of its members; every OE node and member connecting to every member is our modeling.',
    printerMonitor: 'seal-printer-monitor asks printers over IPP (631/443), not SNMP.',
    islandPrinting:
      'That the island host prints to its local printers with the mainland protocols is our modeling.',
    dpfUrl: 'DPF_URL, default https://localhost:9126/rest/dpf; DPF 3.0.0 or later.',
    sapCallback:
      'seal-co-notifier sends the RFC callback (vendor); that SAP listens on its gateway 33NN (48NN with SNC) is our modeling.',
    cpmCheckin: 'seal-cpm-checkin pulls jobs from SAP, outbound.',
    customerIdp:
      "The customer's IdP replaces SEAL's Keycloak at its own host and port; who connects is our modeling.",
    islandsToLoadBalancer:
      'Islands reach the load balancer instead of every OE node (our modeling).',
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
  /**
   * What is wrong with a plan, by issue code (shared/plan): the problem reads on from the field's
   * name ("Address" + "is not a valid …"), the fix says what to do.
   */
  issues: {
    'not-a-plan': {
      problem: 'is not a plan (a JSON object)',
      fix: 'open a plan file written by this planner',
    },
    'not-json': {
      problem: 'is not valid JSON',
      fix: 'open a plan file written by this planner, or correct the JSON',
    },
    'schema-version': {
      problem: 'is {{value}}, but this planner reads plans of schema version {{expected}}',
      fix: 'open it with the planner that wrote it, or export it again from there',
    },
    missing: { problem: 'is missing', fix: 'add it ({{expectedName}})' },
    'missing-choice': { problem: 'is missing', fix: 'add it (one of: {{options}})' },
    'wrong-type': {
      problem: 'should be {{expectedName}}, not {{givenText}}',
      fix: 'enter {{expectedName}}',
    },
    'not-allowed': { problem: '{{value}} is not allowed', fix: 'use one of: {{options}}' },
    'unknown-fields': {
      problem_one: 'has unknown field {{fields}}',
      problem_other: 'has unknown fields {{fields}}',
      fix: 'remove or rename it; see docs/plan-format.md for the fields',
    },
    'too-long': { problem: 'is longer than {{maximum}} characters', fix: 'shorten it' },
    invalid: { problem: 'is not valid', fix: 'correct the value' },
    'name-empty': { problem: 'is empty', fix: 'give it a name' },
    'control-character': {
      problem: 'holds a control character ({{character}}, at character {{position}})',
      fix: 'type it on one line, without line breaks, tabs or other invisible characters',
    },
    'too-many': {
      problem: 'has more than {{maximum}} entries, more than this planner computes',
      fix: 'summarise single addresses into networks, or split the plan by site (docs/plan-format.md, "Limits")',
    },
    'too-deep': {
      problem: 'is nested more than {{maximum}} levels deep, which no plan is',
      fix: 'open a plan file written by this planner',
    },
    'document-too-large': {
      problem: 'holds more than {{maximum}} values, more than any plan this planner computes',
      fix: 'open a plan file written by this planner, or split the plan by site',
    },
    'too-many-host-rules': {
      problem:
        'would expand to {{count}} host rules, more than the {{maximum}} this planner computes',
      fix: 'enter printers and clients as networks instead of single addresses (one /22 instead of its printers), use fewer client groups or OE nodes, or split the plan by site',
    },
    'more-issues': {
      problem_one: 'has 1 more error',
      problem_other: 'has {{count}} more errors',
      fix: 'correct the errors above first',
    },
    'port-too-low': { problem: 'is below 1', fix: 'ports run from 1 to 65535' },
    'port-too-high': { problem: 'is above 65535', fix: 'ports run from 1 to 65535' },
    'host-name-invalid': {
      problem: 'is not a valid host name',
      fix: 'use letters, digits and hyphens in dot-separated labels, like oe1.example.com',
    },
    'ip-address-invalid': {
      problem: 'is not a valid IPv4 or IPv6 address',
      fix: 'write it like 10.1.2.3 or 2001:db8::10',
    },
    'cidr-invalid': {
      problem: '"{{value}}" is not a valid CIDR network',
      fix: 'write it like 10.20.0.0/16 or 2001:db8::/48',
    },
    'cidr-host-bits': {
      problem: '"{{value}}" has host bits set',
      fix: 'use the network address: {{network}}',
    },
    'address-invalid': {
      problem: '"{{value}}" is not an IPv4/IPv6 address, a CIDR network or a host name',
      fix: 'write an address like 10.1.2.3, a network like 10.1.0.0/16, or a name like printsrv.example.com',
    },
    'addresses-empty': {
      problem: 'has no address',
      fix: 'add at least one host address or CIDR network',
    },
    'protocols-empty': {
      problem: 'has no printer protocol',
      fix: 'choose at least one, e.g. socket',
    },
    'checkout-hosts-empty': {
      problem: 'has no island checkout host',
      fix: 'add the host that runs the island checkout',
    },
    'sap-system-number': {
      problem: 'is not a two-digit SAP system number',
      fix: 'write it like 00 or 42',
    },
    'product-version': {
      problem: 'is not a product version from {{oldest}} to {{newest}}',
      fix: 'write it like 7.2.0',
    },
    'nodes-empty': { problem: 'has no OE node', fix: 'add the OE server' },
    'single-node-count': {
      problem: 'has {{count}} OE nodes, but a single-server installation has exactly one',
      fix: 'keep one node, or choose a cluster installation',
    },
    'cluster-too-few-nodes': {
      problem_one:
        'has {{count}} OE node, but a cluster needs an odd number, three or more (MongoDB needs a majority: with 3 nodes one may fail; a 4th node adds no tolerance)',
      problem_other:
        'has {{count}} OE nodes, but a cluster needs an odd number, three or more (MongoDB needs a majority: with 3 nodes one may fail; a 4th node adds no tolerance)',
      fix: 'add nodes until there are 3',
    },
    'cluster-even-nodes': {
      problem:
        'has {{count}} OE nodes, but a cluster needs an odd number, three or more (MongoDB needs a majority: with 3 nodes one may fail; a 4th node adds no tolerance)',
      fix: 'add or remove one node ({{fewer}} or {{more}})',
    },
    'management-server-missing': {
      problem: 'is missing: a cluster normally has one (easyPRIMA, Elastic Stack, Keycloak)',
      fix: 'add the management server',
    },
    'placement-without-management-server': {
      problem: 'is on the management server, but the plan has none',
      fix: 'add the management server, or place it elsewhere',
    },
    'placement-without-hosts': {
      problem: 'is empty, but the component is placed on dedicated hosts',
      fix: 'add its hosts, or place it elsewhere',
    },
    'placement-unused-hosts': {
      problem: 'lists hosts that are not used',
      fix: 'place it on dedicated hosts, or remove them',
    },
    'mongodb-placement-version': {
      problem: 'is not on the OE nodes, but before {{since}} MongoDB is installed with the OE',
      fix: 'place MongoDB on the OE nodes, or choose product version {{since}} or later',
    },
    'host-name-taken': {
      problem: '"{{name}}" is also the name of {{otherPath}}',
      fix: 'give every host its own name',
    },
    'host-address-taken': {
      problem: '"{{value}}" is also used by {{otherPath}}',
      fix: 'every host needs its own address',
    },
    'host-without-address': {
      problem: '"{{name}}" has no address or FQDN, so its rules show only its name',
      fix: 'add its IP address or FQDN',
    },
    'name-twice': { problem: '"{{name}}" is used twice', fix: 'give every entry its own name' },
    'client-is-host': {
      problem: '"{{address}}" is also {{otherPath}}',
      fix: 'check that this host really is a client too',
    },
    'client-in-two-groups': {
      problem: '"{{address}}" is also in {{otherPath}}',
      fix: 'keep each client address in one group unless it plays both roles',
    },
    'feature-twice': { problem: '"{{id}}" is listed twice', fix: 'remove the second entry' },
    'feature-needs-version': {
      problem: '{{feature}} needs product version {{since}} or later, the plan has {{version}}',
      fix: 'switch it off, or choose version {{since}} or later',
    },
    'feature-needs-external': {
      problem: '{{feature}} needs a {{external}} host, and the plan has none',
      fix: 'add it under external systems, or switch {{feature}} off',
    },
    'feature-needs-islands': {
      problem: '{{feature}} needs island sites, and the plan has none',
      fix: 'add an island site, or switch {{feature}} off',
    },
    'feature-not-in-installation': {
      problem:
        '{{feature}} opens nothing in a {{installation}}-server installation (the vendor lists no such port there)',
      fix: 'switch it off',
    },
    'feature-without-clients': {
      problem: '{{feature}} is on, but no client group of kind {{kinds}} uses it',
      fix: 'add that client group, or switch the feature off',
    },
    'features-exclusive': { problem: '{{features}} exclude each other', fix: 'choose one' },
    'load-balancer-unused': {
      problem: 'is only used by island sites for remote printing, which is off',
      fix: 'switch remote printing on, or remove the load balancer',
    },
    'printer-protocols-version': {
      problem:
        '{{protocols}} need product version {{since}} or later ({{version}} has lpr and socket)',
      fix: 'use lpr or socket, or a later product version',
    },
    'port-conflict': {
      problem:
        '{{service}} and {{otherService}} would both listen on {{port}}/{{transport}} on {{host}}',
      fix: 'change the configurable port, or place the component on another host',
    },
  },
  /** Words the issue texts are built from: value types, and how lists join. */
  issueWords: {
    types: {
      string: 'string',
      number: 'number',
      int: 'a whole number',
      boolean: 'boolean',
      array: 'array',
      object: 'object',
    },
    given: { string: 'string', number: 'number', boolean: 'boolean' },
    list: 'a list',
    object: 'an object',
    null: 'null',
    value: '{{type}} {{value}}',
    and: ' and ',
    or: ' or ',
  },
  /** The command line's messages (commander's own usage errors and help stay English). */
  /** What the Node side answers when a call cannot be done: the faces say it in their language. */
  errors: {
    library: {
      title: 'The plans library cannot be opened',
      unreadable:
        'cannot read the plans library {{file}}: {{message}}. Fix: check the file’s permissions, or move it away to start an empty library.',
      notSqlite:
        '{{file}} is not a plans library (not an SQLite database). Fix: move it away to start an empty library.',
      cannotOpen:
        'cannot open the plans library {{file}}: {{message}}. Fix: check the file’s permissions, or move it away to start an empty library.',
      notLibrary:
        '{{file}} is not a plans library ({{message}}). Fix: move it away to start an empty library.',
      newer:
        'the plans library {{file}} was written by a newer version of the planner (schema {{version}}; this version reads up to {{supported}}). It was left unchanged. Fix: update the planner, or start it with another data folder.',
      readOnly:
        'the plans library {{file}} cannot be written: its folder or file is read-only. Nothing was changed. Fix: make the data folder writable, or start the planner with another data folder.',
      full: 'the plans library {{file}} cannot be written: the disk is full. Nothing was lost; the last change was not saved. Fix: free some space on that disk, then save again.',
      damaged:
        'the plans library {{file}} is damaged ({{message}}). Nothing was changed. Fix: close the planner, move the file away (a backup copy of it may still be read with the sqlite3 tool) and start again with an empty library.',
      busy: 'the plans library {{file}} is in use by another planner (the desktop app or serve) and stayed locked for {{seconds}} seconds. Nothing was changed. Fix: save again; if it keeps happening, close the other planner or give each its own data folder.',
    },
    noPlan: 'there is no plan {{id}} (it may have been deleted)',
    noRevision: 'plan {{id}} has no revision {{revision}} (only the last {{kept}} are kept)',
    needsDesktop: 'this needs the desktop app; in the browser use Import and Export',
    saveNeedsDesktop:
      'saving through a dialog needs the desktop app; in the browser the file is a download',
    tooLarge: '{{file}} is too large for a plan file',
    cannotWrite:
      'cannot write {{path}}: {{message}}. Choose another place; nothing half-written was left, and an existing {{path}} is unchanged.',
    invalidPlan_one: '{{file}} is not a valid plan: {{count}} error',
    invalidPlan_other: '{{file}} is not a valid plan: {{count}} errors',
    notAPlan_one: '{{file}} is not a plan of this planner: {{count}} problem with its fields',
    notAPlan_other: '{{file}} is not a plan of this planner: {{count}} problems with its fields',
    planHasErrors: {
      export_one:
        '"{{name}}" has {{count}} error, so its rules are not known yet. Fix it in the earlier steps, then export.',
      export_other:
        '"{{name}}" has {{count}} errors, so its rules are not known yet. Fix them in the earlier steps, then export.',
      probe_one:
        '"{{name}}" has {{count}} error, so its rules are not known yet. Fix it in the earlier steps, then probe.',
      probe_other:
        '"{{name}}" has {{count}} errors, so its rules are not known yet. Fix them in the earlier steps, then probe.',
      summary_one:
        '"{{name}}" has {{count}} error, so its rules are not known yet. Fix it in the earlier steps, then export its summary.',
      summary_other:
        '"{{name}}" has {{count}} errors, so its rules are not known yet. Fix them in the earlier steps, then export its summary.',
    },
    revisionHasErrors: {
      before_one:
        'Before: "{{name}}" revision {{revision}} has {{count}} error, so its rules are not known. Fix: choose another revision, or fix the plan in the wizard.',
      before_other:
        'Before: "{{name}}" revision {{revision}} has {{count}} errors, so its rules are not known. Fix: choose another revision, or fix the plan in the wizard.',
      after_one:
        'After: "{{name}}" revision {{revision}} has {{count}} error, so its rules are not known. Fix: choose another revision, or fix the plan in the wizard.',
      after_other:
        'After: "{{name}}" revision {{revision}} has {{count}} errors, so its rules are not known. Fix: choose another revision, or fix the plan in the wizard.',
    },
    notPlanHost:
      '"{{host}}" is not a host of this plan. Its hosts: {{hosts}}. Fix: use one of them.',
    noProbeJob:
      'there is no probe job {{id}}: jobs live only while the planner runs. Start the probe again.',
    jobRunning: {
      local:
        'a local port check of this plan is already running (as {{host}}). Fix: wait for it, or cancel it first.',
      reach:
        'a reachability run of this plan is already running (as {{host}}). Fix: wait for it, or cancel it first.',
      respond:
        'a responder of this plan is already running (as {{host}}). Fix: wait for it, or cancel it first.',
    },
    responderNoRules:
      'the responder has nothing to answer: no host rule has {{host}} as its destination',
    responderBlocked:
      'the responder did not start: {{ports}}. Fix: stop what holds them (or run with the rights they need), then start it again.',
    report: {
      howTo: 'import the JSON file that `probe reach --format json --out FILE` wrote, unedited',
      notJson: '{{message}}. Fix: {{howTo}}.',
      localCheck:
        '{{file}} is a local port check (probe local): it says which ports are free on one host, not which paths are open, so it has no results for rules. Fix: {{howTo}}.',
      notReport:
        '{{file}} is not a probe report: its "kind" is {{kind}}, a report’s is "{{expected}}". Fix: {{howTo}}.',
      otherVersion:
        '{{file}} was written by another version of the planner (report version {{version}}; this one reads version 1). Fix: run the probe with this version’s command line.',
      field: '{{file}}: {{field}} {{message}}. Fix: {{howTo}}.',
      wholeReport: 'the report',
      otherPlan:
        '{{file}} was written for the plan "{{probed}}", and this plan is "{{plan}}": nothing was imported. Fix: import it into the plan "{{probed}}", or probe again with this plan’s file.',
      noRuleMatches:
        'none of the {{count}} results in {{file}} names a rule of this plan (the first names {{first}}): the plan changed since the probe, so nothing was imported. Fix: export the plan again and probe with it.',
    },
  },
  /** Why a probe reached its verdict: stored with the result as data, said in the reader's language. */
  probeReasons: {
    refusedTcp: 'refused (TCP reset): the path is open, nothing listens yet',
    refusedUdp:
      'ICMP port unreachable: the host answered and nothing listens on the port (a firewall that rejects this way looks the same)',
    unreachable: '{{code}}: no route to the host or network',
    ownFirewall: '{{code}}: this machine’s own firewall does not let the probe out',
    timedOut: 'ETIMEDOUT: no answer',
    notSent: 'the probe could not be sent: {{code}} {{message}}',
    otherProgram: 'connected; another program answered (not our responder)',
    closedNoBanner:
      'connected, then closed by the other side without a banner: another program listens (not our responder)',
    noBanner: 'connected; no banner within {{ms}} ms: another program listens (not our responder)',
    verified: 'our responder on {{host}} answered{{nat}}',
    nat: '; NAT: the responder saw {{seen}}, this machine sent from {{sent}}',
    otherResponder:
      'a responder answered for {{host}} of plan "{{plan}}" on {{port}}/{{protocol}}{{wrongHost}}{{nat}}',
    wrongHost: ', not for {{host}}: check the address planned for {{host}}',
    filtered:
      'no answer within {{ms}} ms (filtered: a firewall drops the probe, or the host is down)',
    udpSilent:
      'no answer within {{ms}} ms: without our responder, UDP cannot tell an open port from a filtered one',
    lookupTimeout:
      'the name {{name}} did not resolve: no name server answered within {{seconds}} s',
    notResolved: 'the name {{name}} did not resolve ({{code}})',
    network:
      'the destination {{destination}} ({{name}}) is a network, and a probe tests single hosts: to test the path, add one real address of it to the plan',
    excluded:
      'inside the port range {{start}}-{{end}} that Windows excluded ({{why}}): no service can bind it',
    excludedByAdmin: 'added by an administrator',
    excludedByWindows: 'reserved by Windows, e.g. Hyper-V or WinNAT',
    inUseBy: 'in use by {{owners}}',
    inUseByHidden: 'in use by {{owners}} ({{hidden}})',
    inUseUnknown: 'in use; the operating system does not say by whom ({{hidden}})',
    hiddenNamespace: 'the process is not visible here (another container or PID namespace)',
    hiddenRoot: 'run as root to see the process',
    hiddenAdministrator: 'run as administrator to see the process',
    needsRoot:
      'binding port {{port}} needs root (or CAP_NET_BIND_SERVICE): the service will need it too; run the check with those rights to know whether the port is free',
    needsAdministrator:
      'binding port {{port}} needs administrator rights: the service will need it too; run the check with those rights to know whether the port is free',
    bindFailed: '{{code}}: {{message}}',
    portsBlocked_one: '{{ports}} is {{why}}',
    portsBlocked_other: '{{ports}} are {{why}}',
    tooSmall: 'smaller than the answer (no amplification)',
    rateLimit: 'rate limit',
  },
  /** What an export warns about: it was written, but the reader should know this. */
  /** What the technician should know about a probe run as a whole. */
  probeNotes: {
    notPlannedAddress:
      'this machine does not have the planned address of {{host}} ({{address}}): ports are checked on all addresses, and probes leave from the address the system picks; run on {{host}} itself for evidence',
    concurrencyLowered:
      'concurrency lowered from {{requested}} to {{allowed}}: this process may open only {{limit}} files (ulimit -n)',
  },
  exportWarnings: {
    staleProbes_one:
      '{{count}} probe result names a rule this plan does not have (first: {{first}}); the plan changed since the probe: probe again to fill it in.',
    staleProbes_other:
      '{{count}} probe results name rules this plan does not have (first: {{first}}); the plan changed since the probe: probe again to fill them in.',
    unaddressed_one:
      '{{host}}: {{names}} has no IP address in the plan; the script says so instead of opening for it. Fix: add the address and export again.',
    unaddressed_other:
      '{{host}}: {{names}} have no IP address in the plan; the script says so instead of opening for them. Fix: add the addresses and export again.',
  },
  cli: {
    files: {
      pdfNeedsOut: 'a PDF needs a file to go to. Fix: add --out FILE (or a folder).',
      wrote: 'wrote {{path}} ({{what}}{{pages}})',
      pages_one: ', {{count}} page',
      pages_other: ', {{count}} pages',
      summaryOf: 'pre-sales summary of "{{name}}"',
      changes: '{{added}} added, {{removed}} removed, {{changed}} changed',
    },
    issue: '{{severity}}: {{path}}: {{problem}}. Fix: {{fix}}.',
    severity: { error: 'error', warning: 'warning' },
    wholePlan: '(plan)',
    warning: 'warning: {{message}}',
    unexpected: 'oe-ports failed unexpectedly: {{message}}',
    read: {
      missing: 'cannot read {{path}}: no such file. Fix: check the path.',
      folder: 'cannot read {{path}}: it is a folder. Fix: name a plan file.',
      denied: 'cannot read {{path}}: permission denied. Fix: check the file’s permissions.',
      failed: 'cannot read {{path}}: {{message}}',
    },
    invalidJson: '{{message}}. Fix: correct the JSON there.',
    notJson: '{{file}} is not valid JSON: {{reason}}',
    notJsonAt: '{{file}} is not valid JSON at line {{line}}, column {{column}}: {{reason}}',
    jsonTooLarge:
      '{{file}} has {{size}} MiB of text, more than the {{maximum}} MiB of any plan or report this planner reads',
    jsonTooDeep:
      '{{file}} is nested more than {{maximum}} levels deep at line {{line}}, which no plan or report is',
    invalidPlan_one: '{{path}} is not a valid plan ({{count}} error):',
    invalidPlan_other: '{{path}} is not a valid plan ({{count}} errors):',
    valid: '{{path}}: valid plan "{{name}}" ({{installation}}, {{nodes}}, {{warnings}})',
    installations: { single: 'single', cluster: 'cluster' },
    nodes_one: '{{count}} OE node',
    nodes_other: '{{count}} OE nodes',
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    export: {
      hostOnlyScripts: '--host applies to the scripts (ps1, nft, firewalld), not to {{format}}.',
      levelNotForScripts:
        '--level applies to pdf, csv and xlsx; a script always holds the inbound rules of its host. Fix: leave --level out.',
      delimiterOnlyCsv: '--delimiter applies to --format csv only.',
      delimiterInvalid:
        '--delimiter "{{delimiter}}" is not a CSV delimiter. Fix: use "," (or comma) or ";" (or semicolon, for German Excel).',
      notProbeReport:
        '{{path}} is not a probe report: {{field}}: {{message}}. Fix: pass a file written by "oe-ports probe" with --format json.',
      wholeDocument: '(the document)',
      outIsFile:
        '--out {{out}} is a file, but one script per host needs a folder. Fix: name a folder, or pick one host with --host.',
      wrote_one: 'wrote {{path}} ({{count}} rule{{pages}})',
      wrote_other: 'wrote {{path}} ({{count}} rules{{pages}})',
      pages: ', {{count}} pages',
    },
    probe: {
      wholeNumber: 'Fix: write a whole number from {{min}} to {{max}}.',
      checking: 'checking {{done}}/{{total}}: {{port}}',
      probing: 'probing {{done}}/{{total}}: {{counts}}',
      cancelling: 'Cancelling; press Ctrl+C again to quit at once.',
      cancelled: 'Cancelled: the report holds the {{count}} results finished until then.',
    },
    respond: {
      minutes:
        'Fix: write the minutes as a number above 0 and at most {{max}} (one day), e.g. 15 or 0.5.',
      answered: '{{time}} answered {{port}}/{{protocol}} from {{from}}',
      ignored: '{{time}} ignored {{port}}/{{protocol}} from {{from}}: {{reason}}',
      note: 'Note: {{note}}',
      listening:
        'Responder for {{host}} (plan "{{plan}}") listening on {{address}}: TCP {{tcp}}; UDP {{udp}}.',
      noPorts: 'none',
      stopsAt: 'It stops by itself at {{time}} UTC (after {{minutes}} min); Ctrl+C stops it now.',
      stoppedTtl_one:
        'Stopped after its time limit of {{minutes}} min; answered {{count}} probe. Nothing listens any more.',
      stoppedTtl_other:
        'Stopped after its time limit of {{minutes}} min; answered {{count}} probes. Nothing listens any more.',
      stoppedRequest_one: 'Stopped on request; answered {{count}} probe. Nothing listens any more.',
      stoppedRequest_other:
        'Stopped on request; answered {{count}} probes. Nothing listens any more.',
    },
    serve: {
      badPort:
        '--port {{port}} is not a port. Fix: give a number from 1 to 65535, or 0 for any free port.',
      notBuilt:
        'the renderer is not built (dist/renderer/index.html is missing). Fix: run `npm run build`, or `npm run serve`, which builds first.',
      inUse: 'port {{port}} is in use. Fix: choose another --port, or leave it out for a free one.',
      privileged: 'port {{port}} needs privileges. Fix: choose a port above 1023.',
      started:
        'Output Engine Port Planner {{version}} in browser mode: open the URL above.\nPlans library: {{dataDir}}\nPress Ctrl+C to stop.',
      stopped: 'Stopped ({{signal}}).',
    },
    report: {
      local: 'Ports {{host}} must listen on (plan "{{plan}}"), bind-tested on {{where}}:',
      allAddresses: 'all addresses ({{address}})',
      thisMachine: 'this machine',
      localColumns: { port: 'Port', status: 'Status', service: 'Service', detail: 'Detail' },
      localSummary_one: '{{count}} port: {{free}} free, {{taken}} not free.',
      localSummary_other: '{{count}} ports: {{free}} free, {{taken}} not free.',
      localStatus: {
        free: 'free',
        'in-use': 'in-use',
        'permission-denied': 'permission-denied',
        'excluded-range': 'excluded-range',
        'bind-failed': 'bind-failed',
      },
      reach: 'Host rules from {{host}} (plan "{{plan}}"){{from}}:',
      probedFrom: ', probed from {{addresses}}',
      reachColumns: {
        status: 'Status',
        to: 'To',
        port: 'Port',
        service: 'Service',
        detail: 'Detail',
      },
      reachSummary_one: '{{count}} rule: {{counts}}{{cancelled}}.',
      reachSummary_other: '{{count}} rules: {{counts}}{{cancelled}}.',
      none: 'none',
      cancelled: ' (cancelled before the end)',
      statusCount: '{{count}} {{status}}',
    },
  },
  /** The desktop app's native menu and dialogs. */
  desktop: {
    menu: {
      file: '&File',
      newPlan: '&New Plan',
      open: '&Open…',
      recent: 'Open &Recent',
      noPlans: 'No plans yet',
      importPlan: '&Import Plan…',
      exportPlan: '&Export Plan…',
      edit: '&Edit',
      view: '&View',
    },
    dialogs: {
      importPlan: 'Import plan file',
      exportPlan: 'Export plan file',
      planFiles: 'Plan files',
      allFiles: 'All files',
      save: 'Save {{what}}',
      scriptsFolder: 'Choose a folder for the scripts (one per host)',
    },
    /** The file types the save dialog offers. */
    fileTypes: {
      pdf: 'PDF checklist',
      csv: 'CSV (spreadsheets, change requests)',
      xlsx: 'Excel workbook',
      ps1: 'PowerShell script',
      nft: 'nftables ruleset',
      firewalld: 'firewalld script',
      comparisonPdf: 'PDF plan comparison',
      presalesPdf: 'PDF pre-sales summary',
    },
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
  evidence: {
    seed: 'vendor port list',
    docs: 'vendor documentation',
    inferred: 'inferred (to confirm)',
  },
  presales: {
    title: 'Pre-sales summary',
    subtitle: 'Servers, components and firewall changes of a PLOSSYS Output Engine installation',
    installation: '{{installation}}, PLOSSYS Output Engine {{version}}',
    servers: 'Servers by role',
    roles: {
      'oe-node': 'OE nodes',
      'management-server': 'Management server',
      dedicated: 'Dedicated component hosts',
      'load-balancer': 'Load balancer',
      'island-checkout': 'Island checkout hosts',
    },
    components: 'Components to install',
    componentNames: {
      'output-engine': 'PLOSSYS Output Engine',
      mongodb: 'MongoDB',
      'elastic-stack': 'Elastic Stack (Elasticsearch, Kibana)',
      'seal-keycloak': 'SEAL Keycloak',
      easyprima: 'easyPRIMA',
      'island-checkout': 'Island checkout',
    },
    figures: 'Firewall changes',
    firewallRules: 'Firewall rules',
    hostRules: 'Host rules',
    zonePairs: 'Zone pairs',
    documented: 'Documented by the vendor',
    inferred: 'Inferred: to confirm',
    share: '{{percent}} of host rules',
    openings: 'Openings by zone pair',
    openingsIntro:
      'Which zone must reach which, on which ports; firewall rules as a network team writes them.',
    from: 'From',
    to: 'To',
    ports: 'Ports',
    openQuestions: 'Open questions: to confirm with the vendor',
    openQuestionsIntro:
      'Claims this planner inferred from the product’s architecture. Confirm them with SEAL Systems before the firewall is changed.',
    noOpenQuestions: 'None: every rule rests on vendor documentation.',
    claim: 'Claim',
    note: 'Why it is inferred',
  },
  comparison: {
    title: 'Plan comparison',
    subtitle: 'Rules to open, to close and to change',
    before: 'Before',
    after: 'After',
    revision: 'revision {{revision}}, saved {{date}}',
    level: 'Compared as',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    kinds: { added: 'added', removed: 'removed', changed: 'changed' },
    byZonePair: 'By zone pair',
    zonePair: 'Zone pair',
    none: 'No difference: both plans need the same rules.',
    pairCounts: '{{added}} added · {{removed}} removed · {{changed}} changed',
    gained: 'added {{items}}',
    lost: 'removed {{items}}',
    wasNow: 'was {{before}}, now {{after}}',
  },
  ui: {
    app: {
      title: 'Output Engine Port Planner',
      skip: 'Skip to content',
      allPlans: 'All plans',
      language: 'Language',
      locales: { en: 'English', de: 'Deutsch' },
      noBackend: 'This page needs the planner’s backend, and it was opened without one.',
      noBackendHint:
        'Start browser mode with the command above and open the address it prints (it carries a one-time token), or start the desktop app.',
    },
    actions: { remove: 'Remove', cancel: 'Cancel' },
    save: {
      saved: 'Saved',
      savedAt: 'Saved {{time}}',
      saving: 'Saving…',
      failed: 'Not saved: {{message}}. Retrying.',
      cannotLeave:
        'The last changes could not be saved, so the plan stays open. Check that the planner is still running.',
    },
    home: {
      compare: 'Compare plans…',
      title: 'Plans',
      intro: 'Every change is saved as you type. Open a plan to continue where you left off.',
      new: 'New plan',
      newPlanName: 'New plan',
      import: 'Import plan file…',
      caption: 'Saved plans',
      name: 'Name',
      customer: 'Customer',
      lastChange: 'Last change',
      actions: 'Actions',
      open: 'Open',
      duplicate: 'Duplicate',
      rename: 'Rename',
      export: 'Export',
      delete: 'Delete',
      emptyTitle: 'No plans yet',
      empty: 'Start a new plan, or import a plan file (.oeplan.json) from a colleague.',
      renameTitle: 'Rename plan',
      newName: 'New name',
      renamed: 'Renamed to “{{name}}”.',
      deleteTitle: 'Delete plan?',
      deleteQuestion: '“{{name}}” and its saved revisions will be deleted. This cannot be undone.',
      deleteConfirm: 'Delete plan',
      deleted: '“{{name}}” was deleted.',
      duplicated: 'Duplicated as “{{name}}”.',
      imported: 'Imported “{{name}}”.',
      exported: 'Exported to {{where}}.',
      moreIssues_one: '… and {{count}} more problem.',
      moreIssues_other: '… and {{count}} more problems.',
      nothingChanged: 'Nothing was imported and no plan was changed.',
    },
    steps: {
      presales: 'Pre-sales summary',
      project: 'Project',
      topology: 'Topology',
      clients: 'Clients',
      printers: 'Printers and island sites',
      features: 'Features',
      review: 'Review',
      probes: 'Probes',
      export: 'Export',
    },
    intro: {
      presales:
        'For the proposal: the servers and components, what the firewall must allow, and what is still to confirm with the vendor.',
      project:
        'Who the plan is for and which product version it describes: the ports depend on it.',
      topology:
        'The Output Engine servers and where the supporting components run. Every host needs a name; addresses make the rules concrete.',
      clients: 'Who sends print jobs or opens the Output Engine’s interfaces.',
      printers: 'Where the Output Engine prints, and the island sites that print locally.',
      features:
        'Optional features open more ports. Each one shows what it would add or remove before you switch it.',
      review:
        'What the firewall must allow: by zone, as a diagram and rule by rule. Hand this to the network team.',
      probes:
        'Evidence before the installation day, from this machine: are the planned ports free here, which paths are open, and a responder that proves them.',
      export:
        'The checklist for the network team, firewall scripts for the server administrators, and the plan file.',
    },
    wizard: {
      steps: 'Wizard steps',
      stepOf: 'Step {{n}} of {{total}}',
      back: 'Back',
      next: 'Next: {{step}}',
      state: {
        checking: 'checking…',
        complete: 'complete',
        errors: 'has errors',
        'not-visited': 'not visited yet',
        upcoming: 'coming later',
      },
      stateErrors_one: '{{count}} error',
      stateErrors_other: '{{count}} errors',
      opens: 'This plan opens',
      firewallRules_one: 'firewall rule',
      firewallRules_other: 'firewall rules',
      hostRules_one: 'host rule',
      hostRules_other: 'host rules',
      current: 'you are here',
      computing: 'Computing the rules…',
      noMatrix: 'Rules appear once the plan’s fields are filled in correctly.',
    },
    issue: { error: 'Error', warning: 'Warning', fix: 'Fix: {{fix}}' },
    summary: {
      errors_one: '{{count}} error to fix',
      errors_other: '{{count}} errors to fix',
      warnings_one: '{{count}} warning to check',
      warnings_other: '{{count}} warnings to check',
    },
    paths: {
      plan: 'The plan',
      schemaVersion: 'Schema version',
      name: 'Name',
      kind: 'Kind',
      hosts: 'Hosts',
      host: 'Host {{n}}',
      feature: 'Feature {{n}}',
    },
    list: {
      showing: 'Showing {{shown}} of {{total}}',
      showMore: 'Show {{count}} more',
      showAll: 'Show all {{count}}',
    },
    project: {
      who: 'Customer and site',
      what: 'Product',
      name: 'Plan name',
      customer: 'Customer',
      site: 'Site',
      technician: 'Technician',
      productVersion: 'Product version',
      productVersionHint:
        'The PLOSSYS Output Engine version to install, from {{oldest}} to {{newest}}.',
      os: 'Operating system',
    },
    host: { name: 'Host name', fqdn: 'FQDN', address: 'IP address' },
    topology: {
      installationTitle: 'Installation type',
      installation: 'Installation',
      single: 'Single server',
      singleHint: 'One OE node runs everything.',
      cluster: 'Cluster',
      clusterHint: 'Several OE nodes, usually with a management server.',
      nodes: 'OE nodes',
      node: 'OE node {{n}}',
      addNode: 'Add OE node',
      nodesSingleHint: 'A single-server installation has exactly one OE node.',
      nodesClusterHint:
        'A cluster needs an odd number of OE nodes, three or more: MongoDB needs a majority of them to keep working.',
      managementServer: 'Management server',
      hasManagementServer: 'The installation has a management server',
      managementServerHint: 'Runs easyPRIMA, the Elastic Stack and Keycloak next to a cluster.',
      placement: 'Where the components run',
      placementHint:
        'Elasticsearch with Kibana, MongoDB and Keycloak run on the OE nodes unless placed elsewhere.',
      onNodes: 'On the OE nodes',
      onManagement: 'On the management server',
      onDedicated: 'On dedicated hosts',
      dedicatedHosts: '{{component}} hosts',
      dedicatedHost: '{{component}} host {{n}}',
      addDedicatedHost: 'Add host',
      loadBalancer: 'Load balancer',
      hasLoadBalancer: 'A load balancer is in front of the OE nodes',
      loadBalancerHint: 'Island sites reach the mainland through it for remote printing.',
    },
    components: {
      elastic: 'Elasticsearch and Kibana',
      mongodb: 'MongoDB',
      keycloak: 'Keycloak',
    },
    clients: {
      intro:
        'Group the clients by what they do: each kind needs other ports. Enter single hosts or whole networks.',
      groups: 'Client groups',
      group: 'Client group {{n}}',
      newName: 'Client group ',
      kind: 'Kind of client',
      add: 'Add client group',
      remove: 'Remove client group',
      none: 'No client groups yet. Without them the plan opens nothing for clients.',
    },
    clientKinds: {
      'lpr-clients': 'LPR clients (Windows, LPR port monitor)',
      'ipp-clients': 'IPP clients',
      'sap-systems': 'SAP systems',
      'admin-workstations': 'Administrators’ workstations',
      'api-consumers': 'API consumers (PLOSSYS CLI, APW, easyPRIMA)',
      'infoclient-users': 'Infoclient users',
    },
    addresses: {
      label: 'Addresses',
      item: 'Address {{n}}',
      line: 'Address {{n}}:',
      hint: 'One per line, or separated by commas or spaces: IP addresses, networks (10.1.0.0/16) or host names. Pasting a list works.',
      count_one: '{{count}} address',
      count_other: '{{count}} addresses',
    },
    printers: {
      intro:
        'Printers the OE nodes print to directly, and island sites that print at their own location.',
      networks: 'Printer networks',
      networksHint: 'Printers the OE nodes reach directly, with the protocols they accept.',
      network: 'Printer network {{n}}',
      newName: 'Printers ',
      add: 'Add printer network',
      protocols: 'Printer protocols (port)',
      addressesHint:
        'Printer addresses or networks: one per line, or separated by commas or spaces.',
    },
    islands: {
      sites: 'Island sites',
      site: 'Island site {{n}}',
      hint: 'A branch with its own island checkout host, which fetches jobs from the OE nodes and prints to its local printers.',
      newName: 'Island site ',
      add: 'Add island site',
      remove: 'Remove island site',
      checkoutHosts: 'Island checkout hosts',
      checkoutHost: 'Checkout host {{n}}',
      addCheckoutHost: 'Add checkout host',
      printerNetwork: 'Local printer network {{n}}',
      addPrinterNetwork: 'Add local printer network',
    },
    features: {
      intro: 'Switch on what the customer uses.',
      since: 'since {{version}}',
      excludes: 'Excludes {{others}}.',
      ifOn: 'Switching it on:',
      ifOff: 'Switching it off:',
      switchesOff: 'switches off {{others}},',
      computing: 'Computing what it changes…',
      needsClients: 'Opens ports only for a client group of kind: {{kinds}}.',
      needsExternal: 'Needs an external system of kind {{kind}} (below).',
      needsIslands: 'Needs island sites (step 4).',
      clusterOnly: 'Opens ports only in a cluster.',
      previewUnavailable:
        'What each feature changes appears once the plan’s fields are correct (see the errors of the earlier steps).',
    },
    change: {
      none: 'Changes no rule in this plan.',
      firewallRules: 'Firewall rules: {{before}} → {{after}}',
    },
    externals: {
      title: 'External systems',
      hint: 'Systems outside the installation that some features talk to: Prometheus, DPF, SAP, an identity provider.',
      system: 'External system {{n}}',
      add: 'Add external system',
    },
    externalKinds: {
      prometheus: 'Prometheus',
      dpf: 'DPF',
      sap: 'SAP system',
      'identity-provider': 'Identity provider',
    },
    parameters: {
      title: 'Configurable ports',
      hint: 'The vendor’s defaults; change them only where the customer configured other ports.',
      setting: 'Setting: {{setting}}',
      dpfApiPort: 'DPF REST API port',
      dpfCallbackPort: 'DPF callback port',
      identityProviderPort: 'Identity provider port',
      sapSystemNumber: 'SAP system number',
      sapSnc: 'SAP gateway with SNC (48NN instead of 33NN)',
      printerPorts: 'Printer ports',
    },
    evidence: {
      seed: 'vendor port list',
      docs: 'vendor docs',
      inferred: 'inferred — to confirm with the vendor',
      seedExplained: 'Listed on the vendor’s Used Ports page:',
      docsExplained: 'Stated in other vendor documentation:',
      inferredExplained:
        'Modeled by this planner from the product’s architecture; confirm with SEAL Systems or by a probe before opening:',
    },
    review: {
      summary: 'Summary',
      levels: { firewall: 'Firewall rules', hosts: 'Host rules' },
      flows: 'Flows',
      errors_one: 'Error',
      errors_other: 'Errors',
      warnings_one: 'Warning',
      warnings_other: 'Warnings',
      computing: 'Computing the rules…',
      needsValidPlan:
        'The rules appear once the errors above are fixed: some fields cannot be read yet.',
      diagram: 'Topology',
      diagramHint:
        'Zones as boxes with their hosts, arrows from who connects to who listens, labelled with the ports. Hover an arrow for all its ports.',
      zoneGrid: 'Zone grid',
      zoneGridCaption:
        'Rows: where the connection comes from. Columns: where it goes. Cells: the ports.',
      from: 'From',
      to: 'to',
      noTraffic: 'no traffic',
      noZones: 'No traffic between zones yet: add clients, printers or island sites.',
      hostRuleCount_one: '{{count}} host rule',
      hostRuleCount_other: '{{count}} host rules',
      ruleCount_one: '{{count}} rule',
      ruleCount_other: '{{count}} rules',
      rules: 'Rules',
      rulesHint:
        'Firewall rules merge host rules the way a network team writes them. Hover or focus an evidence badge for its sources.',
      level: 'Show',
      search: 'Search',
      searchPlaceholder: 'host, address, port, service…',
      zonePair: 'Zone pair',
      allZonePairs: 'All zone pairs',
      allEvidence: 'All evidence',
      groupByZonePair: 'Group by zone pair',
      showing: {
        firewall_one: '{{shown}} of {{total}} firewall rule',
        firewall_other: '{{shown}} of {{total}} firewall rules',
        hosts_one: '{{shown}} of {{total}} host rule',
        hosts_other: '{{shown}} of {{total}} host rules',
      },
      columns: {
        id: 'ID',
        from: 'From',
        to: 'To',
        port: 'Port',
        service: 'Service',
        neededFor: 'Needed for',
        evidence: 'Evidence',
      },
      always: 'always',
      andMore_one: '+{{count}} more',
      andMore_other: '+{{count}} more',
      noRules: 'No rule matches.',
    },
    presales: {
      pdf: 'Download PDF',
      pdfTitle: 'For the proposal: one page',
      pdfHint: 'One A4 page, in the language of the app.',
      downloaded: 'Downloaded {{file}}.',
      computing: 'Computing the summary…',
      needsValidPlan:
        'The summary appears once the plan’s errors are fixed (see the earlier steps).',
      whatIf: 'What if: more OE nodes',
      whatIfHint:
        'What adding OE nodes would change in the rules, before anything in the plan changes. A cluster keeps an odd number of nodes.',
      show: 'Show the change',
      addNodes: 'OE nodes to add',
      headline: '+{{count}} OE nodes ({{names}}): {{rules}}',
      addedRules_one: '+{{formatted}} host rule',
      addedRules_other: '+{{formatted}} host rules',
      hostRules: 'Host rules: {{before}} → {{after}}',
      singleServer:
        'A single-server installation has exactly one OE node: choose a cluster in the Topology step to plan more.',
      notValid: 'With {{count}} OE nodes the plan would not be valid:',
    },
    compare: {
      title: 'Compare plans',
      intro:
        'Two plans of the library, or two revisions of one plan: which rules are added, removed or changed. Hand only the change to the network team.',
      before: 'Before',
      after: 'After',
      plan: 'Plan',
      revision: 'Revision',
      revisionOption: 'Revision {{revision}}, {{date}}',
      currentOption: 'Revision {{revision}} (current), {{date}}',
      level: 'Compare as',
      compare: 'Compare',
      comparing: 'Comparing…',
      result: 'Changes',
      resultFor: '{{before}} → {{after}}',
      planRevision: '{{name}}, revision {{revision}}',
      table: 'Rules that change, by zone pair',
      beforeAfter: 'Before → after',
      downloadCsv: 'Download CSV',
      downloadPdf: 'Download PDF',
      downloaded: 'Downloaded {{file}}.',
      truncated:
        'The table shows the first {{shown}} of {{total}} changes; the CSV and the PDF hold all of them.',
      noPlans: 'The library has no plans yet: import or create one first.',
      columns: {
        change: 'Change',
        id: 'ID',
        from: 'From',
        to: 'To',
        port: 'Port',
        service: 'Service and purpose',
        changed: 'What changed',
      },
    },
    probes: {
      safety:
        'Probes connect only to the hosts and ports of this plan, a bounded number at a time ({{concurrency}} connections by default). Nothing listens on this machine unless you start the responder, and it stops by itself.',
      whereDesktop: 'The probes run on this computer.',
      whereBrowser:
        'The probes run on the computer where the planner’s server runs: in browser mode that is this machine too, as in the desktop app.',
      machine: 'This machine',
      machineHint:
        'A probe is evidence for the path from where it runs: choose the host of the plan this machine is, and run the probes on each host itself.',
      host: 'Host of the plan',
      chooseHost: 'Choose a host…',
      hostOption: '{{name}} ({{address}})',
      hostLocal: 'this machine has its address',
      outbound_one: '{{count}} host rule to probe from here',
      outbound_other: '{{count}} host rules to probe from here',
      listens_one: 'listens on {{count}} planned port',
      listens_other: 'listens on {{count}} planned ports',
      notLocal:
        'This machine does not have the planned address {{address}}: ports are checked on all addresses, and probes leave from the address the system picks.',
      loading: 'Loading the plan’s hosts…',
      asHost: 'as {{host}}',
      legend: 'What the statuses mean',
      status: {
        verified:
          'Our responder answered with the banner for this plan, host and port: the path is proven. Only the responder can give this status.',
        open: 'Something accepted the connection, but not our responder: the service already runs, or another host has the address.',
        reachable:
          'Refused: the path is open and nothing listens yet. Normal before the installation; a firewall that rejects looks the same, so only “verified” proves it.',
        blocked:
          'No answer within the timeout: a firewall drops it, or the host is down. A lossy link may need a longer timeout.',
        unreachable: 'Host or network unreachable: a router or firewall said so.',
        unresolved: 'The destination’s name did not resolve.',
        'open-or-filtered':
          'UDP without our responder: no answer cannot tell an open port from a filtered one. Start the responder on the destination to know.',
        untested:
          'Not probed: the destination is a network (a probe tests single hosts), or no probe ran yet.',
      },
      local: {
        title: 'Are the planned ports free here?',
        intro:
          'Tests every port {{host}} must listen on, on the address its services will use: is it free, and if not, which process holds it?',
        start: 'Check the ports',
        running: 'Checking {{done}} of {{total}}…',
        summary: '{{free}} of {{total}} ports free',
        none: 'No host rule has {{host}} as its destination: it listens on no planned port.',
        caption: 'Planned ports of {{host}}',
        port: 'Port',
        transport: 'Transport',
        service: 'Service',
        status: 'Status',
        free: 'free',
        inUseBy: 'in use by {{owner}}',
        inUse: 'in use',
        owner: '{{process}} (PID {{pid}})',
        ownerPid: 'PID {{pid}}',
        'permission-denied': 'permission denied: a port below 1024 needs administrator rights',
        'excluded-range': 'inside a Windows excluded port range',
        'bind-failed': 'cannot be bound',
      },
      responder: {
        title: 'Responder: prove the path to this host',
        intro:
          'Listens on the planned inbound ports of {{host}} and answers each probe with a banner naming the plan, the host and the port. Start it here, then run reachability on the other hosts: their paths to this one become “verified”.',
        ttl: 'Stops by itself after (minutes)',
        start: 'Start the responder',
        stop: 'Stop the responder',
        listening_one: 'Listening on {{count}} port at {{address}} until {{time}}.',
        listening_other: 'Listening on {{count}} ports at {{address}} until {{time}}.',
        left: 'Stops in {{time}}',
        answered_one: '{{count}} probe answered',
        answered_other: '{{count}} probes answered',
        none: 'No probe has arrived yet.',
        stoppedTtl_one:
          'Stopped by itself after its time; it answered {{count}} probe. Nothing listens any more.',
        stoppedTtl_other:
          'Stopped by itself after its time; it answered {{count}} probes. Nothing listens any more.',
        stopped_one: 'Stopped; it answered {{count}} probe. Nothing listens any more.',
        stopped_other: 'Stopped; it answered {{count}} probes. Nothing listens any more.',
        caption: 'Probes the responder saw, newest first',
        time: 'Time',
        port: 'Port',
        from: 'From',
        answer: 'Answer',
        answeredRow: 'answered',
        ignoredRow: 'ignored: {{reason}}',
      },
      reach: {
        title: 'What is reachable from here?',
        intro:
          'Connects from {{host}} to the destination of each of its host rules and says what answered.',
        timeout: 'Timeout per attempt (ms)',
        concurrency: 'Connections at once',
        start: 'Run reachability',
        cancel: 'Cancel',
        progress: 'Reachability progress',
        progressText: '{{done}} of {{total}} host rules probed',
        preparing: 'Preparing…',
        done_one: 'Done: {{count}} result stored with the plan; the review shows it.',
        done_other: 'Done: {{count}} results stored with the plan; the review shows them.',
        cancelled_one: 'Cancelled: the {{count}} result finished until then is stored.',
        cancelled_other: 'Cancelled: the {{count}} results finished until then are stored.',
        failed: 'The run failed: {{message}}',
        filter: 'Show results',
        all: 'All',
        caption: 'Results of the run as {{host}}',
        destination: 'Destination',
        port: 'Port',
        service: 'Service',
        status: 'Status',
        detail: 'Detail',
        nat: 'NAT: the responder saw {{seen}}, this machine sent from {{sent}}.',
        more: 'The table shows the first {{shown}} of {{total}}: choose a status to narrow it.',
        noneWithStatus: 'No result with this status.',
      },
      import: {
        title: 'Results from the command line',
        intro:
          'On a headless server run the probe there and import its report here: results count for this plan’s rules, and the review and the checklist show them.',
        command: 'oe-ports probe reach --plan PLAN --as HOST --format json --out HOST-reach.json',
        file: 'Report file (JSON) to import',
        importing: 'Importing {{name}}…',
        imported_one: 'Imported {{count}} result of {{host}}, probed {{time}}.',
        imported_other: 'Imported {{count}} results of {{host}}, probed {{time}}.',
        skipped_one:
          '{{count}} result was left out: this plan has no such rule any more (it changed since the probe: {{first}}). Probe again to fill it in.',
        skipped_other:
          '{{count}} results were left out: this plan has no such rules any more (it changed since the probe; the first: {{first}}). Probe again to fill them in.',
        cancelledRun: 'That run was cancelled: it holds only the rules probed until then.',
        tooLarge:
          '{{name}} is larger than 10 MB: import the report of one host at a time, as probe reach writes it.',
      },
      review: {
        title: 'Probe results',
        hint: 'Host rules by their latest probe status. Run probes in the Probes step, or import results from the command line.',
        latest: 'Latest probe: {{time}}.',
        none: 'No probe results yet: every host rule is untested.',
        stale_one:
          '{{count}} stored result names a rule this plan no longer has (the plan changed since the probe).',
        stale_other:
          '{{count}} stored results name rules this plan no longer has (the plan changed since the probe).',
        column: 'Probe',
        filter: 'Probe status',
        all: 'All statuses',
        probedBy: '{{status}}: probed {{time}} from {{host}}. {{detail}}',
        loadFailed: 'The probe results could not be loaded: {{message}}',
      },
    },
    diagram: {
      title: 'Topology: zones, their hosts, and the ports between them',
      addresses_one: '{{count}} address',
      addresses_other: '{{count}} addresses',
      printerNetworks_one: '{{count}} printer network',
      printerNetworks_other: '{{count}} printer networks',
      loadBalancer: 'load balancer',
      more_one: '+ {{count}} more',
      more_other: '+ {{count}} more',
      within: 'Within the zone',
    },
    export: {
      formatTitle: 'What to export',
      formatHint: 'Each export is made from the saved plan, with the probe results stored for it.',
      audiences: {
        networkTeam: 'For the network team',
        serverAdmins: 'For the server administrators',
        colleagues: 'For the project files',
      },
      formats: {
        pdf: {
          label: 'PDF checklist',
          hint: 'To hand over, tick off and sign on site: cover with counts, topology, one table per zone pair, sign-off.',
        },
        csv: {
          label: 'CSV',
          hint: 'One rule per row with the columns of a change request: for ticket systems and spreadsheets.',
        },
        xlsx: {
          label: 'Excel workbook (XLSX)',
          hint: 'The same rules with filters and a frozen header; both levels, the zone grid and the legends on their own sheets.',
        },
        ps1: {
          label: 'PowerShell (Windows Firewall)',
          hint: 'One script per host with New-NetFirewallRule for each inbound rule, in one group that removes as a whole.',
        },
        nft: {
          label: 'nftables (Linux)',
          hint: 'One file per host for nft -f: its own table lets only the planned sources reach the planned ports.',
        },
        firewalld: {
          label: 'firewalld (Linux)',
          hint: 'One script per host for hosts managed by firewalld: a service and a rich rule per planned source.',
        },
        plan: {
          label: 'Plan file (.oeplan.json)',
          hint: 'The plan itself: to open in another planner, keep with the project or attach to a ticket.',
        },
      },
      options: 'Options',
      language: 'Language of the export',
      level: 'Rules listed as',
      levels: {
        hosts: 'Host rules',
        hostsHint: 'One per source and destination: what a probe checks.',
        firewall: 'Firewall rules',
        firewallHint: 'Merged the way a network team writes them (FW-001, …).',
      },
      delimiter: 'CSV profile',
      delimiters: {
        comma: 'Comma (,)',
        commaHint: 'Most spreadsheets, ticket systems and scripts.',
        semicolon: 'Semicolon (;)',
        semicolonHint: 'German Excel opens it in columns.',
      },
      host: 'Scripts for',
      allHosts: 'Every host (one file each)',
      planFileNote:
        'The plan file holds the plan as it is, errors included, but not the probe results.',
      preview: 'Preview',
      previewing: 'Preparing the preview…',
      madeFrom: 'From plan revision {{revision}}.',
      rules_one: '{{count}} rule',
      rules_other: '{{count}} rules',
      pages_one: '{{count}} page',
      pages_other: '{{count}} pages',
      firstRows: 'The first {{shown}} of {{total}} rows',
      firstRowsCaption: 'The first rows of {{file}}',
      scriptHosts: 'Scripts per host',
      columns: {
        host: 'Host',
        file: 'File',
        rules: 'Inbound rules',
        unaddressed: 'Sources without address',
        save: 'Save',
      },
      scriptStart: 'The beginning of {{file}}',
      warnings: 'Check before handing it over',
      save: 'Save…',
      download: 'Download',
      downloadHost: 'Download {{file}}',
      downloadAll_one: 'Download {{count}} file',
      downloadAll_other: 'Download {{count}} files',
      saving: 'Preparing the file…',
      saved: 'Saved: {{paths}}',
      downloaded: 'Downloaded: {{files}}',
      needsValidPlan:
        'The checklist and the scripts are made from the rules, and the rules are known once the plan has no errors. Fix these first; the plan file can be exported as it is.',
    },
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;
