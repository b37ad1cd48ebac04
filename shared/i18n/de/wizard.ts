import type * as en from '../en/wizard';
import type { Texts } from '../keys';

/** Deutsche Texte: die Stelle des Assistenten in der Adresse, Rückgängig und Wiederholen, Plannamen. */
export const wizard = {
  wizard: {
    route: {
      noPlan:
        'Die Adresse nennt einen Plan, der nicht in dieser Bibliothek ist ({{id}}): Er wurde vielleicht gelöscht. Öffnen Sie einen Plan aus der Liste.',
    },
    history: {
      undo: 'Rückgängig',
      redo: 'Wiederholen',
      undoHint: 'Die letzte Änderung rückgängig machen (Strg+Z)',
      redoHint:
        'Die zuletzt rückgängig gemachte Änderung wiederholen (Strg+Umschalt+Z oder Strg+Y)',
      removed: '„{{name}}“ entfernt',
      undone: 'Änderung rückgängig gemacht',
      redone: 'Änderung wiederholt',
      dismiss: 'Schließen',
    },
  },
} as const satisfies Texts<typeof en.wizard>;
