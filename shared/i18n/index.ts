// The texts of every face in English and German, and what formats numbers, dates and issues.
export { LOCALES, MESSAGES, translator, localeOf, columnHeadings, type Locale } from './translator';
export type { MessageKey, Vars } from './keys';
export { text, textIn, isMessageKey, TextError, type Text, type TextValue } from './text';
export { INTL_TAG, formatNumber, formatDateTime } from './format';
export {
  featureLabel,
  featureDescription,
  purposeText,
  serviceText,
  noteText,
  NOTE_KEYS,
  PURPOSE_KEYS,
  SERVICE_KEYS,
} from './catalog-text';
export {
  issueText,
  localizeIssue,
  isIssueCode,
  type IssueCode,
  type IssueParams,
  type CodedIssue,
} from './issues';
