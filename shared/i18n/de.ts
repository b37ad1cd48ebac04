import type { Messages } from './en';

/** Deutsche Texte. */
export const de = {
  columns: {
    id: 'ID',
    from: 'Von',
    to: 'Nach',
    table: 'Tabelle',
    installations: 'Installationsarten',
    transport: 'Transport',
    appProtocol: 'Anwendungsprotokoll',
    comment: 'Kommentar des Herstellers',
    listener: 'Empfänger',
    condition: 'Bedingung',
    sourceZone: 'Quellzone',
    sourceName: 'Quellname',
    source: 'Quelle',
    destinationZone: 'Zielzone',
    destinationName: 'Zielname',
    destination: 'Ziel',
    port: 'Port',
    protocol: 'Protokoll',
    service: 'Dienst',
    purpose: 'Zweck',
    requiredBy: 'Benötigt von',
    evidence: 'Beleg',
    sources: 'Quell-URL',
    ports: 'Ports',
    ruleCount: 'Regeln',
    probeStatus: 'Prüfstatus',
    probedAt: 'Geprüft am',
    change: 'Änderung',
    changes: 'Was sich ändert',
  },
  zones: {
    clients: 'Clients',
    'oe-nodes': 'OE-Knoten',
    management: 'Management',
    islands: 'Inselstandorte',
    printers: 'Drucker',
    external: 'Extern',
  },
  checklist: {
    title: 'Portfreigabe-Checkliste',
    subtitle: 'Netzwerkports für PLOSSYS Output Engine',
    project: 'Projekt',
    customer: 'Kunde',
    site: 'Standort',
    productVersion: 'Produktversion',
    installation: 'Installation',
    installations: { single: 'Einzelserver', cluster: 'Cluster' },
    date: 'Datum',
    technician: 'Techniker/in',
    revision: 'Planstand',
    level: 'Regeln aufgeführt als',
    levels: { hosts: 'Host-Regeln', firewall: 'Firewall-Regeln' },
    summary: 'Übersicht',
    hosts: 'Hosts',
    zoneCount: 'Zonen',
    hostRules: 'Host-Regeln',
    firewallRules: 'Firewall-Regeln',
    byEvidence: 'Nach Beleg',
    probed: 'Geprüft',
    probedNone: 'Noch keine Prüfergebnisse: jede Regel ist ungeprüft.',
    topology: 'Topologie',
    topologyIntro:
      'Hosts und Netze des Plans, Zone für Zone; die Matrix darunter zeigt, welche Zone welche erreicht, auf welchen Ports.',
    diagramMore: '+ {{count}} weitere',
    diagramInside_one: '{{count}} Host-Regel innerhalb der Zone',
    diagramInside_other: '{{count}} Host-Regeln innerhalb der Zone',
    hostsAndNetworks: 'Hosts und Netze',
    zone: 'Zone',
    name: 'Name',
    address: 'Adresse',
    role: 'Rolle',
    zoneMatrix: 'Zone zu Zone',
    zoneMatrixIntro:
      'Zeilen: Quellzone. Spalten: Zielzone. Jede Zelle: die Ports und die Anzahl der Host-Regeln.',
    rules: 'Freizugebende Regeln',
    rulesIntro:
      'Eine Tabelle je Zonenpaar. Haken Sie eine Zeile ab, sobald der Port offen ist; das Beleg-Kürzel sagt, wie sicher die Regel nötig ist.',
    pairHeading: 'Von {{from}} nach {{to}}',
    ruleCount_one: '{{count}} Regel',
    ruleCount_other: '{{count}} Regeln',
    check: 'Erledigt',
    legend: 'Beleg',
    legendIntro: 'Jede Regel trägt den Beleg der Aussage, die sie erfordert:',
    evidenceMark: { seed: 'L', docs: 'D', inferred: 'A' },
    evidenceExplained: {
      seed: 'steht auf der Seite „Used Ports“ des Herstellers.',
      docs: 'steht in anderer Dokumentation des Herstellers.',
      inferred:
        'von diesem Planer aus der Architektur des Produkts abgeleitet: bestätigen Sie die Regel vor dem Freigeben mit SEAL Systems oder durch eine Prüfung. Schattierte Zeilen.',
    },
    probeLegend: 'Prüfstatus',
    probe: {
      verified: 'bestätigt',
      open: 'offen',
      reachable: 'erreichbar',
      blocked: 'blockiert',
      unreachable: 'nicht erreichbar',
      unresolved: 'nicht auflösbar',
      'open-or-filtered': 'offen oder gefiltert',
      untested: 'ungeprüft',
      mixed: 'gemischt',
    },
    probeExplained: {
      verified: 'unser Responder hat geantwortet.',
      open: 'etwas lauscht (nicht unser Responder).',
      reachable:
        'abgewiesen: der Weg ist offen, noch lauscht nichts (normal vor der Installation).',
      blocked: 'keine Antwort: eine Firewall verwirft das Paket.',
      unreachable: 'Host oder Netz nicht erreichbar.',
      unresolved: 'der Name ließ sich nicht auflösen.',
      'open-or-filtered': 'UDP ohne unseren Responder: nicht unterscheidbar.',
      untested: 'noch nicht geprüft.',
    },
    roles: {
      'lpr-clients': 'LPR-Clients',
      'ipp-clients': 'IPP-Clients',
      'sap-systems': 'SAP-Systeme',
      'admin-workstations': 'Admin-Arbeitsplätze',
      'api-consumers': 'API-Nutzer',
      'infoclient-users': 'Infoclient-Nutzer',
      'oe-node': 'OE-Knoten',
      'load-balancer': 'Load Balancer',
      elasticsearch: 'Elasticsearch',
      kibana: 'Kibana',
      mongodb: 'MongoDB',
      keycloak: 'Keycloak',
      'management-server': 'Managementserver',
      'island-checkout': 'Insel-Checkout',
      'island-printers': 'Inseldrucker',
      printers: 'Drucker',
      prometheus: 'Prometheus',
      dpf: 'DPF',
      sap: 'SAP-System',
      'identity-provider': 'Identity Provider',
    },
    signOff: 'Abnahme',
    signOffIntro:
      'Die Regeln oben sind wie aufgeführt freigegeben; als blockiert oder ungeprüft markierte Regeln sind vermerkt.',
    networkTeam: 'Netzwerkteam',
    signature: 'Unterschrift',
    sources: 'Quellen',
    sourcesIntro: 'Die Nummern in der Beleg-Spalte verweisen auf diese Seiten.',
    page: 'Seite {{page}} von {{pages}}',
    generated: 'Erstellt am {{date}} mit Output Engine Port Planner',
    about: 'Info',
    none: 'keine',
  },
  scripts: {
    title: 'Eingehende Firewall-Regeln für {{host}} ({{address}})',
    plan: 'Plan: {{name}}',
    customer: 'Kunde: {{customer}}',
    revision: 'Planstand: {{revision}}',
    generated: 'Erstellt: {{date}} mit Output Engine Port Planner',
    scope: 'Öffnet nur die Ports, die dieser Host braucht, und nur für die geplanten Quellen.',
    rerun: 'Ein erneuter Lauf ersetzt die Regeln des vorigen Laufs.',
    noRules:
      'Für diesen Host sind keine eingehenden Regeln geplant: das Skript entfernt nur Regeln eines früheren Laufs.',
    noAddress:
      'Nicht freigegeben für {{name}} ({{address}}): eine Firewall braucht eine IP-Adresse. Tragen Sie die Adresse im Plan ein und exportieren Sie erneut.',
    openToAll:
      '{{ports}} bleibt für jede Quelle offen: einer geplanten Quelle fehlt die IP-Adresse (siehe oben).',
    review: 'Prüfen Sie das Skript vor dem Ausführen; führen Sie es als Administrator (root) aus.',
    removePs: "Alle Regeln dieses Plans entfernen: Remove-NetFirewallRule -Group '{{group}}'",
    removeNft: 'Entfernen: nft delete table inet {{table}}',
    removeFirewalld: 'Entfernen: Führen Sie dieses Skript mit dem Argument --remove aus',
    nftPolicy:
      'Geplante Ports nehmen nur geplante Quellen an; andere Quellen werden dort verworfen. Alle anderen Ports bleiben dem übrigen Regelwerk überlassen (SSH bleibt erreichbar).',
    nftStrict:
      'Um auch jede andere neue eingehende Verbindung zu verwerfen (SSH auf Port 22 bleibt offen), entfernen Sie das "# " vor der letzten Regel.',
    nftOtherTables:
      'Ein Paket muss jede Tabelle passieren: ein anderes Regelwerk, das verwirft (z. B. firewalld), verwirft weiterhin. Verwenden Sie auf firewalld-Hosts das firewalld-Skript.',
    firewalldZone:
      'Fügt Rich Rules der Zone hinzu, die als erstes Argument genannt ist (Standard: die Standardzone).',
  },
  changes: {
    line: '{{sign}}{{rules}}: {{ports}} von {{sources}} zu {{destinations}}',
    rules_one: '{{count}} Regel',
    rules_other: '{{count}} Regeln',
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
      description: 'Die OE fragt Drucker über IPP nach ihrem Zustand (631/tcp, 443/tcp).',
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
      'Die Inselseite baut die Verbindung auf. Im Cluster erreicht jede Insel jeden OE-Knoten (unsere Modellierung).',
    islandLoadBalancer:
      'Eine Load-Balancer-Adresse für Inseln ist unsere Modellierung; der Hersteller nennt keine.',
    easyPrima:
      'Die Portliste nennt easyPRIMA als Nutzer der REST-API; die Voraussetzungen setzen easyPRIMA auf den Managementserver.',
    identityProvider:
      'Dass Browser, CLI-Hosts und die OE-Knoten selbst den Identity Provider erreichen, ist unsere Modellierung.',
    clusterMesh:
      'Hersteller: Im Cluster muss jeder Dienstport zwischen den OE-Servern offen sein. Dass jeder Knoten jeden anderen in beide Richtungen erreicht, modellieren wir.',
    port8080:
      'Die Cluster-Tabelle nennt 8080 ohne Bedingung; dass Dienste auf anderen Knoten ihn aufrufen, ist unsere Modellierung.',
    consulCli:
      'PLOSSYS CLI spricht für plossys config/security mit Consul auf 8500 (Standard: localhost).',
    elasticsearchLogs:
      'Alle OE-Server liefern ihre Logs an ein Elasticsearch (Hersteller); die Verbindung auf 9200, wo es auf einem anderen Host liegt, ist unsere Modellierung.',
    elasticsearch9300: 'Dass nur Elasticsearch-Knoten 9300 nutzen, ist unsere Modellierung.',
    mongodbMajority:
      'MongoDB braucht eine Mehrheit seiner Mitglieder; dass jeder OE-Knoten und jedes Mitglied jedes Mitglied erreicht, ist unsere Modellierung.',
    printerMonitor:
      'seal-printer-monitor fragt die Drucker über IPP (631/443) ab, nicht über SNMP.',
    islandPrinting:
      'Dass der Inselhost mit den Protokollen des Festlands auf seine lokalen Drucker druckt, ist unsere Modellierung.',
    dpfUrl: 'DPF_URL, Standard https://localhost:9126/rest/dpf; DPF 3.0.0 oder neuer.',
    sapCallback:
      'seal-co-notifier sendet den RFC-Callback (Hersteller); dass SAP auf seinem Gateway 33NN (48NN mit SNC) lauscht, ist unsere Modellierung.',
    cpmCheckin: 'seal-cpm-checkin holt Aufträge aus SAP ab, ausgehend.',
    customerIdp:
      'Der IdP des Kunden ersetzt SEALs Keycloak auf eigenem Host und Port; wer sich verbindet, ist unsere Modellierung.',
    islandsToLoadBalancer:
      'Inseln erreichen den Load Balancer statt jedes OE-Knotens (unsere Modellierung).',
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
  issues: {
    'not-a-plan': {
      problem: 'ist kein Plan (ein JSON-Objekt)',
      fix: 'öffnen Sie eine Plandatei, die dieser Planer geschrieben hat',
    },
    'not-json': {
      problem: 'ist kein gültiges JSON',
      fix: 'öffnen Sie eine Plandatei, die dieser Planer geschrieben hat, oder korrigieren Sie das JSON',
    },
    'schema-version': {
      problem: 'ist {{value}}, aber dieser Planer liest Pläne der Schemaversion {{expected}}',
      fix: 'öffnen Sie den Plan mit dem Planer, der ihn geschrieben hat, oder exportieren Sie ihn dort neu',
    },
    missing: { problem: 'fehlt', fix: 'tragen Sie einen Wert vom Typ {{expectedName}} ein' },
    'missing-choice': { problem: 'fehlt', fix: 'tragen Sie einen dieser Werte ein: {{options}}' },
    'wrong-type': {
      problem: 'muss vom Typ {{expectedName}} sein, nicht {{givenText}}',
      fix: 'geben Sie einen Wert vom Typ {{expectedName}} ein',
    },
    'not-allowed': {
      problem: '{{value}} ist nicht zulässig',
      fix: 'verwenden Sie einen dieser Werte: {{options}}',
    },
    'unknown-fields': {
      problem_one: 'hat ein unbekanntes Feld: {{fields}}',
      problem_other: 'hat unbekannte Felder: {{fields}}',
      fix: 'entfernen oder benennen Sie es um; die Felder stehen in docs/plan-format.md',
    },
    'too-long': { problem: 'ist länger als {{maximum}} Zeichen', fix: 'kürzen Sie den Text' },
    invalid: { problem: 'ist ungültig', fix: 'korrigieren Sie den Wert' },
    'name-empty': { problem: 'ist leer', fix: 'geben Sie einen Namen ein' },
    'control-character': {
      problem: 'enthält ein Steuerzeichen ({{character}}, an Zeichen {{position}})',
      fix: 'geben Sie den Text in einer Zeile ein, ohne Zeilenumbrüche, Tabulatoren oder andere unsichtbare Zeichen',
    },
    'too-many': {
      problem: 'hat mehr als {{maximum}} Einträge, mehr als dieser Planer berechnet',
      fix: 'fassen Sie einzelne Adressen zu Netzen zusammen oder teilen Sie den Plan nach Standorten auf (docs/plan-format.md, „Grenzen“)',
    },
    'too-deep': {
      problem: 'ist tiefer als {{maximum}} Ebenen verschachtelt, was kein Plan ist',
      fix: 'öffnen Sie eine Plandatei, die dieser Planer geschrieben hat',
    },
    'document-too-large': {
      problem:
        'enthält mehr als {{maximum}} Werte, mehr als jeder Plan, den dieser Planer berechnet',
      fix: 'öffnen Sie eine Plandatei, die dieser Planer geschrieben hat, oder teilen Sie den Plan nach Standorten auf',
    },
    'too-many-host-rules': {
      problem:
        'ergäbe {{count}} Host-Regeln, mehr als die {{maximum}}, die dieser Planer berechnet',
      fix: 'geben Sie Drucker und Clients als Netze statt als Einzeladressen ein (ein /22 statt seiner Drucker), verwenden Sie weniger Client-Gruppen oder OE-Knoten, oder teilen Sie den Plan nach Standorten auf',
    },
    'more-issues': {
      problem_one: 'hat 1 weiteren Fehler',
      problem_other: 'hat {{count}} weitere Fehler',
      fix: 'beheben Sie zuerst die Fehler oben',
    },
    'port-too-low': { problem: 'ist kleiner als 1', fix: 'Ports reichen von 1 bis 65535' },
    'port-too-high': { problem: 'ist größer als 65535', fix: 'Ports reichen von 1 bis 65535' },
    'host-name-invalid': {
      problem: 'ist kein gültiger Hostname',
      fix: 'verwenden Sie Buchstaben, Ziffern und Bindestriche in durch Punkte getrennten Teilen, etwa oe1.example.com',
    },
    'ip-address-invalid': {
      problem: 'ist keine gültige IPv4- oder IPv6-Adresse',
      fix: 'schreiben Sie sie wie 10.1.2.3 oder 2001:db8::10',
    },
    'cidr-invalid': {
      problem: '„{{value}}“ ist kein gültiges CIDR-Netz',
      fix: 'schreiben Sie es wie 10.20.0.0/16 oder 2001:db8::/48',
    },
    'cidr-host-bits': {
      problem: '„{{value}}“ hat gesetzte Host-Bits',
      fix: 'verwenden Sie die Netzadresse: {{network}}',
    },
    'address-invalid': {
      problem: '„{{value}}“ ist weder eine IPv4-/IPv6-Adresse noch ein CIDR-Netz noch ein Hostname',
      fix: 'schreiben Sie eine Adresse wie 10.1.2.3, ein Netz wie 10.1.0.0/16 oder einen Namen wie printsrv.example.com',
    },
    'addresses-empty': {
      problem: 'enthält keine Adresse',
      fix: 'tragen Sie mindestens eine Hostadresse oder ein CIDR-Netz ein',
    },
    'protocols-empty': {
      problem: 'enthält kein Druckprotokoll',
      fix: 'wählen Sie mindestens eines, z. B. Socket',
    },
    'checkout-hosts-empty': {
      problem: 'enthält keinen Insel-Checkout-Host',
      fix: 'tragen Sie den Host ein, auf dem der Insel-Checkout läuft',
    },
    'sap-system-number': {
      problem: 'ist keine zweistellige SAP-Systemnummer',
      fix: 'schreiben Sie sie wie 00 oder 42',
    },
    'product-version': {
      problem: 'ist keine Produktversion von {{oldest}} bis {{newest}}',
      fix: 'schreiben Sie sie wie 7.2.0',
    },
    'nodes-empty': { problem: 'enthält keinen OE-Knoten', fix: 'tragen Sie den OE-Server ein' },
    'single-node-count': {
      problem: 'sind {{count}}, aber eine Einzelserver-Installation hat genau einen OE-Knoten',
      fix: 'behalten Sie einen Knoten, oder wählen Sie eine Cluster-Installation',
    },
    'cluster-too-few-nodes': {
      problem_one:
        'ist nur einer, aber ein Cluster braucht eine ungerade Anzahl von OE-Knoten, drei oder mehr (MongoDB braucht eine Mehrheit: bei 3 Knoten darf einer ausfallen; ein 4. Knoten erhöht die Ausfallsicherheit nicht)',
      problem_other:
        'sind {{count}}, aber ein Cluster braucht eine ungerade Anzahl von OE-Knoten, drei oder mehr (MongoDB braucht eine Mehrheit: bei 3 Knoten darf einer ausfallen; ein 4. Knoten erhöht die Ausfallsicherheit nicht)',
      fix: 'fügen Sie Knoten hinzu, bis es 3 sind',
    },
    'cluster-even-nodes': {
      problem:
        'sind {{count}}, aber ein Cluster braucht eine ungerade Anzahl von OE-Knoten, drei oder mehr (MongoDB braucht eine Mehrheit: bei 3 Knoten darf einer ausfallen; ein 4. Knoten erhöht die Ausfallsicherheit nicht)',
      fix: 'fügen Sie einen Knoten hinzu oder entfernen Sie einen ({{fewer}} oder {{more}})',
    },
    'management-server-missing': {
      problem: 'fehlt: ein Cluster hat normalerweise einen (easyPRIMA, Elastic Stack, Keycloak)',
      fix: 'fügen Sie den Managementserver hinzu',
    },
    'placement-without-management-server': {
      problem: 'liegt auf dem Managementserver, aber der Plan hat keinen',
      fix: 'fügen Sie den Managementserver hinzu, oder platzieren Sie die Komponente anders',
    },
    'placement-without-hosts': {
      problem: 'ist leer, aber die Komponente liegt auf eigenen Hosts',
      fix: 'tragen Sie ihre Hosts ein, oder platzieren Sie die Komponente anders',
    },
    'placement-unused-hosts': {
      problem: 'nennt Hosts, die nicht verwendet werden',
      fix: 'platzieren Sie die Komponente auf eigenen Hosts, oder entfernen Sie die Hosts',
    },
    'mongodb-placement-version': {
      problem:
        'liegt nicht auf den OE-Knoten, aber vor {{since}} wird MongoDB mit der OE installiert',
      fix: 'platzieren Sie MongoDB auf den OE-Knoten, oder wählen Sie Produktversion {{since}} oder neuer',
    },
    'host-name-taken': {
      problem: '„{{name}}“ ist auch der Name von {{otherPath}}',
      fix: 'geben Sie jedem Host einen eigenen Namen',
    },
    'host-address-taken': {
      problem: '„{{value}}“ wird auch von {{otherPath}} verwendet',
      fix: 'jeder Host braucht eine eigene Adresse',
    },
    'host-without-address': {
      problem:
        '„{{name}}“ hat keine Adresse und keinen FQDN, daher nennen seine Regeln nur den Namen',
      fix: 'tragen Sie seine IP-Adresse oder seinen FQDN ein',
    },
    'name-twice': {
      problem: '„{{name}}“ kommt zweimal vor',
      fix: 'geben Sie jedem Eintrag einen eigenen Namen',
    },
    'client-is-host': {
      problem: '„{{address}}“ ist auch {{otherPath}}',
      fix: 'prüfen Sie, ob dieser Host wirklich auch ein Client ist',
    },
    'client-in-two-groups': {
      problem: '„{{address}}“ steht auch in {{otherPath}}',
      fix: 'führen Sie jede Client-Adresse in nur einer Client-Gruppe, außer sie spielt beide Rollen',
    },
    'feature-twice': {
      problem: '„{{id}}“ ist doppelt aufgeführt',
      fix: 'entfernen Sie den zweiten Eintrag',
    },
    'feature-needs-version': {
      problem: '{{feature}} braucht Produktversion {{since}} oder neuer, der Plan hat {{version}}',
      fix: 'schalten Sie die Funktion aus, oder wählen Sie Version {{since}} oder neuer',
    },
    'feature-needs-external': {
      problem:
        '{{feature}} braucht ein externes System der Art {{externalName}}, und der Plan hat keines',
      fix: 'tragen Sie es unter „Externe Systeme“ ein, oder schalten Sie {{feature}} aus',
    },
    'feature-needs-islands': {
      problem: '{{feature}} braucht Inselstandorte, und der Plan hat keine',
      fix: 'fügen Sie einen Inselstandort hinzu, oder schalten Sie {{feature}} aus',
    },
    'feature-not-in-installation': {
      problem:
        '{{feature}} öffnet in einer Installation als {{installationName}} nichts (der Hersteller nennt dort keinen solchen Port)',
      fix: 'schalten Sie die Funktion aus',
    },
    'feature-without-clients': {
      problem:
        '{{feature}} ist eingeschaltet, aber keine Client-Gruppe der Art {{kindNames}} nutzt die Funktion',
      fix: 'fügen Sie diese Client-Gruppe hinzu, oder schalten Sie die Funktion aus',
    },
    'features-exclusive': {
      problem: '{{features}} schließen einander aus',
      fix: 'wählen Sie eine davon',
    },
    'load-balancer-unused': {
      problem:
        'wird nur von Inselstandorten für Remote Printing genutzt, und das ist ausgeschaltet',
      fix: 'schalten Sie Remote Printing ein, oder entfernen Sie den Load Balancer',
    },
    'printer-protocols-version': {
      problem:
        '{{protocols}} brauchen Produktversion {{since}} oder neuer ({{version}} kennt LPR und Socket)',
      fix: 'verwenden Sie LPR oder Socket, oder wählen Sie eine neuere Produktversion',
    },
    'port-conflict': {
      problem:
        '{{service}} und {{otherService}} würden auf {{host}} beide auf {{port}}/{{transport}} lauschen',
      fix: 'ändern Sie den konfigurierbaren Port, oder platzieren Sie die Komponente auf einem anderen Host',
    },
  },
  issueWords: {
    types: {
      string: 'Text',
      number: 'Zahl',
      int: 'ganze Zahl',
      boolean: 'Wahrheitswert',
      array: 'Liste',
      object: 'Objekt',
    },
    given: { string: 'der Text', number: 'die Zahl', boolean: 'der Wahrheitswert' },
    list: 'eine Liste',
    object: 'ein Objekt',
    null: 'null',
    value: '{{type}} {{value}}',
    and: ' und ',
    or: ' oder ',
  },
  errors: {
    library: {
      title: 'Die Planbibliothek kann nicht geöffnet werden',
      unreadable:
        'Die Planbibliothek {{file}} kann nicht gelesen werden: {{message}}. Abhilfe: Prüfen Sie die Berechtigungen der Datei, oder verschieben Sie sie, um mit einer leeren Bibliothek zu beginnen.',
      notSqlite:
        '{{file}} ist keine Planbibliothek (keine SQLite-Datenbank). Abhilfe: Verschieben Sie die Datei, um mit einer leeren Bibliothek zu beginnen.',
      cannotOpen:
        'Die Planbibliothek {{file}} kann nicht geöffnet werden: {{message}}. Abhilfe: Prüfen Sie die Berechtigungen der Datei, oder verschieben Sie sie, um mit einer leeren Bibliothek zu beginnen.',
      notLibrary:
        '{{file}} ist keine Planbibliothek ({{message}}). Abhilfe: Verschieben Sie die Datei, um mit einer leeren Bibliothek zu beginnen.',
      newer:
        'Die Planbibliothek {{file}} wurde von einer neueren Version des Planers geschrieben (Schema {{version}}; diese Version liest bis {{supported}}). Sie blieb unverändert. Abhilfe: Aktualisieren Sie den Planer, oder starten Sie ihn mit einem anderen Datenordner.',
      readOnly:
        'In die Planbibliothek {{file}} kann nicht geschrieben werden: Ordner oder Datei sind schreibgeschützt. Es wurde nichts geändert. Abhilfe: Machen Sie den Datenordner beschreibbar, oder starten Sie den Planer mit einem anderen Datenordner.',
      full: 'In die Planbibliothek {{file}} kann nicht geschrieben werden: Der Datenträger ist voll. Es ging nichts verloren; die letzte Änderung wurde nicht gespeichert. Abhilfe: Schaffen Sie Platz auf diesem Datenträger, und speichern Sie erneut.',
      damaged:
        'Die Planbibliothek {{file}} ist beschädigt ({{message}}). Es wurde nichts geändert. Abhilfe: Schließen Sie den Planer, verschieben Sie die Datei (eine Kopie lässt sich eventuell noch mit dem Werkzeug sqlite3 lesen), und beginnen Sie mit einer leeren Bibliothek.',
      busy: 'Die Planbibliothek {{file}} wird von einem anderen Planer verwendet (der Desktop-App oder serve) und blieb {{seconds}} Sekunden gesperrt. Es wurde nichts geändert. Abhilfe: Speichern Sie erneut; passiert das öfter, schließen Sie den anderen Planer, oder geben Sie jedem einen eigenen Datenordner.',
    },
    noPlan: 'Es gibt keinen Plan {{id}} (vielleicht wurde er gelöscht)',
    noRevision:
      'Plan {{id}} hat keine Revision {{revision}} (nur die letzten {{kept}} werden aufbewahrt)',
    needsDesktop:
      'Dies geht nur in der Desktop-App; verwenden Sie im Browser Importieren und Exportieren',
    saveNeedsDesktop:
      'Speichern über einen Dialog geht nur in der Desktop-App; im Browser wird die Datei heruntergeladen',
    tooLarge: '{{file}} ist zu groß für eine Plandatei',
    cannotWrite:
      '{{path}} kann nicht geschrieben werden: {{message}}. Wählen Sie einen anderen Ort; nichts Halbgeschriebenes blieb zurück, und eine vorhandene Datei {{path}} ist unverändert.',
    invalidPlan_one: '{{file}} ist kein gültiger Plan: {{count}} Fehler',
    invalidPlan_other: '{{file}} ist kein gültiger Plan: {{count}} Fehler',
    notAPlan_one: '{{file}} ist kein Plan dieses Planers: {{count}} Problem mit seinen Feldern',
    notAPlan_other: '{{file}} ist kein Plan dieses Planers: {{count}} Probleme mit seinen Feldern',
    planHasErrors: {
      export_one:
        '„{{name}}“ hat {{count}} Fehler, daher sind seine Regeln noch nicht bekannt. Beheben Sie ihn in den vorigen Schritten und exportieren Sie dann.',
      export_other:
        '„{{name}}“ hat {{count}} Fehler, daher sind seine Regeln noch nicht bekannt. Beheben Sie sie in den vorigen Schritten und exportieren Sie dann.',
      probe_one:
        '„{{name}}“ hat {{count}} Fehler, daher sind seine Regeln noch nicht bekannt. Beheben Sie ihn in den vorigen Schritten und prüfen Sie dann.',
      probe_other:
        '„{{name}}“ hat {{count}} Fehler, daher sind seine Regeln noch nicht bekannt. Beheben Sie sie in den vorigen Schritten und prüfen Sie dann.',
      summary_one:
        '„{{name}}“ hat {{count}} Fehler, daher sind seine Regeln noch nicht bekannt. Beheben Sie ihn in den vorigen Schritten und exportieren Sie dann die Zusammenfassung.',
      summary_other:
        '„{{name}}“ hat {{count}} Fehler, daher sind seine Regeln noch nicht bekannt. Beheben Sie sie in den vorigen Schritten und exportieren Sie dann die Zusammenfassung.',
    },
    revisionHasErrors: {
      before_one:
        'Vorher: „{{name}}“ Revision {{revision}} hat {{count}} Fehler, daher sind ihre Regeln nicht bekannt. Abhilfe: Wählen Sie eine andere Revision, oder beheben Sie den Fehler im Assistenten.',
      before_other:
        'Vorher: „{{name}}“ Revision {{revision}} hat {{count}} Fehler, daher sind ihre Regeln nicht bekannt. Abhilfe: Wählen Sie eine andere Revision, oder beheben Sie die Fehler im Assistenten.',
      after_one:
        'Nachher: „{{name}}“ Revision {{revision}} hat {{count}} Fehler, daher sind ihre Regeln nicht bekannt. Abhilfe: Wählen Sie eine andere Revision, oder beheben Sie den Fehler im Assistenten.',
      after_other:
        'Nachher: „{{name}}“ Revision {{revision}} hat {{count}} Fehler, daher sind ihre Regeln nicht bekannt. Abhilfe: Wählen Sie eine andere Revision, oder beheben Sie die Fehler im Assistenten.',
    },
    notPlanHost:
      '„{{host}}“ ist kein Host dieses Plans. Seine Hosts: {{hosts}}. Abhilfe: Verwenden Sie einen davon.',
    noProbeJob:
      'Es gibt keinen Prüfauftrag {{id}}: Aufträge bestehen nur, solange der Planer läuft. Starten Sie die Prüfung erneut.',
    jobRunning: {
      local:
        'Eine lokale Portprüfung dieses Plans läuft bereits (als {{host}}). Abhilfe: Warten Sie darauf, oder brechen Sie sie zuerst ab.',
      reach:
        'Eine Erreichbarkeitsprüfung dieses Plans läuft bereits (als {{host}}). Abhilfe: Warten Sie darauf, oder brechen Sie sie zuerst ab.',
      respond:
        'Ein Responder dieses Plans läuft bereits (als {{host}}). Abhilfe: Warten Sie darauf, oder brechen Sie ihn zuerst ab.',
    },
    responderNoRules:
      'Der Responder hat nichts zu beantworten: Keine Host-Regel hat {{host}} als Ziel',
    responderBlocked:
      'Der Responder wurde nicht gestartet: {{ports}}. Abhilfe: Beenden Sie, was die Ports belegt (oder starten Sie mit den nötigen Rechten), und starten Sie ihn erneut.',
    report: {
      howTo:
        'Importieren Sie die JSON-Datei, die `probe reach --format json --out DATEI` geschrieben hat, unverändert',
      notJson: '{{message}}. Abhilfe: {{howTo}}.',
      localCheck:
        '{{file}} ist eine lokale Portprüfung (probe local): Sie sagt, welche Ports auf einem Host frei sind, nicht welche Wege offen sind, und hat daher keine Ergebnisse für Regeln. Abhilfe: {{howTo}}.',
      notReport:
        '{{file}} ist kein Prüfbericht: Sein „kind“ ist {{kind}}, das eines Berichts ist „{{expected}}“. Abhilfe: {{howTo}}.',
      otherVersion:
        '{{file}} wurde von einer anderen Version des Planers geschrieben (Berichtsversion {{version}}; diese liest Version 1). Abhilfe: Führen Sie die Prüfung mit der Kommandozeile dieser Version aus.',
      field: '{{file}}: {{field}} {{message}}. Abhilfe: {{howTo}}.',
      wholeReport: 'der Bericht',
      otherPlan:
        '{{file}} wurde für den Plan „{{probed}}“ geschrieben, dieser Plan ist „{{plan}}“: Nichts wurde importiert. Abhilfe: Importieren Sie ihn in den Plan „{{probed}}“, oder prüfen Sie erneut mit der Datei dieses Plans.',
      noRuleMatches:
        'Keines der {{count}} Ergebnisse in {{file}} nennt eine Regel dieses Plans (das erste nennt {{first}}): Der Plan hat sich seit der Prüfung geändert, daher wurde nichts importiert. Abhilfe: Exportieren Sie den Plan erneut und prüfen Sie damit.',
    },
  },
  probeReasons: {
    refusedTcp: 'abgewiesen (TCP-Reset): Der Weg ist offen, noch lauscht nichts',
    refusedUdp:
      'ICMP Port unerreichbar: Der Host hat geantwortet, und auf dem Port lauscht nichts (eine Firewall, die so abweist, sieht gleich aus)',
    unreachable: '{{code}}: keine Route zum Host oder Netz',
    ownFirewall: '{{code}}: Die eigene Firewall dieses Rechners lässt die Prüfung nicht hinaus',
    timedOut: 'ETIMEDOUT: keine Antwort',
    notSent: 'Die Prüfung konnte nicht gesendet werden: {{code}} {{message}}',
    otherProgram: 'verbunden; ein anderes Programm hat geantwortet (nicht unser Responder)',
    closedNoBanner:
      'verbunden, dann von der Gegenseite ohne Kennung geschlossen: Ein anderes Programm lauscht (nicht unser Responder)',
    noBanner:
      'verbunden; keine Kennung innerhalb von {{ms}} ms: Ein anderes Programm lauscht (nicht unser Responder)',
    verified: 'Unser Responder auf {{host}} hat geantwortet{{nat}}',
    nat: '; NAT: Der Responder sah {{seen}}, dieser Rechner sendete von {{sent}}',
    otherResponder:
      'Ein Responder hat für {{host}} des Plans „{{plan}}“ auf {{port}}/{{protocol}} geantwortet{{wrongHost}}{{nat}}',
    wrongHost: ', nicht für {{host}}: Prüfen Sie die für {{host}} geplante Adresse',
    filtered:
      'keine Antwort innerhalb von {{ms}} ms (gefiltert: Eine Firewall verwirft die Prüfung, oder der Host ist aus)',
    udpSilent:
      'keine Antwort innerhalb von {{ms}} ms: Ohne unseren Responder kann UDP einen offenen Port nicht von einem gefilterten unterscheiden',
    lookupTimeout:
      'Der Name {{name}} wurde nicht aufgelöst: Kein Nameserver hat innerhalb von {{seconds}} s geantwortet',
    notResolved: 'Der Name {{name}} wurde nicht aufgelöst ({{code}})',
    network:
      'Das Ziel {{destination}} ({{name}}) ist ein Netz, und eine Prüfung testet einzelne Hosts: Um den Weg zu testen, nehmen Sie eine echte Adresse daraus in den Plan auf',
    excluded:
      'im Portbereich {{start}}-{{end}}, den Windows ausgeschlossen hat ({{why}}): Kein Dienst kann ihn binden',
    excludedByAdmin: 'von einem Administrator hinzugefügt',
    excludedByWindows: 'von Windows reserviert, z. B. für Hyper-V oder WinNAT',
    inUseBy: 'belegt von {{owners}}',
    inUseByHidden: 'belegt von {{owners}} ({{hidden}})',
    inUseUnknown: 'belegt; das Betriebssystem sagt nicht, von wem ({{hidden}})',
    hiddenNamespace: 'der Prozess ist hier nicht sichtbar (anderer Container oder PID-Namespace)',
    hiddenRoot: 'als root ausführen, um den Prozess zu sehen',
    hiddenAdministrator: 'als Administrator ausführen, um den Prozess zu sehen',
    needsRoot:
      'Port {{port}} zu binden erfordert root (oder CAP_NET_BIND_SERVICE): Der Dienst wird das auch brauchen; führen Sie die Prüfung mit diesen Rechten aus, um zu wissen, ob der Port frei ist',
    needsAdministrator:
      'Port {{port}} zu binden erfordert Administratorrechte: Der Dienst wird das auch brauchen; führen Sie die Prüfung mit diesen Rechten aus, um zu wissen, ob der Port frei ist',
    bindFailed: '{{code}}: {{message}}',
    portsBlocked_one: '{{ports}}: {{why}}',
    portsBlocked_other: '{{ports}}: {{why}}',
    tooSmall: 'kleiner als die Antwort (keine Verstärkung)',
    rateLimit: 'Ratenbegrenzung',
  },
  probeNotes: {
    notPlannedAddress:
      'Dieser Rechner hat die geplante Adresse von {{host}} ({{address}}) nicht: Die Ports werden auf allen Adressen geprüft, und die Prüfungen gehen von der Adresse aus, die das System wählt; führen Sie sie auf {{host}} selbst aus, um einen Beleg zu erhalten',
    concurrencyLowered:
      'Parallelität von {{requested}} auf {{allowed}} gesenkt: Dieser Prozess darf nur {{limit}} Dateien öffnen (ulimit -n)',
  },
  exportWarnings: {
    staleProbes_one:
      '{{count}} Prüfergebnis nennt eine Regel, die dieser Plan nicht hat (zuerst: {{first}}); der Plan hat sich seit der Prüfung geändert: Prüfen Sie erneut, um sie zu füllen.',
    staleProbes_other:
      '{{count}} Prüfergebnisse nennen Regeln, die dieser Plan nicht hat (zuerst: {{first}}); der Plan hat sich seit der Prüfung geändert: Prüfen Sie erneut, um sie zu füllen.',
    unaddressed_one:
      '{{host}}: {{names}} hat keine IP-Adresse im Plan; das Skript sagt das, statt dafür zu öffnen. Abhilfe: Tragen Sie die Adresse ein und exportieren Sie erneut.',
    unaddressed_other:
      '{{host}}: {{names}} haben keine IP-Adresse im Plan; das Skript sagt das, statt dafür zu öffnen. Abhilfe: Tragen Sie die Adressen ein und exportieren Sie erneut.',
  },
  cli: {
    files: {
      pdfNeedsOut:
        'Ein PDF braucht eine Datei als Ziel. Abhilfe: --out DATEI (oder einen Ordner) angeben.',
      wrote: '{{path}} geschrieben ({{what}}{{pages}})',
      pages_one: ', {{count}} Seite',
      pages_other: ', {{count}} Seiten',
      summaryOf: 'Presales-Übersicht von „{{name}}“',
      changes: '{{added}} hinzugekommen, {{removed}} entfallen, {{changed}} geändert',
    },
    issue: '{{severity}}: {{path}}: {{problem}}. Abhilfe: {{fix}}.',
    severity: { error: 'Fehler', warning: 'Warnung' },
    wholePlan: '(Plan)',
    warning: 'Warnung: {{message}}',
    unexpected: 'oe-ports ist unerwartet gescheitert: {{message}}',
    read: {
      missing:
        '{{path}} lässt sich nicht lesen: Die Datei gibt es nicht. Abhilfe: Prüfen Sie den Pfad.',
      folder:
        '{{path}} lässt sich nicht lesen: Das ist ein Ordner. Abhilfe: Geben Sie eine Plandatei an.',
      denied:
        '{{path}} lässt sich nicht lesen: Zugriff verweigert. Abhilfe: Prüfen Sie die Berechtigungen der Datei.',
      failed: '{{path}} lässt sich nicht lesen: {{message}}',
    },
    invalidJson: '{{message}}. Abhilfe: Korrigieren Sie das JSON an dieser Stelle.',
    notJson: '{{file}} ist kein gültiges JSON: {{reason}}',
    notJsonAt: '{{file}} ist kein gültiges JSON in Zeile {{line}}, Spalte {{column}}: {{reason}}',
    jsonTooLarge:
      '{{file}} hat {{size}} MiB Text, mehr als die {{maximum}} MiB jedes Plans oder Berichts, den dieser Planer liest',
    jsonTooDeep:
      '{{file}} ist in Zeile {{line}} tiefer als {{maximum}} Ebenen verschachtelt, was kein Plan und kein Bericht ist',
    invalidPlan_one: '{{path}} ist kein gültiger Plan ({{count}} Fehler):',
    invalidPlan_other: '{{path}} ist kein gültiger Plan ({{count}} Fehler):',
    valid: '{{path}}: gültiger Plan „{{name}}“ ({{installation}}, {{nodes}}, {{warnings}})',
    installations: { single: 'Einzelserver', cluster: 'Cluster' },
    nodes_one: '{{count}} OE-Knoten',
    nodes_other: '{{count}} OE-Knoten',
    warnings_one: '{{count}} Warnung',
    warnings_other: '{{count}} Warnungen',
    export: {
      hostOnlyScripts: '--host gilt für die Skripte (ps1, nft, firewalld), nicht für {{format}}.',
      levelNotForScripts:
        '--level gilt für pdf, csv und xlsx; ein Skript enthält immer die eingehenden Regeln seines Hosts. Abhilfe: Lassen Sie --level weg.',
      delimiterOnlyCsv: '--delimiter gilt nur für --format csv.',
      delimiterInvalid:
        '--delimiter "{{delimiter}}" ist kein CSV-Trennzeichen. Abhilfe: Verwenden Sie "," (oder comma) oder ";" (oder semicolon, für deutsches Excel).',
      notProbeReport:
        '{{path}} ist kein Prüfbericht: {{field}}: {{message}}. Abhilfe: Geben Sie eine Datei an, die "oe-ports probe" mit --format json geschrieben hat.',
      wholeDocument: '(das Dokument)',
      outIsFile:
        '--out {{out}} ist eine Datei, aber ein Skript je Host braucht einen Ordner. Abhilfe: Geben Sie einen Ordner an, oder wählen Sie mit --host einen Host.',
      wrote_one: '{{path}} geschrieben ({{count}} Regel{{pages}})',
      wrote_other: '{{path}} geschrieben ({{count}} Regeln{{pages}})',
      pages: ', {{count}} Seiten',
    },
    probe: {
      wholeNumber: 'Abhilfe: Geben Sie eine ganze Zahl von {{min}} bis {{max}} an.',
      checking: 'prüfe {{done}}/{{total}}: {{port}}',
      probing: 'prüfe {{done}}/{{total}}: {{counts}}',
      cancelling: 'Wird abgebrochen; drücken Sie erneut Strg+C, um sofort zu beenden.',
      cancelled:
        'Abgebrochen: Der Bericht enthält die {{count}} Ergebnisse, die bis dahin fertig waren.',
    },
    respond: {
      minutes:
        'Abhilfe: Geben Sie die Minuten als Zahl über 0 und höchstens {{max}} (ein Tag) an, z. B. 15 oder 0.5.',
      answered: '{{time}} {{port}}/{{protocol}} von {{from}} beantwortet',
      ignored: '{{time}} {{port}}/{{protocol}} von {{from}} ignoriert: {{reason}}',
      note: 'Hinweis: {{note}}',
      listening:
        'Responder für {{host}} (Plan „{{plan}}“) lauscht auf {{address}}: TCP {{tcp}}; UDP {{udp}}.',
      noPorts: 'keine',
      stopsAt:
        'Er beendet sich um {{time}} UTC von selbst (nach {{minutes}} min); Strg+C beendet ihn sofort.',
      stoppedTtl_one:
        'Nach dem Zeitlimit von {{minutes}} min beendet; {{count}} Prüfung beantwortet. Es lauscht nichts mehr.',
      stoppedTtl_other:
        'Nach dem Zeitlimit von {{minutes}} min beendet; {{count}} Prüfungen beantwortet. Es lauscht nichts mehr.',
      stoppedRequest_one:
        'Auf Anforderung beendet; {{count}} Prüfung beantwortet. Es lauscht nichts mehr.',
      stoppedRequest_other:
        'Auf Anforderung beendet; {{count}} Prüfungen beantwortet. Es lauscht nichts mehr.',
    },
    serve: {
      badPort:
        '--port {{port}} ist kein Port. Abhilfe: Geben Sie eine Zahl von 1 bis 65535 an, oder 0 für einen freien Port.',
      notBuilt:
        'Der Renderer ist nicht gebaut (dist/renderer/index.html fehlt). Abhilfe: Führen Sie `npm run build` aus, oder `npm run serve`, das zuerst baut.',
      inUse:
        'Port {{port}} ist belegt. Abhilfe: Wählen Sie einen anderen --port, oder lassen Sie die Option für einen freien Port weg.',
      privileged:
        'Port {{port}} braucht Administratorrechte. Abhilfe: Wählen Sie einen Port über 1023.',
      started:
        'Output Engine Port Planner {{version}} im Browsermodus: Öffnen Sie die Adresse oben.\nPlanbibliothek: {{dataDir}}\nMit Strg+C beenden.',
      stopped: 'Beendet ({{signal}}).',
    },
    report: {
      local:
        'Ports, auf denen {{host}} lauschen muss (Plan „{{plan}}“), per Bind-Test geprüft auf {{where}}:',
      allAddresses: 'allen Adressen ({{address}})',
      thisMachine: 'diesem Rechner',
      localColumns: { port: 'Port', status: 'Status', service: 'Dienst', detail: 'Detail' },
      localSummary_one: '{{count}} Port: {{free}} frei, {{taken}} nicht frei.',
      localSummary_other: '{{count}} Ports: {{free}} frei, {{taken}} nicht frei.',
      localStatus: {
        free: 'frei',
        'in-use': 'belegt',
        'permission-denied': 'keine Berechtigung',
        'excluded-range': 'ausgeschlossener Bereich',
        'bind-failed': 'Bind fehlgeschlagen',
      },
      reach: 'Host-Regeln von {{host}} (Plan „{{plan}}“){{from}}:',
      probedFrom: ', geprüft von {{addresses}}',
      reachColumns: {
        status: 'Status',
        to: 'Nach',
        port: 'Port',
        service: 'Dienst',
        detail: 'Detail',
      },
      reachSummary_one: '{{count}} Regel: {{counts}}{{cancelled}}.',
      reachSummary_other: '{{count}} Regeln: {{counts}}{{cancelled}}.',
      none: 'keine',
      cancelled: ' (vor dem Ende abgebrochen)',
      statusCount: '{{count}} {{status}}',
    },
  },
  desktop: {
    menu: {
      file: '&Datei',
      newPlan: '&Neuer Plan',
      open: 'Ö&ffnen…',
      recent: '&Zuletzt geöffnet',
      noPlans: 'Noch keine Pläne',
      importPlan: 'Plan &importieren…',
      exportPlan: 'Plan &exportieren…',
      edit: '&Bearbeiten',
      view: '&Ansicht',
    },
    dialogs: {
      importPlan: 'Plandatei importieren',
      exportPlan: 'Plandatei exportieren',
      planFiles: 'Plandateien',
      allFiles: 'Alle Dateien',
      save: '{{what}} speichern',
      scriptsFolder: 'Wählen Sie einen Ordner für die Skripte (eines je Host)',
    },
    fileTypes: {
      pdf: 'PDF-Checkliste',
      csv: 'CSV (Tabellenkalkulation, Änderungsanträge)',
      xlsx: 'Excel-Arbeitsmappe',
      ps1: 'PowerShell-Skript',
      nft: 'nftables-Regelsatz',
      firewalld: 'firewalld-Skript',
      comparisonPdf: 'PDF-Planvergleich',
      presalesPdf: 'PDF-Pre-Sales-Zusammenfassung',
    },
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
  evidence: {
    seed: 'Portliste des Herstellers',
    docs: 'Herstellerdokumentation',
    inferred: 'abgeleitet (zu bestätigen)',
  },
  presales: {
    title: 'Presales-Übersicht',
    subtitle:
      'Server, Komponenten und Firewall-Änderungen einer PLOSSYS-Output-Engine-Installation',
    installation: '{{installation}}, PLOSSYS Output Engine {{version}}',
    servers: 'Server nach Rolle',
    roles: {
      'oe-node': 'OE-Knoten',
      'management-server': 'Managementserver',
      dedicated: 'Eigene Hosts für Komponenten',
      'load-balancer': 'Load Balancer',
      'island-checkout': 'Insel-Checkout-Hosts',
    },
    components: 'Zu installierende Komponenten',
    componentNames: {
      'output-engine': 'PLOSSYS Output Engine',
      mongodb: 'MongoDB',
      'elastic-stack': 'Elastic Stack (Elasticsearch, Kibana)',
      'seal-keycloak': 'SEAL Keycloak',
      easyprima: 'easyPRIMA',
      'island-checkout': 'Insel-Checkout',
    },
    figures: 'Firewall-Änderungen',
    firewallRules: 'Firewall-Regeln',
    hostRules: 'Host-Regeln',
    zonePairs: 'Zonenpaare',
    documented: 'Vom Hersteller dokumentiert',
    inferred: 'Abgeleitet: zu bestätigen',
    share: '{{percent}} der Host-Regeln',
    openings: 'Freigaben nach Zonenpaar',
    openingsIntro:
      'Welche Zone welche erreichen muss, auf welchen Ports; Firewall-Regeln so, wie ein Netzwerkteam sie schreibt.',
    from: 'Von',
    to: 'Nach',
    ports: 'Ports',
    openQuestions: 'Offene Fragen: mit dem Hersteller zu klären',
    openQuestionsIntro:
      'Annahmen, die dieser Planer aus der Architektur des Produkts abgeleitet hat. Vor der Änderung der Firewall mit SEAL Systems klären.',
    noOpenQuestions: 'Keine: jede Regel stützt sich auf Herstellerdokumentation.',
    claim: 'Annahme',
    note: 'Warum abgeleitet',
  },
  comparison: {
    title: 'Planvergleich',
    subtitle: 'Regeln zum Öffnen, Schließen und Ändern',
    before: 'Vorher',
    after: 'Nachher',
    revision: 'Stand {{revision}}, gespeichert {{date}}',
    level: 'Verglichen als',
    added: 'Hinzugekommen',
    removed: 'Entfallen',
    changed: 'Geändert',
    kinds: { added: 'hinzugekommen', removed: 'entfallen', changed: 'geändert' },
    byZonePair: 'Nach Zonenpaar',
    zonePair: 'Zonenpaar',
    none: 'Kein Unterschied: beide Pläne brauchen dieselben Regeln.',
    pairCounts: '{{added}} hinzugekommen · {{removed}} entfallen · {{changed}} geändert',
    gained: 'hinzu {{items}}',
    lost: 'entfällt {{items}}',
    wasNow: 'vorher {{before}}, jetzt {{after}}',
  },
  ui: {
    app: {
      title: 'Output Engine Port Planner',
      skip: 'Zum Inhalt springen',
      allPlans: 'Alle Pläne',
      language: 'Sprache',
      locales: { en: 'English', de: 'Deutsch' },
      noBackend: 'Diese Seite braucht das Backend des Planers und wurde ohne geöffnet.',
      noBackendHint:
        'Starten Sie den Browsermodus mit dem Befehl oben und öffnen Sie die ausgegebene Adresse (sie enthält ein Einmal-Token), oder starten Sie die Desktop-App.',
    },
    actions: { remove: 'Entfernen', cancel: 'Abbrechen' },
    save: {
      saved: 'Gespeichert',
      savedAt: 'Gespeichert {{time}}',
      saving: 'Speichert…',
      failed: 'Nicht gespeichert: {{message}}. Neuer Versuch folgt.',
      cannotLeave:
        'Die letzten Änderungen konnten nicht gespeichert werden, daher bleibt der Plan offen. Läuft der Planer noch?',
    },
    home: {
      compare: 'Pläne vergleichen…',
      title: 'Pläne',
      intro:
        'Jede Änderung wird beim Tippen gespeichert. Öffnen Sie einen Plan, um dort weiterzumachen.',
      new: 'Neuer Plan',
      newPlanName: 'Neuer Plan',
      import: 'Plandatei importieren…',
      caption: 'Gespeicherte Pläne',
      name: 'Name',
      customer: 'Kunde',
      lastChange: 'Letzte Änderung',
      actions: 'Aktionen',
      open: 'Öffnen',
      duplicate: 'Duplizieren',
      rename: 'Umbenennen',
      export: 'Exportieren',
      delete: 'Löschen',
      emptyTitle: 'Noch keine Pläne',
      empty:
        'Beginnen Sie einen neuen Plan, oder importieren Sie die Plandatei (.oeplan.json) eines Kollegen.',
      renameTitle: 'Plan umbenennen',
      newName: 'Neuer Name',
      renamed: 'Umbenannt in „{{name}}“.',
      deleteTitle: 'Plan löschen?',
      deleteQuestion:
        '„{{name}}“ und seine gespeicherten Stände werden gelöscht. Das lässt sich nicht rückgängig machen.',
      deleteConfirm: 'Plan löschen',
      deleted: '„{{name}}“ wurde gelöscht.',
      duplicated: 'Dupliziert als „{{name}}“.',
      imported: '„{{name}}“ importiert.',
      exported: 'Exportiert nach {{where}}.',
      moreIssues_one: '… und {{count}} weiteres Problem.',
      moreIssues_other: '… und {{count}} weitere Probleme.',
      nothingChanged: 'Nichts wurde importiert, kein Plan wurde geändert.',
    },
    steps: {
      presales: 'Presales-Übersicht',
      project: 'Projekt',
      topology: 'Topologie',
      clients: 'Clients',
      printers: 'Drucker und Inselstandorte',
      features: 'Funktionen',
      review: 'Übersicht',
      probes: 'Prüfungen',
      export: 'Export',
    },
    intro: {
      presales:
        'Für das Angebot: Server und Komponenten, was die Firewall erlauben muss und was noch mit dem Hersteller zu klären ist.',
      project:
        'Für wen der Plan ist und welche Produktversion er beschreibt: davon hängen die Ports ab.',
      topology:
        'Die Output-Engine-Server und wo die unterstützenden Komponenten laufen. Jeder Host braucht einen Namen; Adressen machen die Regeln konkret.',
      clients: 'Wer Druckaufträge sendet oder die Oberflächen der Output Engine öffnet.',
      printers: 'Wohin die Output Engine druckt, und die Inselstandorte, die vor Ort drucken.',
      features:
        'Optionale Funktionen öffnen weitere Ports. Jede zeigt vor dem Umschalten, was sie hinzufügt oder entfernt.',
      review:
        'Was die Firewall erlauben muss: nach Zonen, als Diagramm und Regel für Regel. Das bekommt das Netzwerkteam.',
      probes:
        'Belege vor dem Installationstag, von diesem Rechner aus: Sind die geplanten Ports hier frei, welche Wege sind offen, und ein Responder, der sie bestätigt.',
      export:
        'Die Checkliste für das Netzwerkteam, Firewall-Skripte für die Server-Administratoren und die Plandatei.',
    },
    wizard: {
      steps: 'Schritte des Assistenten',
      stepOf: 'Schritt {{n}} von {{total}}',
      back: 'Zurück',
      next: 'Weiter: {{step}}',
      state: {
        checking: 'wird geprüft…',
        complete: 'vollständig',
        errors: 'hat Fehler',
        'not-visited': 'noch nicht besucht',
        upcoming: 'folgt später',
      },
      stateErrors_one: '{{count}} Fehler',
      stateErrors_other: '{{count}} Fehler',
      opens: 'Dieser Plan öffnet',
      firewallRules_one: 'Firewall-Regel',
      firewallRules_other: 'Firewall-Regeln',
      hostRules_one: 'Host-Regel',
      hostRules_other: 'Host-Regeln',
      current: 'hier sind Sie',
      computing: 'Regeln werden berechnet…',
      noMatrix: 'Die Regeln erscheinen, sobald die Felder des Plans richtig ausgefüllt sind.',
    },
    issue: { error: 'Fehler', warning: 'Warnung', fix: 'Abhilfe: {{fix}}' },
    summary: {
      errors_one: '{{count}} Fehler zu beheben',
      errors_other: '{{count}} Fehler zu beheben',
      warnings_one: '{{count}} Warnung zu prüfen',
      warnings_other: '{{count}} Warnungen zu prüfen',
    },
    paths: {
      plan: 'Der Plan',
      schemaVersion: 'Schemaversion',
      name: 'Name',
      kind: 'Art',
      hosts: 'Hosts',
      host: 'Host {{n}}',
      feature: 'Funktion {{n}}',
    },
    list: {
      showing: '{{shown}} von {{total}} angezeigt',
      showMore: '{{count}} weitere anzeigen',
      showAll: 'Alle {{count}} anzeigen',
    },
    project: {
      who: 'Kunde und Standort',
      what: 'Produkt',
      name: 'Name des Plans',
      customer: 'Kunde',
      site: 'Standort',
      technician: 'Techniker',
      productVersion: 'Produktversion',
      productVersionHint:
        'Die zu installierende Version von PLOSSYS Output Engine, von {{oldest}} bis {{newest}}.',
      os: 'Betriebssystem',
    },
    host: { name: 'Hostname', fqdn: 'FQDN', address: 'IP-Adresse' },
    topology: {
      installationTitle: 'Installationsart',
      installation: 'Installation',
      single: 'Einzelserver',
      singleHint: 'Ein OE-Knoten betreibt alles.',
      cluster: 'Cluster',
      clusterHint: 'Mehrere OE-Knoten, meist mit einem Managementserver.',
      nodes: 'OE-Knoten',
      node: 'OE-Knoten {{n}}',
      addNode: 'OE-Knoten hinzufügen',
      nodesSingleHint: 'Eine Einzelserver-Installation hat genau einen OE-Knoten.',
      nodesClusterHint:
        'Ein Cluster braucht eine ungerade Anzahl von OE-Knoten, drei oder mehr: MongoDB braucht eine Mehrheit davon, um weiterzuarbeiten.',
      managementServer: 'Managementserver',
      hasManagementServer: 'Die Installation hat einen Managementserver',
      managementServerHint:
        'Betreibt easyPRIMA, den Elastic Stack und Keycloak neben einem Cluster.',
      placement: 'Wo die Komponenten laufen',
      placementHint:
        'Elasticsearch mit Kibana, MongoDB und Keycloak laufen auf den OE-Knoten, wenn sie nicht anders platziert werden.',
      onNodes: 'Auf den OE-Knoten',
      onManagement: 'Auf dem Managementserver',
      onDedicated: 'Auf eigenen Hosts',
      dedicatedHosts: 'Hosts für {{component}}',
      dedicatedHost: 'Host {{n}} für {{component}}',
      addDedicatedHost: 'Host hinzufügen',
      loadBalancer: 'Load Balancer',
      hasLoadBalancer: 'Vor den OE-Knoten steht ein Load Balancer',
      loadBalancerHint: 'Inselstandorte erreichen darüber das Festland für Remote Printing.',
    },
    components: {
      elastic: 'Elasticsearch und Kibana',
      mongodb: 'MongoDB',
      keycloak: 'Keycloak',
    },
    clients: {
      intro:
        'Gruppieren Sie die Clients nach ihrer Aufgabe: jede Art braucht andere Ports. Tragen Sie einzelne Hosts oder ganze Netze ein.',
      groups: 'Client-Gruppen',
      group: 'Client-Gruppe {{n}}',
      newName: 'Client-Gruppe ',
      kind: 'Art der Clients',
      add: 'Client-Gruppe hinzufügen',
      remove: 'Client-Gruppe entfernen',
      none: 'Noch keine Client-Gruppen. Ohne sie öffnet der Plan nichts für Clients.',
    },
    clientKinds: {
      'lpr-clients': 'LPR-Clients (Windows, LPR-Portmonitor)',
      'ipp-clients': 'IPP-Clients',
      'sap-systems': 'SAP-Systeme',
      'admin-workstations': 'Arbeitsplätze der Administratoren',
      'api-consumers': 'API-Nutzer (PLOSSYS CLI, APW, easyPRIMA)',
      'infoclient-users': 'Infoclient-Benutzer',
    },
    addresses: {
      label: 'Adressen',
      item: 'Adresse {{n}}',
      line: 'Adresse {{n}}:',
      hint: 'Eine pro Zeile oder durch Kommas oder Leerzeichen getrennt: IP-Adressen, Netze (10.1.0.0/16) oder Hostnamen. Eine Liste einfügen geht auch.',
      count_one: '{{count}} Adresse',
      count_other: '{{count}} Adressen',
    },
    printers: {
      intro:
        'Drucker, auf die die OE-Knoten direkt drucken, und Inselstandorte, die vor Ort drucken.',
      networks: 'Druckernetze',
      networksHint:
        'Drucker, die die OE-Knoten direkt erreichen, mit den Protokollen, die sie annehmen.',
      network: 'Druckernetz {{n}}',
      newName: 'Drucker ',
      add: 'Druckernetz hinzufügen',
      protocols: 'Druckprotokolle (Port)',
      addressesHint:
        'Druckeradressen oder -netze: eine pro Zeile oder durch Kommas oder Leerzeichen getrennt.',
    },
    islands: {
      sites: 'Inselstandorte',
      site: 'Inselstandort {{n}}',
      hint: 'Eine Niederlassung mit eigenem Insel-Checkout-Host, der Aufträge von den OE-Knoten holt und auf die Drucker vor Ort druckt.',
      newName: 'Inselstandort ',
      add: 'Inselstandort hinzufügen',
      remove: 'Inselstandort entfernen',
      checkoutHosts: 'Insel-Checkout-Hosts',
      checkoutHost: 'Checkout-Host {{n}}',
      addCheckoutHost: 'Checkout-Host hinzufügen',
      printerNetwork: 'Lokales Druckernetz {{n}}',
      addPrinterNetwork: 'Lokales Druckernetz hinzufügen',
    },
    features: {
      intro: 'Schalten Sie ein, was der Kunde nutzt.',
      since: 'ab {{version}}',
      excludes: 'Schließt {{others}} aus.',
      ifOn: 'Einschalten:',
      ifOff: 'Ausschalten:',
      switchesOff: 'schaltet {{others}} aus,',
      computing: 'Änderungen werden berechnet…',
      needsClients: 'Öffnet Ports nur für eine Client-Gruppe der Art: {{kinds}}.',
      needsExternal: 'Braucht ein externes System der Art {{kind}} (unten).',
      needsIslands: 'Braucht Inselstandorte (Schritt 4).',
      clusterOnly: 'Öffnet Ports nur in einem Cluster.',
      previewUnavailable:
        'Was jede Funktion ändert, erscheint, sobald die Felder des Plans stimmen (siehe die Fehler der vorigen Schritte).',
    },
    change: {
      none: 'Ändert in diesem Plan keine Regel.',
      firewallRules: 'Firewall-Regeln: {{before}} → {{after}}',
    },
    externals: {
      title: 'Externe Systeme',
      hint: 'Systeme außerhalb der Installation, mit denen manche Funktionen sprechen: Prometheus, DPF, SAP, ein Identity Provider.',
      system: 'Externes System {{n}}',
      add: 'Externes System hinzufügen',
    },
    externalKinds: {
      prometheus: 'Prometheus',
      dpf: 'DPF',
      sap: 'SAP-System',
      'identity-provider': 'Identity Provider',
    },
    parameters: {
      title: 'Konfigurierbare Ports',
      hint: 'Die Vorgaben des Herstellers; ändern Sie sie nur, wo der Kunde andere Ports konfiguriert hat.',
      setting: 'Einstellung: {{setting}}',
      dpfApiPort: 'Port der DPF-REST-API',
      dpfCallbackPort: 'DPF-Callback-Port',
      identityProviderPort: 'Port des Identity Providers',
      sapSystemNumber: 'SAP-Systemnummer',
      sapSnc: 'SAP-Gateway mit SNC (48NN statt 33NN)',
      printerPorts: 'Druckerports',
    },
    evidence: {
      seed: 'Portliste des Herstellers',
      docs: 'Herstellerdoku',
      inferred: 'abgeleitet — mit dem Hersteller zu bestätigen',
      seedExplained: 'Steht auf der Seite „Used Ports“ des Herstellers:',
      docsExplained: 'Steht in anderer Dokumentation des Herstellers:',
      inferredExplained:
        'Von diesem Planer aus der Architektur des Produkts abgeleitet; bestätigen Sie die Regel vor dem Öffnen mit SEAL Systems oder durch eine Prüfung:',
    },
    review: {
      summary: 'Zusammenfassung',
      levels: { firewall: 'Firewall-Regeln', hosts: 'Host-Regeln' },
      flows: 'Flüsse',
      errors_one: 'Fehler',
      errors_other: 'Fehler',
      warnings_one: 'Warnung',
      warnings_other: 'Warnungen',
      computing: 'Regeln werden berechnet…',
      needsValidPlan:
        'Die Regeln erscheinen, sobald die Fehler oben behoben sind: manche Felder lassen sich noch nicht lesen.',
      diagram: 'Topologie',
      diagramHint:
        'Zonen als Kästen mit ihren Hosts, Pfeile vom Verbindenden zum Lauschenden, beschriftet mit den Ports. Zeigen Sie mit der Maus auf einen Pfeil, um alle seine Ports zu sehen.',
      zoneGrid: 'Zonenmatrix',
      zoneGridCaption:
        'Zeilen: woher die Verbindung kommt. Spalten: wohin sie geht. Zellen: die Ports.',
      from: 'Von',
      to: 'nach',
      noTraffic: 'kein Verkehr',
      noZones:
        'Noch kein Verkehr zwischen Zonen: Fügen Sie Clients, Drucker oder Inselstandorte hinzu.',
      hostRuleCount_one: '{{count}} Host-Regel',
      hostRuleCount_other: '{{count}} Host-Regeln',
      ruleCount_one: '{{count}} Regel',
      ruleCount_other: '{{count}} Regeln',
      rules: 'Regeln',
      rulesHint:
        'Firewall-Regeln fassen Host-Regeln so zusammen, wie ein Netzwerkteam sie schreibt. Zeigen Sie mit der Maus auf ein Beleg-Abzeichen oder fokussieren Sie es, um seine Quellen zu sehen.',
      level: 'Anzeigen',
      search: 'Suche',
      searchPlaceholder: 'Host, Adresse, Port, Dienst…',
      zonePair: 'Zonenpaar',
      allZonePairs: 'Alle Zonenpaare',
      allEvidence: 'Alle Belege',
      groupByZonePair: 'Nach Zonenpaar gruppieren',
      showing: {
        firewall_one: '{{shown}} von {{total}} Firewall-Regel',
        firewall_other: '{{shown}} von {{total}} Firewall-Regeln',
        hosts_one: '{{shown}} von {{total}} Host-Regel',
        hosts_other: '{{shown}} von {{total}} Host-Regeln',
      },
      columns: {
        id: 'ID',
        from: 'Von',
        to: 'Nach',
        port: 'Port',
        service: 'Dienst',
        neededFor: 'Nötig für',
        evidence: 'Beleg',
      },
      always: 'immer',
      andMore_one: '+{{count}} weiterer',
      andMore_other: '+{{count}} weitere',
      noRules: 'Keine Regel passt.',
    },
    presales: {
      pdf: 'PDF herunterladen',
      pdfTitle: 'Für das Angebot: eine Seite',
      pdfHint: 'Eine A4-Seite, in der Sprache der App.',
      downloaded: '{{file}} heruntergeladen.',
      computing: 'Die Übersicht wird berechnet…',
      needsValidPlan:
        'Die Übersicht erscheint, sobald die Fehler des Plans behoben sind (siehe die vorigen Schritte).',
      whatIf: 'Was wäre, wenn: mehr OE-Knoten',
      whatIfHint:
        'Was zusätzliche OE-Knoten an den Regeln ändern würden, bevor sich am Plan etwas ändert. Ein Cluster behält eine ungerade Zahl von Knoten.',
      show: 'Änderung zeigen',
      addNodes: 'Zusätzliche OE-Knoten',
      headline: '+{{count}} OE-Knoten ({{names}}): {{rules}}',
      addedRules_one: '+{{formatted}} Host-Regel',
      addedRules_other: '+{{formatted}} Host-Regeln',
      hostRules: 'Host-Regeln: {{before}} → {{after}}',
      singleServer:
        'Eine Einzelserver-Installation hat genau einen OE-Knoten: für mehr im Schritt Topologie einen Cluster wählen.',
      notValid: 'Mit {{count}} OE-Knoten wäre der Plan nicht gültig:',
    },
    compare: {
      title: 'Pläne vergleichen',
      intro:
        'Zwei Pläne der Bibliothek oder zwei Stände eines Plans: welche Regeln hinzukommen, entfallen oder sich ändern. Dem Netzwerkteam nur die Änderung übergeben.',
      before: 'Vorher',
      after: 'Nachher',
      plan: 'Plan',
      revision: 'Stand',
      revisionOption: 'Stand {{revision}}, {{date}}',
      currentOption: 'Stand {{revision}} (aktuell), {{date}}',
      level: 'Vergleichen als',
      compare: 'Vergleichen',
      comparing: 'Wird verglichen…',
      result: 'Änderungen',
      resultFor: '{{before}} → {{after}}',
      planRevision: '{{name}}, Stand {{revision}}',
      table: 'Regeln, die sich ändern, nach Zonenpaar',
      beforeAfter: 'Vorher → nachher',
      downloadCsv: 'CSV herunterladen',
      downloadPdf: 'PDF herunterladen',
      downloaded: '{{file}} heruntergeladen.',
      truncated:
        'Die Tabelle zeigt die ersten {{shown}} von {{total}} Änderungen; CSV und PDF enthalten alle.',
      noPlans: 'Die Bibliothek enthält noch keine Pläne: zuerst einen importieren oder anlegen.',
      columns: {
        change: 'Änderung',
        id: 'ID',
        from: 'Von',
        to: 'Nach',
        port: 'Port',
        service: 'Dienst und Zweck',
        changed: 'Was sich ändert',
      },
    },
    probes: {
      safety:
        'Die Prüfungen verbinden sich nur mit den Hosts und Ports dieses Plans, begrenzt viele gleichzeitig (standardmäßig {{concurrency}} Verbindungen). Auf diesem Rechner lauscht nichts, solange Sie den Responder nicht starten, und er beendet sich von selbst.',
      whereDesktop: 'Die Prüfungen laufen auf diesem Rechner.',
      whereBrowser:
        'Die Prüfungen laufen auf dem Rechner, auf dem der Server des Planers läuft: im Browser-Modus ist das ebenfalls dieser Rechner, wie in der Desktop-App.',
      machine: 'Dieser Rechner',
      machineHint:
        'Eine Prüfung belegt den Weg von dort, wo sie läuft: Wählen Sie den Host des Plans, der dieser Rechner ist, und prüfen Sie auf jedem Host selbst.',
      host: 'Host des Plans',
      chooseHost: 'Host wählen…',
      hostOption: '{{name}} ({{address}})',
      hostLocal: 'dieser Rechner hat seine Adresse',
      outbound_one: '{{count}} Host-Regel von hier zu prüfen',
      outbound_other: '{{count}} Host-Regeln von hier zu prüfen',
      listens_one: 'lauscht auf {{count}} geplantem Port',
      listens_other: 'lauscht auf {{count}} geplanten Ports',
      notLocal:
        'Dieser Rechner hat die geplante Adresse {{address}} nicht: Die Ports werden auf allen Adressen geprüft, und die Prüfungen gehen von der Adresse aus, die das System wählt.',
      loading: 'Die Hosts des Plans werden geladen…',
      asHost: 'als {{host}}',
      legend: 'Was die Status bedeuten',
      status: {
        verified:
          'Unser Responder hat mit der Kennung für diesen Plan, Host und Port geantwortet: Der Weg ist belegt. Nur der Responder kann diesen Status geben.',
        open: 'Etwas hat die Verbindung angenommen, aber nicht unser Responder: Der Dienst läuft schon, oder ein anderer Host hat die Adresse.',
        reachable:
          'Abgewiesen: Der Weg ist offen, und noch lauscht nichts. Vor der Installation normal; eine abweisende Firewall sieht genauso aus, daher belegt es erst „bestätigt“.',
        blocked:
          'Keine Antwort innerhalb des Zeitlimits: Eine Firewall verwirft die Pakete, oder der Host ist aus. Eine verlustreiche Leitung braucht ein längeres Zeitlimit.',
        unreachable:
          'Host oder Netz nicht erreichbar: Ein Router oder eine Firewall hat das gemeldet.',
        unresolved: 'Der Name des Ziels ließ sich nicht auflösen.',
        'open-or-filtered':
          'UDP ohne unseren Responder: Ohne Antwort ist ein offener Port nicht von einem gefilterten zu unterscheiden. Starten Sie den Responder auf dem Ziel, um es zu wissen.',
        untested:
          'Nicht geprüft: Das Ziel ist ein Netz (eine Prüfung testet einzelne Hosts), oder es lief noch keine Prüfung.',
      },
      local: {
        title: 'Sind die geplanten Ports hier frei?',
        intro:
          'Testet jeden Port, auf dem {{host}} lauschen muss, auf der Adresse, die seine Dienste verwenden: Ist er frei, und wenn nicht, welcher Prozess belegt ihn?',
        start: 'Ports prüfen',
        running: 'Prüfe {{done}} von {{total}}…',
        summary: '{{free}} von {{total}} Ports frei',
        none: 'Keine Host-Regel hat {{host}} als Ziel: Er lauscht auf keinem geplanten Port.',
        caption: 'Geplante Ports von {{host}}',
        port: 'Port',
        transport: 'Transport',
        service: 'Dienst',
        status: 'Status',
        free: 'frei',
        inUseBy: 'belegt von {{owner}}',
        inUse: 'belegt',
        owner: '{{process}} (PID {{pid}})',
        ownerPid: 'PID {{pid}}',
        'permission-denied': 'keine Berechtigung: Ein Port unter 1024 braucht Administratorrechte',
        'excluded-range': 'in einem von Windows ausgeschlossenen Portbereich',
        'bind-failed': 'lässt sich nicht binden',
      },
      responder: {
        title: 'Responder: den Weg zu diesem Host belegen',
        intro:
          'Lauscht auf den geplanten eingehenden Ports von {{host}} und beantwortet jede Prüfung mit einer Kennung aus Plan, Host und Port. Starten Sie ihn hier und prüfen Sie dann die Erreichbarkeit auf den anderen Hosts: Ihre Wege zu diesem werden „bestätigt“.',
        ttl: 'Beendet sich von selbst nach (Minuten)',
        start: 'Responder starten',
        stop: 'Responder beenden',
        listening_one: 'Lauscht auf {{count}} Port unter {{address}} bis {{time}}.',
        listening_other: 'Lauscht auf {{count}} Ports unter {{address}} bis {{time}}.',
        left: 'Endet in {{time}}',
        answered_one: '{{count}} Prüfung beantwortet',
        answered_other: '{{count}} Prüfungen beantwortet',
        none: 'Noch keine Prüfung eingetroffen.',
        stoppedTtl_one:
          'Nach Ablauf seiner Zeit von selbst beendet; {{count}} Prüfung beantwortet. Es lauscht nichts mehr.',
        stoppedTtl_other:
          'Nach Ablauf seiner Zeit von selbst beendet; {{count}} Prüfungen beantwortet. Es lauscht nichts mehr.',
        stopped_one: 'Beendet; {{count}} Prüfung beantwortet. Es lauscht nichts mehr.',
        stopped_other: 'Beendet; {{count}} Prüfungen beantwortet. Es lauscht nichts mehr.',
        caption: 'Prüfungen, die der Responder gesehen hat, neueste zuerst',
        time: 'Zeit',
        port: 'Port',
        from: 'Von',
        answer: 'Antwort',
        answeredRow: 'beantwortet',
        ignoredRow: 'ignoriert: {{reason}}',
      },
      reach: {
        title: 'Was ist von hier aus erreichbar?',
        intro:
          'Verbindet sich von {{host}} aus mit dem Ziel jeder seiner Host-Regeln und sagt, was geantwortet hat.',
        timeout: 'Zeitlimit je Versuch (ms)',
        concurrency: 'Gleichzeitige Verbindungen',
        start: 'Erreichbarkeit prüfen',
        cancel: 'Abbrechen',
        progress: 'Fortschritt der Erreichbarkeitsprüfung',
        progressText: '{{done}} von {{total}} Host-Regeln geprüft',
        preparing: 'Wird vorbereitet…',
        done_one:
          'Fertig: {{count}} Ergebnis ist mit dem Plan gespeichert; die Übersicht zeigt es.',
        done_other:
          'Fertig: {{count}} Ergebnisse sind mit dem Plan gespeichert; die Übersicht zeigt sie.',
        cancelled_one: 'Abgebrochen: Das {{count}} bis dahin fertige Ergebnis ist gespeichert.',
        cancelled_other:
          'Abgebrochen: Die {{count}} bis dahin fertigen Ergebnisse sind gespeichert.',
        failed: 'Die Prüfung ist fehlgeschlagen: {{message}}',
        filter: 'Ergebnisse zeigen',
        all: 'Alle',
        caption: 'Ergebnisse der Prüfung als {{host}}',
        destination: 'Ziel',
        port: 'Port',
        service: 'Dienst',
        status: 'Status',
        detail: 'Einzelheiten',
        nat: 'NAT: Der Responder sah {{seen}}, dieser Rechner sendete von {{sent}}.',
        more: 'Die Tabelle zeigt die ersten {{shown}} von {{total}}: Wählen Sie einen Status, um sie einzugrenzen.',
        noneWithStatus: 'Kein Ergebnis mit diesem Status.',
      },
      import: {
        title: 'Ergebnisse von der Kommandozeile',
        intro:
          'Auf einem Server ohne Oberfläche prüfen Sie dort und importieren den Bericht hier: Die Ergebnisse gelten für die Regeln dieses Plans, und Übersicht und Checkliste zeigen sie.',
        command: 'oe-ports probe reach --plan PLAN --as HOST --format json --out HOST-reach.json',
        file: 'Berichtsdatei (JSON) importieren',
        importing: '{{name}} wird importiert…',
        imported_one: '{{count}} Ergebnis von {{host}} importiert, geprüft {{time}}.',
        imported_other: '{{count}} Ergebnisse von {{host}} importiert, geprüft {{time}}.',
        skipped_one:
          '{{count}} Ergebnis wurde ausgelassen: Dieser Plan hat keine solche Regel mehr (er hat sich seit der Prüfung geändert: {{first}}). Prüfen Sie erneut, um es zu ergänzen.',
        skipped_other:
          '{{count}} Ergebnisse wurden ausgelassen: Dieser Plan hat keine solchen Regeln mehr (er hat sich seit der Prüfung geändert; die erste: {{first}}). Prüfen Sie erneut, um sie zu ergänzen.',
        cancelledRun:
          'Diese Prüfung wurde abgebrochen: Sie enthält nur die bis dahin geprüften Regeln.',
        tooLarge:
          '{{name}} ist größer als 10 MB: Importieren Sie den Bericht je eines Hosts, wie probe reach ihn schreibt.',
      },
      review: {
        title: 'Prüfergebnisse',
        hint: 'Host-Regeln nach ihrem letzten Prüfstatus. Prüfen Sie im Schritt „Prüfungen“, oder importieren Sie Ergebnisse von der Kommandozeile.',
        latest: 'Letzte Prüfung: {{time}}.',
        none: 'Noch keine Prüfergebnisse: Jede Host-Regel ist ungeprüft.',
        stale_one:
          '{{count}} gespeichertes Ergebnis nennt eine Regel, die dieser Plan nicht mehr hat (der Plan hat sich seit der Prüfung geändert).',
        stale_other:
          '{{count}} gespeicherte Ergebnisse nennen Regeln, die dieser Plan nicht mehr hat (der Plan hat sich seit der Prüfung geändert).',
        column: 'Prüfung',
        filter: 'Prüfstatus',
        all: 'Alle Status',
        probedBy: '{{status}}: geprüft {{time}} von {{host}} aus. {{detail}}',
        loadFailed: 'Die Prüfergebnisse ließen sich nicht laden: {{message}}',
      },
    },
    diagram: {
      title: 'Topologie: Zonen, ihre Hosts und die Ports dazwischen',
      addresses_one: '{{count}} Adresse',
      addresses_other: '{{count}} Adressen',
      printerNetworks_one: '{{count}} Druckernetz',
      printerNetworks_other: '{{count}} Druckernetze',
      loadBalancer: 'Load Balancer',
      more_one: '+ {{count}} weiterer',
      more_other: '+ {{count}} weitere',
      within: 'Innerhalb der Zone',
    },
    export: {
      formatTitle: 'Was exportieren',
      formatHint:
        'Jeder Export entsteht aus dem gespeicherten Plan, mit den dazu gespeicherten Prüfergebnissen.',
      audiences: {
        networkTeam: 'Für das Netzwerkteam',
        serverAdmins: 'Für die Server-Administratoren',
        colleagues: 'Für die Projektablage',
      },
      formats: {
        pdf: {
          label: 'PDF-Checkliste',
          hint: 'Zum Übergeben, Abhaken und Unterschreiben vor Ort: Deckblatt mit Zahlen, Topologie, eine Tabelle je Zonenpaar, Abnahme.',
        },
        csv: {
          label: 'CSV',
          hint: 'Eine Regel je Zeile mit den Spalten eines Änderungsantrags: für Ticketsysteme und Tabellen.',
        },
        xlsx: {
          label: 'Excel-Arbeitsmappe (XLSX)',
          hint: 'Dieselben Regeln mit Filtern und fixierter Kopfzeile; beide Ebenen, die Zonenmatrix und die Legenden auf eigenen Blättern.',
        },
        ps1: {
          label: 'PowerShell (Windows-Firewall)',
          hint: 'Ein Skript je Host mit New-NetFirewallRule für jede eingehende Regel, in einer Gruppe, die sich als Ganzes entfernen lässt.',
        },
        nft: {
          label: 'nftables (Linux)',
          hint: 'Eine Datei je Host für nft -f: eine eigene Tabelle lässt nur die geplanten Quellen an die geplanten Ports.',
        },
        firewalld: {
          label: 'firewalld (Linux)',
          hint: 'Ein Skript je Host für Hosts mit firewalld: ein Dienst und eine Rich Rule je geplanter Quelle.',
        },
        plan: {
          label: 'Plandatei (.oeplan.json)',
          hint: 'Der Plan selbst: zum Öffnen in einem anderen Planer, für die Projektablage oder als Anhang eines Tickets.',
        },
      },
      options: 'Optionen',
      language: 'Sprache des Exports',
      level: 'Regeln aufgeführt als',
      levels: {
        hosts: 'Host-Regeln',
        hostsHint: 'Eine je Quelle und Ziel: das, was eine Prüfung testet.',
        firewall: 'Firewall-Regeln',
        firewallHint: 'Zusammengefasst, wie ein Netzwerkteam sie schreibt (FW-001, …).',
      },
      delimiter: 'CSV-Profil',
      delimiters: {
        comma: 'Komma (,)',
        commaHint: 'Die meisten Tabellenprogramme, Ticketsysteme und Skripte.',
        semicolon: 'Semikolon (;)',
        semicolonHint: 'Ein deutsches Excel öffnet es in Spalten.',
      },
      host: 'Skripte für',
      allHosts: 'Jeden Host (je eine Datei)',
      planFileNote:
        'Die Plandatei enthält den Plan, wie er ist, auch mit Fehlern, aber nicht die Prüfergebnisse.',
      preview: 'Vorschau',
      previewing: 'Die Vorschau wird erstellt…',
      madeFrom: 'Aus Planstand {{revision}}.',
      rules_one: '{{count}} Regel',
      rules_other: '{{count}} Regeln',
      pages_one: '{{count}} Seite',
      pages_other: '{{count}} Seiten',
      firstRows: 'Die ersten {{shown}} von {{total}} Zeilen',
      firstRowsCaption: 'Die ersten Zeilen von {{file}}',
      scriptHosts: 'Skripte je Host',
      columns: {
        host: 'Host',
        file: 'Datei',
        rules: 'Eingehende Regeln',
        unaddressed: 'Quellen ohne Adresse',
        save: 'Speichern',
      },
      scriptStart: 'Der Anfang von {{file}}',
      warnings: 'Vor der Übergabe prüfen',
      save: 'Speichern…',
      download: 'Herunterladen',
      downloadHost: '{{file}} herunterladen',
      downloadAll_one: '{{count}} Datei herunterladen',
      downloadAll_other: '{{count}} Dateien herunterladen',
      saving: 'Die Datei wird erstellt…',
      saved: 'Gespeichert: {{paths}}',
      downloaded: 'Heruntergeladen: {{files}}',
      needsValidPlan:
        'Checkliste und Skripte entstehen aus den Regeln, und die Regeln stehen fest, sobald der Plan keine Fehler mehr hat. Beheben Sie diese zuerst; die Plandatei lässt sich so exportieren, wie sie ist.',
    },
  },
} as const satisfies Messages;
