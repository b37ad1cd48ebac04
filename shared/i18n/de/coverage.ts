import type * as en from '../en/coverage';
import type { Texts } from '../keys';

/** Deutsche Texte: welche geplanten Quellen eine Regel belegt haben, und die Übersicht eines Prüflaufs. */
export const coverage = {
  coverage: {
    summary_one: '{{verified}} von {{count}} Regel von jeder ihrer Quellen aus bestätigt{{rest}}',
    summary_other:
      '{{verified}} von {{count}} Regeln von jeder ihrer Quellen aus bestätigt{{rest}}',
    rest: ', {{parts}}',
    and: '{{list}}, {{part}}',
    blocked_one: '{{count}} blockiert',
    blocked_other: '{{count}} blockiert',
    unconfirmed_one: '{{count}} noch nicht belegt',
    unconfirmed_other: '{{count}} noch nicht belegt',
    notRun_one: '{{count}} noch nicht geprüft',
    notRun_other: '{{count}} noch nicht geprüft',
    host: '{{host}}',
    anyAddressOf: 'eine beliebige Adresse von {{group}}',
    state: {
      verified: 'vom Responder bestätigt',
      blocked: 'blockiert',
      unconfirmed: 'nicht belegt (kein Banner des Responders)',
      'not-run': 'noch nicht geprüft',
    },
    sourcesTitle: 'Quellen',
    none: 'Noch keine Prüfergebnisse: Keine Quelle hat bisher geprüft.',
    cover: 'Prüfabdeckung: {{summary}}',
  },
} as const satisfies Texts<typeof en.coverage>;
