import type * as en from '../en/catalog';
import type { Texts } from '../keys';

/** Deutsche Texte des Katalogs: Zonen, Funktionen, Zwecke, Dienste, Anmerkungen, Belege. */
export const catalog = {
  zones: {
    clients: 'Clients',
    'oe-nodes': 'OE-Knoten',
    management: 'Management',
    islands: 'Inselstandorte',
    printers: 'Drucker',
    external: 'Extern',
  },
  zoneCounts: {
    clients_one: '{{count}} Client-Gruppe',
    clients_other: '{{count}} Client-Gruppen',
    'oe-nodes_one': '{{count}} OE-Knoten',
    'oe-nodes_other': '{{count}} OE-Knoten',
    management_one: '{{count}} Management-Host',
    management_other: '{{count}} Management-Hosts',
    islands_one: '{{count}} Inselstandort',
    islands_other: '{{count}} Inselstandorte',
    printers_one: '{{count}} Druckernetz',
    printers_other: '{{count}} Druckernetze',
    external_one: '{{count}} externes System',
    external_other: '{{count}} externe Systeme',
  },
  features: {
    ipp: {
      label: 'Auftragsannahme über IPP',
      description: 'Clients und SAP-Systeme übergeben Aufträge über IPP (631/tcp).',
    },
    ipps: {
      label: 'Auftragsannahme über IPPS',
      description: 'Clients und SAP-Systeme übergeben Aufträge über IPPS (443/tcp).',
    },
    lpr: {
      label: 'Auftragsannahme über LPR',
      description: 'Windows-Clients drucken über den LPR-Portmonitor (515/tcp).',
    },
    'rest-api': {
      label: 'REST-API von außen',
      description: 'PLOSSYS CLI, APW oder easyPRIMA greifen auf die REST-API zu (8080/tcp).',
    },
    'infoclient-http': {
      label: 'Infoclient über HTTP',
      description:
        'Die Tray-App PLOSSYS Infoclient erreicht den Job-Notifier über HTTP (8081/tcp).',
    },
    'infoclient-https': {
      label: 'Infoclient über HTTPS',
      description:
        'Die Tray-App PLOSSYS Infoclient erreicht den Job-Notifier über HTTPS (8082/tcp).',
    },
    administrator: {
      label: 'PLOSSYS Administrator',
      description:
        'Die Browser der Administratoren öffnen die Oberfläche der Output Engine (9000/tcp).',
    },
    kibana: {
      label: 'Kibana',
      description:
        'Die Browser der Administratoren öffnen Kibana, um die Logs zu lesen (5601/tcp).',
    },
    'seal-keycloak': {
      label: 'SEAL Keycloak',
      description: 'Das Keycloak von SEAL ist der OIDC-Identity-Provider (32769/tcp).',
    },
    'external-idp': {
      label: 'Externer Identity Provider',
      description: 'Der eigene OIDC-Identity-Provider des Kunden ersetzt das Keycloak von SEAL.',
    },
    'monitoring-checkin': {
      label: 'Monitoring: Check-in-Metriken',
      description: 'Ein externes Prometheus fragt die Check-in-Metriken ab (1948/tcp).',
    },
    'monitoring-all-services': {
      label: 'Monitoring: alle Dienste',
      description: 'Ein externes Prometheus fragt die Metriken aller Dienstports ab.',
    },
    'remote-printing': {
      label: 'Remote Printing',
      description: 'Die Checkouts der Inselstandorte holen Aufträge vom Festland (2119/tcp).',
    },
    'dpf-conversion': {
      label: 'Konvertierung über DPF',
      description: 'Die OE ruft die REST-API von DPF auf, und DPF ruft zurück (2129/tcp).',
    },
    'sap-callback': {
      label: 'Statusrückmeldung an SAP',
      description:
        'Die OE meldet den Auftragsstatus per RFC an SAP zurück (Port des SAP-Gateways).',
    },
    'sap-odata': {
      label: 'SAP oData Print API',
      description: 'Die OE holt Aufträge über HTTPS bei SAP ab (443/tcp, ausgehend).',
    },
    'device-monitoring': {
      label: 'Geräteüberwachung',
      description:
        'Die OE fragt Drucker über IPP nach ihrem Zustand (631/tcp, 443/tcp; 80/tcp bei HTTP-Druckern).',
    },
    'remote-consul-ui': {
      label: 'Consul-Oberfläche von außen',
      description:
        'Administratoren und PLOSSYS CLI erreichen Consul von außerhalb des Clusters (8500/tcp).',
    },
  },
  purposes: {
    ippsIntake: 'Auftragsannahme über IPPS',
    ippIntake: 'Auftragsannahme über IPP',
    lprIntake: 'Auftragsannahme über LPR',
    checkinMetrics: 'Prometheus fragt die Check-in-Metriken ab',
    serviceMetrics: 'Prometheus fragt die Metriken der Dienste ab',
    islandCheckout: 'Remote Printing: Insel-Checkouts holen Aufträge vom Festland',
    loadBalancer: 'Remote Printing: der Load Balancer leitet die Insel-Checkouts weiter',
    dpfCallback: 'DPF liefert konvertierte Dokumente zurück',
    kibana: 'Administratoren lesen Logs in Kibana',
    restApi: 'PLOSSYS CLI, APW oder easyPRIMA nutzen die REST-API',
    restApiEasyprima: 'easyPRIMA auf dem Managementserver nutzt die REST-API',
    infoclient: 'PLOSSYS Infoclient liest Auftragsbenachrichtigungen',
    administrator: 'Administratoren öffnen PLOSSYS Administrator',
    login: 'Anmeldung und Token-Prüfung beim Identity Provider',
    clusterMesh: 'Cluster-Kommunikation zwischen den OE-Knoten',
    consul: 'Administratoren und PLOSSYS CLI erreichen Consul',
    logShipping: 'Log-Versand und Abfragen an Elasticsearch',
    elasticCluster: 'Cluster-Kommunikation von Elasticsearch',
    mongodb: 'OE-Dienste und das MongoDB-Replikatset erreichen die Datenbank',
    printJobs: 'Druckaufträge an die Drucker',
    deviceMonitoring: 'Die Geräteüberwachung fragt Drucker nach ihrem Zustand',
    islandPrinting: 'Der Insel-Checkout druckt auf die Inseldrucker',
    dpfConversion: 'Dokumente gehen zur Konvertierung an DPF',
    sapStatus: 'Auftragsstatus wird an SAP zurückgemeldet',
    sapOdata: 'Aufträge werden von der SAP oData Print API abgeholt',
    sapwinConversion: 'OE-Dienste konvertieren SAPWIN-Dateien auf dem SAPWIN-Server',
    sapwinAgentJoins: 'Der Consul-Agent des SAPWIN-Servers tritt dem Consul der OE bei',
    sapwinAgentReached: 'Der Consul der OE erreicht den Consul-Agent des SAPWIN-Servers',
  },
  services: {
    printer: 'Drucker',
    printerState: 'Druckerstatus',
    islandPrinter: 'Inseldrucker',
    dpfApi: 'DPF-REST-API',
    sapGateway: 'SAP-Gateway',
    externalIdp: 'Externer Identity Provider',
    loadBalancer: 'Load Balancer für seal-mainland-checkout',
  },
  notes: {
    prometheusAll:
      'Jeder Dienst stellt /metrics auf seinem eigenen Port bereit; alle abzufragen ist unsere Option „alle Dienste“.',
    islandInitiates:
      'Die Inselseite baut die Verbindung auf: Die Seite nennt 2119 als den Port, mit dem sich die Insel-Checkouts verbinden.',
    islandCluster:
      'Die Seite sagt nur „Port the island-checkouts can connect to“; dass es jeder OE-Knoten eines Clusters ist, modelliert dieser Planer.',
    islandLoadBalancer:
      'Eine Load-Balancer-Adresse für Inseln ist unsere Modellierung; der Hersteller nennt keine.',
    easyPrima:
      'Die Portliste nennt easyPRIMA als Nutzer der REST-API; die Voraussetzungen setzen easyPRIMA auf den Managementserver.',
    adminLogin:
      'PLOSSYS Administrator leitet den Browser zur Anmeldung an Keycloak weiter, und Keycloak leitet zurück (Hersteller).',
    login:
      'Laut Hersteller sind OE-Dienste (AUTH_ISSUER_URL), CLI, Infoclient und easyPRIMA (Client-Einträge) dafür eingerichtet; die Verbindungen modelliert der Planer.',
    clusterMesh:
      'Die Seite „Used Ports“ sagt, dass im Cluster jeder Dienstport zwischen den Output-Engine-Servern offen sein muss; der Planer öffnet ihn von jedem OE-Knoten zu jedem anderen, in beide Richtungen.',
    consulCli:
      'PLOSSYS CLI spricht für plossys config/security mit Consul auf 8500 (Standard: localhost).',
    elasticsearchLogs:
      'Alle OE-Server liefern ihre Logs an ein Elasticsearch (Hersteller); die Verbindung auf 9200, wo es auf einem anderen Host liegt, ist unsere Modellierung.',
    elasticsearch9300: 'Dass nur Elasticsearch-Knoten 9300 nutzen, ist unsere Modellierung.',
    mongodbMajority:
      'MongoDB braucht eine Mehrheit seiner Mitglieder; dass jeder OE-Knoten und jedes Mitglied jedes Mitglied erreicht, ist unsere Modellierung.',
    printerMonitor:
      'seal-printer-monitor fragt den Drucker über IPP ab: unter seiner IPP-URL, wo die Verbindung eine ist (ipp, ipps, http, https), sonst versucht er http und https auf 631 und https auf 443.',
    islandPrinting:
      'Dass der Inselhost mit den Protokollen des Festlands auf seine lokalen Drucker druckt, ist unsere Modellierung.',
    dpfUrl:
      'DPF_URL, Standard https://localhost:9126/rest/dpf; DPF 3.0.0 oder neuer. DPF 4 bietet zusätzlich seal-dpf-jobclient-api auf 4303 (HTTP) für seinen Batch Client; die OE nutzt DPF_URL.',
    sapCallback:
      'seal-co-notifier sendet den RFC-Callback (Hersteller); dass SAP auf seinem Gateway 33NN (48NN mit SNC) lauscht, ist unsere Modellierung.',
    cpmCheckin: 'seal-cpm-checkin holt Aufträge aus SAP ab, ausgehend.',
    customerIdp:
      'Der IdP des Kunden ersetzt SEALs Keycloak auf eigenem Host und Port; wer sich verbindet, ist unsere Modellierung.',
    islandsToLoadBalancer:
      'Inseln erreichen den Load Balancer statt jedes OE-Knotens (unsere Modellierung).',
    sapwinServer:
      'seal-convert-sapwin lauscht auf 2038 (Portliste), und der Hersteller empfiehlt dafür einen eigenen Windows-Server; welcher OE-Dienst ihn dort aufruft, sagt die Seite nicht: Das ist die Modellierung dieses Planers.',
    sapwinConsul:
      'Der Hersteller registriert den Consul-Agent des SAPWIN-Servers als Client in Consul; welche Ports ein Consul-Client nutzt (Serf LAN 8301 in beide Richtungen, Server-RPC 8300), ist die allgemeine Portnutzung von Consul, keine Seite von SEAL: Das ist die Modellierung dieses Planers.',
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
    seed: 'Portliste des Herstellers',
    docs: 'Herstellerdokumentation',
    inferred: 'abgeleitet (zu bestätigen)',
  },
} as const satisfies Texts<typeof en.catalog>;
