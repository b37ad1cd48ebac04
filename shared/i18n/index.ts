// Each language's texts and profile, and what formats numbers, dates and issues.
export {
  LOCALES,
  LOCALE_PROFILES,
  localeOf,
  afterColon,
  type Locale,
  type LocaleProfile,
} from './profiles';
export { MESSAGES, translator, columnHeadings } from './translator';
export type { MessageKey, Messages, Vars } from './keys';
export { text, textIn, isMessageKey, TextError, type Text, type TextValue } from './text';
export { formatNumber, formatDateTime } from './format';
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
