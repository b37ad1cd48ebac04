import type * as en from '../en/temporary';
import type { Texts } from '../keys';

/** Deutsche Texte einer befristeten Funktion: Regeln nur für die Installation oder einen Test. */
export const temporary = {
  temporaryFeature: {
    label: 'Befristet',
    hint: 'Ihre Regeln werden nur eine Zeit lang gebraucht: Die Checkliste nennt das Enddatum.',
    reason: 'Benötigt für',
    reasons: { installation: 'für die Installation', test: 'für einen Test' },
    until: 'bis',
    untilField: 'Befristet bis',
  },
} as const satisfies Texts<typeof en.temporary>;
