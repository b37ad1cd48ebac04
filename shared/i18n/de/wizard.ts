import type * as en from '../en/wizard';
import type { Texts } from '../keys';

/** Deutsche Texte: die Stelle des Assistenten in der Adresse, Rückgängig und Wiederholen, Plannamen. */
export const wizard = {
  wizard: {
    route: {
      noPlan:
        'Die Adresse nennt einen Plan, der nicht in dieser Bibliothek ist ({{id}}): Er wurde vielleicht gelöscht. Öffnen Sie einen Plan aus der Liste.',
    },
    names: {
      taken:
        '„{{name}}“ ist bereits der Name eines anderen Plans in dieser Bibliothek. Wählen Sie einen anderen Namen: Plannamen sind eindeutig, damit Listen, Berichte und Statuslisten die Pläne nicht verwechseln.',
      importExists:
        'Ein Plan namens „{{name}}“ ist bereits in dieser Bibliothek. Ersetzen Sie ihn durch den Plan aus der Datei (seine Prüfergebnisse bleiben erhalten), oder behalten Sie beide (der Plan aus der Datei heißt dann „{{copy}}“).',
      importTitle: 'Dieser Plan ist bereits in der Bibliothek',
      replace: 'Ersetzen',
      keepBoth: 'Beide behalten',
      cancel: 'Abbrechen',
      replaced: '„{{name}}“ wurde durch den Plan aus der Datei ersetzt',
    },
    localCheck: {
      problemsOnly: 'Nur Probleme',
      noProblems: 'Keine Probleme: Alle geplanten Ports sind auf {{host}} frei.',
    },
    reports: {
      otherPlan:
        '{{file}} ist ein Bericht eines anderen Plans („{{probed}}“), nicht von „{{plan}}“: Die Plan-ID im Bericht ist nicht die dieses Plans. Importieren Sie ihn in den Plan, für den geprüft wurde, oder prüfen Sie erneut mit der Datei dieses Plans.',
    },
    rules: {
      expand: 'Die ganze Regel zeigen: Quellen, Ziele, Ports und Beleg',
    },
    history: {
      group: 'Rückgängig und Wiederholen',
      undo: 'Rückgängig',
      redo: 'Wiederholen',
      undoHint: 'Die letzte Änderung rückgängig machen (Strg+Z)',
      redoHint:
        'Die zuletzt rückgängig gemachte Änderung wiederholen (Strg+Umschalt+Z oder Strg+Y)',
      removed: '„{{name}}“ entfernt',
      dismiss: 'Schließen',
    },
  },
} as const satisfies Texts<typeof en.wizard>;
