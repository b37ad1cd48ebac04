import type * as en from '../en/imports';
import type { Texts } from '../keys';

/** Deutsche Texte: Drucker, Druckernetze und Client-Gruppen aus einer Tabelle importieren. */
export const imports = {
  imports: {
    fields: {
      name: 'Name',
      address: 'Adresse oder Netz',
      protocol: 'Protokoll',
      port: 'Port',
      site: 'Inselstandort',
    },
    reasons: {
      control:
        'Die Zelle „{{field}}“ enthält ein Steuerzeichen ({{character}}): Entfernen Sie den Zeilenumbruch oder das Steuerzeichen daraus',
      noAddress: 'Keine Adresse: Tragen Sie die IP-Adresse oder den Hostnamen des Druckers ein',
      notAddress:
        '„{{value}}“ ist weder eine IP-Adresse noch ein Hostname (RFC 1123: Buchstaben, Ziffern und Bindestriche zwischen Punkten)',
      notNetwork:
        '„{{value}}“ ist kein Netz: Schreiben Sie es als Adresse/Präfix, z. B. 10.40.0.0/22',
      hostBits: 'In „{{value}}“ sind Host-Bits gesetzt: Das Netz ist {{network}}',
      protocol:
        'Das Protokoll „{{value}}“ ist unbekannt: Schreiben Sie Raw (oder 1), LPR (oder 2), IPP oder IPPS',
      port: 'Der Port „{{value}}“ ist keiner der Druckerports des Plans (Raw 9100, LPR 515, IPP 631, IPPS 443)',
      portDiffers:
        'Der Port {{value}} weicht vom {{protocol}}-Port {{port}} des Plans ab: Ändern Sie den Druckerport in den Parametern des Plans oder die Zeile',
      nameLong: 'Der Name ist länger als {{maximum}} Zeichen: Kürzen Sie ihn',
      noSite:
        'Der Plan hat keinen Inselstandort „{{value}}“: Legen Sie den Standort zuerst an, oder korrigieren Sie die Zeile',
    },
    outcomes: {
      imported: 'importiert',
      merged: 'liegt in „{{into}}“',
      mergedAdds: 'liegt in „{{into}}“, das nun auch {{protocols}} erhält',
      duplicate: 'bereits im Plan als „{{of}}“',
      refused: 'abgelehnt: {{reason}}',
    },
    counts:
      '{{imported}} zu importieren, {{merged}} in bestehenden Netzen, {{duplicate}} doppelte übersprungen, {{refused}} abgelehnt',
    summary_one: '{{count}} Adresse in {{network}} ({{extra}} weitere Adressen eingeschlossen)',
    summary_other: '{{count}} Adressen in {{network}} ({{extra}} weitere Adressen eingeschlossen)',
    tooMany:
      '{{list}} hätte {{count}} Einträge, mehr als die {{maximum}}, die ein Plan erlaubt: Fassen Sie Adressen zu Netzen zusammen, oder importieren Sie weniger Zeilen',
    ui: {
      ports:
        'Ports desselben Druckservers (sein Export von Get-PrinterPort), über den Portnamen verknüpft',
      tooLarge:
        '{{file}} ist größer als {{maximum}} MB, mehr als jede Druckerliste: Teilen Sie die Datei auf.',
      notPair:
        '{{file}} und {{ports}} sind kein Paar aus Get-Printer (Name, PortName) und Get-PrinterPort (Name, PrinterHostAddress): Wählen Sie die beiden Exporte eines Druckservers.',
      open: 'Aus Tabelle importieren …',
      title: 'Aus einer Tabelle importieren',
      file: 'Tabelle (CSV oder XLSX)',
      fileKind: '{{rows}} Zeilen · {{format}}',
      csv: 'CSV, getrennt durch {{delimiter}}, {{encoding}}',
      xlsx: 'XLSX, erstes Blatt',
      delimiters: { comma: 'Komma', semicolon: 'Semikolon', tab: 'Tabulator' },
      headed: 'Die erste Zeile enthält Überschriften',
      columns: 'Spalten',
      noColumn: '(keine)',
      remembered: 'Die Spalten des letzten Imports in diesen Plan.',
      guessed:
        'Aus den Überschriften und den ersten Zeilen erkannte Spalten: Bitte prüfen Sie sie.',
      firstRows: 'Erste Zeilen',
      row: 'Zeile',
      into: 'Importieren in',
      intoPrinters: 'Druckernetze',
      intoIsland: 'Inselstandort „{{name}}“',
      kind: 'Art der Clients (Zeilen ohne Protokoll)',
      defaultGroup: 'Importierte Clients',
      widest: 'Einzelne Adressen zu Netzen zusammenfassen',
      noSummary: 'Nicht zusammenfassen',
      upTo: 'höchstens /{{prefix}} ({{count}} Adressen)',
      summaries: 'Netze statt einzelner Adressen',
      rows: 'Was mit jeder Zeile geschieht',
      only: 'Zeilen, die nicht unverändert importiert werden',
      noAddressColumn: 'Wählen Sie die Spalte, die die Adressen enthält.',
      confirm_one: '{{count}} Zeile importieren',
      confirm_other: '{{count}} Zeilen importieren',
      cancel: 'Abbrechen',
      done: '{{count}} Zeilen aus {{file}} importiert.',
      unreadable: '{{file}} lässt sich nicht als Tabelle lesen: {{reason}}',
      more: '… und {{count}} weitere',
    },
    cli: {
      notPair:
        '{{file}} und der Port-Export sind kein Paar aus Get-Printer (Name, PortName) und Get-PrinterPort (Name, PrinterHostAddress). Abhilfe: Nennen Sie die beiden Exporte eines Druckservers.',
      tooLarge:
        '{{file}} ist größer als {{maximum}} MB, mehr als jede Druckerliste. Abhilfe: Teilen Sie die Datei auf.',
      row: 'Zeile {{row}}: {{outcome}}',
      report: '{{file}}: {{counts}}',
      wrote: '{{path}} geschrieben',
      mappingSyntax:
        '„{{value}}“ hat nicht die Form Feld=Spalte. Abhilfe: Schreiben Sie z. B. name=Name,address=HostAddress (Felder: name, address, protocol, port, site; eine Spalte mit ihrer Überschrift oder als #3).',
      noSuchColumn:
        'Die Datei hat keine Spalte „{{column}}“ (ihre Spalten: {{columns}}). Abhilfe: Nennen Sie eine davon.',
      noAddressColumn:
        'Keine Spalte von {{file}} enthält Adressen. Abhilfe: Nennen Sie sie mit --mapping address=SPALTE.',
      into: '„{{value}}“ ist kein Ziel. Abhilfe: Schreiben Sie printers, clients oder island:STANDORT.',
      noSite:
        'Der Plan hat keinen Inselstandort „{{site}}“. Abhilfe: Nennen Sie einen von: {{sites}}.',
      widest:
        '„{{value}}“ ist keine Präfixlänge von 16 bis 30. Abhilfe: Schreiben Sie z. B. --summarise 24.',
      refused_one:
        '{{count}} Zeile abgelehnt: Nichts geschrieben. Abhilfe: Korrigieren Sie sie in der Tabelle, oder importieren Sie mit --skip-refused die übrigen Zeilen.',
      refused_other:
        '{{count}} Zeilen abgelehnt: Nichts geschrieben. Abhilfe: Korrigieren Sie sie in der Tabelle, oder importieren Sie mit --skip-refused die übrigen Zeilen.',
      tooMany: '{{message}}. Nichts geschrieben.',
      notSpreadsheet:
        '{{file}} ist keine CSV- oder XLSX-Datei, die dieser Planer lesen kann: {{reason}}',
    },
  },
} as const satisfies Texts<typeof en.imports>;
