import type { FeatureId } from '../catalog/model';
import { featureLabel } from './catalog-text';
import { en } from './en';
import type { Locale } from './profiles';
import { translator } from './translator';

/** What is wrong with a plan, as a key of the texts (issues.<code>.problem and .fix). */
export type IssueCode = keyof typeof en.issues;

/** The values an issue's text names: counts, names, ids. Lists are joined in the reader's language. */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

/** An issue as data: its code and values; the texts come from shared/i18n in either language. */
export interface CodedIssue {
  code: IssueCode;
  params: IssueParams;
}

export const isIssueCode = (value: unknown): value is IssueCode =>
  typeof value === 'string' && Object.hasOwn(en.issues, value);

/** How a face names a field of the plan ("nodes[2]" → "OE node 3 (oe3)"); raw paths otherwise. */
export type PathText = (path: string) => string;

const GIVEN_KINDS = ['list', 'object', 'null'];

/** The params as the texts read them: ids named in the language, lists joined, paths described. */
function textValues(
  locale: Locale,
  params: IssueParams,
  pathText?: PathText,
): Record<string, string | number> {
  const t = translator(locale);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] = typeof value === 'object' ? value.join(', ') : value;
  }
  const { feature, features, kinds, external, installation, expected, given, value, otherPath } =
    params;
  if (typeof feature === 'string') values.feature = featureLabel(locale, feature as FeatureId);
  if (Array.isArray(features)) {
    values.features = features
      .map((f: string) => featureLabel(locale, f as FeatureId))
      .join(t('issueWords.and'));
  }
  if (Array.isArray(kinds)) {
    values.kinds = kinds.join(t('issueWords.or'));
    values.kindNames = kinds.map((k: string) => t(`checklist.roles.${k}`)).join(t('issueWords.or'));
  }
  if (typeof external === 'string') values.externalName = t(`ui.externalKinds.${external}`);
  if (typeof installation === 'string') {
    values.installationName = t(`checklist.installations.${installation}`);
  }
  if (typeof expected === 'string') {
    values.expectedName = t(`issueWords.types.${expected}`, { defaultValue: expected });
  }
  if (typeof given === 'string') {
    values.givenText = GIVEN_KINDS.includes(given)
      ? t(`issueWords.${given}`)
      : t('issueWords.value', {
          type: t(`issueWords.given.${given}`, { defaultValue: given }),
          value: String(value),
        });
  }
  if (pathText && typeof otherPath === 'string') values.otherPath = pathText(otherPath);
  return values;
}

/** An issue's problem and fix in one language. */
export function issueText(
  locale: Locale,
  code: IssueCode,
  params: IssueParams = {},
  pathText?: PathText,
): { problem: string; fix: string } {
  const t = translator(locale);
  const values = textValues(locale, params, pathText);
  return { problem: t(`issues.${code}.problem`, values), fix: t(`issues.${code}.fix`, values) };
}

/** A plan issue in the reader's language; one without a known code keeps the texts it came with. */
export function localizeIssue(
  issue: CodedIssue & { problem: string; fix: string },
  locale: Locale,
  pathText?: PathText,
): { problem: string; fix: string } {
  return isIssueCode(issue.code)
    ? issueText(locale, issue.code, issue.params ?? {}, pathText)
    : { problem: issue.problem, fix: issue.fix };
}
