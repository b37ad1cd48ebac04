import type * as en from '../en/change';
import type { Texts } from '../keys';

/** Deutsche Texte des Änderungsantrags, seiner eingelesenen Antwort und der Regelstatus in der App. */
export const change = {
  change: {
    columns: {
      ruleId: 'Regel-ID',
      action: 'Aktion',
      sourceName: 'Quellname',
      source: 'Quelle',
      destinationName: 'Zielname',
      destination: 'Ziel',
      service: 'Dienst',
      appProtocol: 'Anwendungsprotokoll',
      purpose: 'Zweck und geschäftliche Begründung',
      requiredBy: 'Benötigt von',
      evidence: 'Beleg',
      temporaryUntil: 'Befristet bis',
      requester: 'Antragsteller',
      ticket: 'Ticket',
      status: 'Status',
      approver: 'Bearbeitet von',
      date: 'Datum',
      comment: 'Kommentar',
      ipVersion: 'IP-Version',
      ruleKey: 'Regelschlüssel',
      planName: 'Plan',
      planId: 'Plan-ID',
      revision: 'Planrevision',
    },
    action: { allow: 'erlauben' },
    theInstallation: 'die Installation',
    statuses: {
      requested: 'beantragt',
      approved: 'genehmigt',
      rejected: 'abgelehnt',
      opened: 'geöffnet',
      verified: 'verifiziert',
    },
    sheet: {
      title: 'Änderungsantrag',
      about: 'Über',
      rulesV4: 'IPv4-Regeln',
      rulesV6: 'IPv6-Regeln',
      plan: 'Plan',
      planId: 'Plan-ID',
      planIdNone: '(Plandatei, nicht in einer Bibliothek)',
      revision: 'Planrevision',
      level: 'Regeln aufgeführt als',
      levels: { hosts: 'Host-Regeln', firewall: 'Firewall-Regeln' },
      created: 'Erstellt',
      customer: 'Kunde',
      ticket: 'Ticket',
      requestedDate: 'Gewünscht bis',
      requester: 'Antragsteller',
      networkContact: 'Ansprechpartner Netzwerk',
      howTo: 'So antworten Sie',
      howToText:
        'Füllen Sie für jede Regel Status, Bearbeitet von, Datum und Kommentar aus und senden Sie die Datei zurück. Status: beantragt, genehmigt, abgelehnt (Begründung im Kommentar), geöffnet oder verifiziert. Lassen Sie die Spalten Regelschlüssel, Plan und Plan-ID unverändert: Über sie wird jede Zeile ihrer Regel zugeordnet.',
    },
    import: {
      rowNoKey:
        'kein Regelschlüssel (die Spalte Regelschlüssel ist leer): Die Zeile lässt sich keiner Regel zuordnen',
      rowStatusUnknown:
        'Der Status „{{value}}“ ist unbekannt: Schreiben Sie beantragt, genehmigt, abgelehnt, geöffnet oder verifiziert',
      rowNoStatus: 'kein Status angegeben: Die Regel behält ihren Status',
      rowDuplicate:
        'Regel {{rule}} wird ein zweites Mal beantwortet (zuerst in Zeile {{first}}): Diese Zeile wird nicht verwendet',
      rowDate:
        'Das Datum „{{value}}“ lässt sich nicht lesen: Schreiben Sie es als 31.12.2026 oder 2026-12-31',
      rowCut: 'Der Kommentar war länger als {{max}} Zeichen und wurde gekürzt',
      where: '{{sheet}}, Zeile {{row}}',
      notSheet:
        '{{file}} ist kein Änderungsantrag dieses Planers: Kein Blatt hat die Spalten „Regelschlüssel“ und „Status“. Exportieren Sie den Änderungsantrag erneut und füllen Sie ihn aus.',
      notSpreadsheet:
        '{{file}} ist weder eine Excel-Arbeitsmappe (XLSX) noch eine CSV-Datei. Speichern Sie die Antwort als XLSX oder CSV und importieren Sie sie erneut.',
      damaged:
        '{{file}} lässt sich nicht als Excel-Arbeitsmappe lesen ({{message}}). Speichern Sie sie erneut als XLSX oder CSV.',
      tooLarge:
        '{{file}} ist größer als {{max}} MB: Der Änderungsantrag eines Plans ist weit kleiner. Importieren Sie den vom Planer exportierten, ausgefüllten Antrag.',
      tooManyRows:
        '{{file}} hat mehr als {{max}} Zeilen: So viele Regeln mit Status kann ein Plan nicht haben. Importieren Sie den vom Planer exportierten, ausgefüllten Antrag.',
      otherPlan:
        'Dieser Antrag gehört zum Plan „{{sheetPlan}}“, nicht zu „{{plan}}“: Es wurde nichts geändert. Importieren Sie ihn in den Plan, aus dem er exportiert wurde.',
      mixedPlans:
        'Die Zeilen dieses Antrags nennen verschiedene Pläne ({{plans}}): Es wurde nichts geändert. Importieren Sie die Anträge der Pläne einzeln.',
      otherRules_one:
        'Dieser Antrag stammt aus Revision {{revision}}, deren Regeln sich von den heutigen des Plans unterscheiden: Regel {{rules}} ist nicht mehr im Plan. Es wurde nichts geändert: Exportieren Sie den Änderungsantrag erneut und lassen Sie das Netzwerkteam diesen beantworten.',
      otherRules_other:
        'Dieser Antrag stammt aus Revision {{revision}}, deren Regeln sich von den heutigen des Plans unterscheiden: Die Regeln {{rules}} sind nicht mehr im Plan. Es wurde nichts geändert: Exportieren Sie den Änderungsantrag erneut und lassen Sie das Netzwerkteam diesen beantworten.',
      andMore: '{{list}} und {{count}} weitere',
      nothingUsable:
        'Keine Zeile des Antrags war verwendbar: Es wurde nichts geändert. Der Bericht unten nennt für jede Zeile den Grund.',
      needsOut:
        'Geben Sie an, wohin der Plan mit seinen Status geschrieben wird: --out <Datei> (auch die Plandatei selbst), oder --dry-run, um nur den Bericht zu sehen.',
    },
    report: {
      used_one: '{{count}} Zeile verwendet',
      used_other: '{{count}} Zeilen verwendet',
      refused_one: '{{count}} Zeile nicht verwendet',
      refused_other: '{{count}} Zeilen nicht verwendet',
      changed_one: 'Bei {{count}} Regel ändert sich der Status',
      changed_other: 'Bei {{count}} Regeln ändert sich der Status',
      wrote: '{{path}} geschrieben: der Plan mit den Status von {{count}} Regeln.',
      dryRun: 'Nichts geschrieben (--dry-run).',
      row: '{{where}}: {{reason}}',
    },
    ui: {
      importTitle: 'Antwort des Netzwerkteams importieren',
      importHint:
        'Der Änderungsantrag (XLSX oder CSV) mit ausgefüllten Spalten Status, Bearbeitet von, Datum und Kommentar. Erst nach Ihrer Bestätigung ändert sich etwas.',
      chooseFile: 'Beantworteten Antrag wählen…',
      reading: 'Der Antrag wird gelesen…',
      confirm: 'Diese Status übernehmen',
      cancel: 'Abbrechen',
      applied_one: 'Der Status von {{count}} Regel wurde gesetzt (Planrevision {{revision}}).',
      applied_other: 'Die Status von {{count}} Regeln wurden gesetzt (Planrevision {{revision}}).',
      refusedRows: 'Nicht verwendete Zeilen',
      changes: 'Statusänderungen',
      noChanges: 'Der Antrag ändert keinen Status.',
      statusColumn: 'Status',
      statusFilter: 'Status',
      anyStatus: 'Jeder Status',
      noStatus: 'kein Status',
      statusChanged: 'Status geändert',
      statusChangedHint:
        'Regeln, deren Änderungsstatus sich zwischen den beiden Revisionen unterscheidet.',
      statusFromTo: '{{from}} → {{to}}',
    },
  },
} as const satisfies Texts<typeof en.change>;
