import type * as en from '../en/errors';
import type { Texts } from '../keys';

/** Deutsche Texte: was an einem Plan falsch ist und was die Node-Seite antwortet, wenn ein Aufruf nicht gelingt. */
export const errors = {
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
      problem:
        'ist {{value}}, aber dieser Planer liest Pläne der Schemaversionen {{oldest}} bis {{expected}}',
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
    'date-invalid': {
      problem: 'ist kein Datum im Format JJJJ-MM-TT',
      fix: 'schreiben Sie es wie 2027-03-31',
    },
    'email-invalid': {
      problem: 'ist keine E-Mail-Adresse',
      fix: 'schreiben Sie sie wie netops@example.com, oder lassen Sie das Feld leer',
    },
    'phone-invalid': {
      problem: 'ist keine Telefonnummer',
      fix: 'verwenden Sie nur Ziffern, Leerzeichen und + ( ) / . -, etwa +49 2102 1234-0',
    },
    'zone-name-invalid': {
      problem:
        'ist kein Name, den eine Zonen-Firewall annimmt (zuerst ein Buchstabe, dann Buchstaben, Ziffern, - _ oder ., höchstens 31 Zeichen)',
      fix: 'schreiben Sie ihn wie dmz_print oder inside',
    },
    'host-name-invalid': {
      problem:
        '„{{value}}“ ist kein gültiger Hostname (RFC 1123: Buchstaben a–z, Ziffern und Bindestriche in durch Punkte getrennten Teilen von höchstens 63 Zeichen; kein Teil beginnt oder endet mit einem Bindestrich)',
      fix: 'schreiben Sie ihn wie oe2 oder oe2.example.com',
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
      problem: 'ist leer',
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
    'management-server-unused': {
      problem:
        'öffnet nichts: Keine Komponente liegt darauf, und keine eingeschaltete Funktion nutzt ihn',
      fix: 'platzieren Sie den Elastic Stack oder Keycloak darauf, oder entfernen Sie ihn',
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
    'host-twice': {
      problem:
        '„{{name}}“ ist doppelt eingetragen: {{otherPath}} hat denselben Namen und dieselbe Adresse',
      fix: 'entfernen Sie diesen Eintrag, oder tragen Sie Namen und Adresse des anderen Servers ein',
    },
    'host-without-address': {
      problem:
        '„{{name}}“ hat keine Adresse und keinen FQDN, daher nennen seine Regeln nur den Namen',
      fix: 'tragen Sie seine IP-Adresse oder seinen FQDN ein',
    },
    'source-without-ip': {
      problem:
        'ist Quelle von Regeln dieses Plans, hat aber keine IP-Adresse („{{name}}“ ist nur ein Name): Eine Firewall kann für einen Namen keinen Port öffnen, daher lassen die Host-Skripte ihn geschlossen',
      fix: 'tragen Sie die IP-Adresse ein',
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
    'client-in-network': {
      problem:
        '„{{address}}“ liegt in {{network}} von {{otherPath}}, diese Clients stehen also in zwei Gruppen',
      fix: 'führen Sie jeden Client in nur einer Client-Gruppe, außer er spielt beide Rollen',
    },
    'island-printers-overlap': {
      problem:
        '„{{address}}“ überschneidet sich mit {{network}} von {{otherPath}}: Die OE-Knoten würden diese Drucker sowohl direkt als auch über die Insel ansprechen',
      fix: 'tragen Sie jedes Druckernetz nur einmal ein: beim Inselstandort, wenn die Insel darauf druckt, sonst unter den Druckernetzen',
    },
    'client-group-unused': {
      problem: 'öffnet nichts: Keine eingeschaltete Funktion bedient {{kindNames}}',
      fix: 'schalten Sie die Funktion ein, die diese Clients nutzen, oder entfernen Sie die Gruppe',
    },
    'island-site-unused': {
      problem: 'öffnet nichts: Keine eingeschaltete Funktion nutzt Inselstandorte',
      fix: 'schalten Sie {{feature}} ein, oder entfernen Sie den Inselstandort',
    },
    'external-system-unused': {
      problem:
        'öffnet nichts: Keine eingeschaltete Funktion verbindet sich damit ({{externalName}})',
      fix: 'schalten Sie die Funktion ein, für die es da ist, oder entfernen Sie es',
    },
    'feature-twice': {
      problem: '{{feature}} ist doppelt aufgeführt',
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
    'printer-protocols-unverified': {
      problem:
        '{{protocols}} sind ab {{since}} dokumentiert, und 5.3.0 dokumentiert nur LPR und Socket: Ob {{version}} sie kennt, ist nicht dokumentiert',
      fix: 'lassen Sie sich von SEAL Systems bestätigen, dass {{version}} sie bietet, oder verwenden Sie LPR oder Socket',
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
} as const satisfies Texts<typeof en.errors>;
