import { LOCALES, translator } from '../i18n';

// The change request sheet's columns, one list: the export writes them in this order, the import
// finds them by heading in any language, in any order.

export const CHANGE_COLUMNS = [
  'ruleId',
  'action',
  'sourceName',
  'source',
  'destinationName',
  'destination',
  'service',
  'appProtocol',
  'purpose',
  'requiredBy',
  'evidence',
  'temporaryUntil',
  'requester',
  'ticket',
  // The network team's answer.
  'status',
  'approver',
  'date',
  'comment',
  // Technical: what matches a row back to its rule and its plan.
  'ipVersion',
  'ruleKey',
  'planName',
  'planId',
  'revision',
] as const;
export type ChangeColumn = (typeof CHANGE_COLUMNS)[number];

/** Columns a spreadsheet may hide: they are for the import, not for people. */
export const TECHNICAL_COLUMNS: readonly ChangeColumn[] = [
  'ruleKey',
  'planName',
  'planId',
  'revision',
];

/** The columns the network team fills in. */
export const ANSWER_COLUMNS: readonly ChangeColumn[] = ['status', 'approver', 'date', 'comment'];

export const normalizeHeading = (heading: string): string =>
  heading.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every language's heading of every column, normalized: a sheet answered in either is understood. */
const BY_HEADING: ReadonlyMap<string, ChangeColumn> = new Map(
  LOCALES.flatMap((locale) => {
    const t = translator(locale);
    return CHANGE_COLUMNS.map((c): [string, ChangeColumn] => [
      normalizeHeading(t(`change.columns.${c}`)),
      c,
    ]);
  }),
);

export const columnOfHeading = (heading: string): ChangeColumn | undefined =>
  BY_HEADING.get(normalizeHeading(heading));
