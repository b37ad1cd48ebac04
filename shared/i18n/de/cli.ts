import type * as en from '../en/cli';
import type { Texts } from '../keys';

/** Deutsche Texte der Kommandozeile. */
export const cli = {
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
      delimiterOnlyCsv: '--delimiter gilt nur für --format csv (und für change-request-csv).',
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
      nonce:
        'Abhilfe: Geben Sie die Nonce so an, wie die Kampagne sie geschrieben hat: 8 bis 64 Buchstaben, Ziffern, - oder _.',
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
} as const satisfies Texts<typeof en.cli>;
