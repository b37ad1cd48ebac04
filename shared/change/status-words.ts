import { RULE_STATUSES, type RuleStatus } from '../plan/schema';
import { LOCALES, translator } from '../i18n';

// The one table of what a network team may write in the Status column: each status's name in every
// language, plus the shorthands people type. "done" means the port is open; "x" and "ok" a yes;
// "open" alone is not understood (requested or opened?): the report asks for a clear word.

const SHORTHANDS: Readonly<Record<RuleStatus, readonly string[]>> = {
  requested: [
    'request',
    'pending',
    'offen',
    'new',
    'neu',
    'angefragt',
    'beantragen',
    'in progress',
    'in bearbeitung',
  ],
  approved: [
    'approve',
    'x',
    'ok',
    'yes',
    'y',
    'ja',
    'j',
    'accepted',
    'akzeptiert',
    'freigegeben',
    'genehmigen',
    '✓',
    '✔',
  ],
  rejected: ['reject', 'no', 'n', 'nein', 'denied', 'declined', 'abgewiesen', 'verweigert'],
  opened: [
    'done',
    'erledigt',
    'implemented',
    'umgesetzt',
    'geoeffnet',
    'geoffnet',
    'freigeschaltet',
    'completed',
    'abgeschlossen',
  ],
  verified: ['tested', 'getestet', 'geprüft', 'geprueft', 'checked', 'confirmed', 'bestätigt'],
};

const normalize = (value: string): string =>
  value.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

const WORDS: ReadonlyMap<string, RuleStatus> = new Map(
  RULE_STATUSES.flatMap((status) => [
    [status, status] as const,
    ...LOCALES.map((l) => [normalize(translator(l)(`change.statuses.${status}`)), status] as const),
    ...SHORTHANDS[status].map((w) => [normalize(w), status] as const),
  ]),
);

/** The status a cell names, or undefined; a trailing full stop or exclamation mark is ignored. */
export function statusOfWord(value: string): RuleStatus | undefined {
  const word = normalize(value);
  return WORDS.get(word) ?? WORDS.get(word.replace(/[.!]+$/, ''));
}

/** Every word the import understands, by status (for the documentation and its test). */
export const STATUS_WORDS: Readonly<Record<RuleStatus, readonly string[]>> = Object.fromEntries(
  RULE_STATUSES.map((s) => [s, [...WORDS].filter(([, v]) => v === s).map(([w]) => w)]),
) as unknown as Record<RuleStatus, readonly string[]>;
