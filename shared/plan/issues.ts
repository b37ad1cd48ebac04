import type { z } from 'zod';
import {
  afterColon,
  issueText,
  isIssueCode,
  localizeIssue,
  translator,
  type CodedIssue,
  type IssueCode,
  type IssueParams,
  type Locale,
} from '../i18n';
import { describePath } from './paths';
import { OLDEST_SCHEMA_VERSION } from './schema-version';

/**
 * A problem with a plan, named by its field: what is wrong and how to fix it. `code` and `params`
 * are the issue as data (shared/i18n renders it in either language); `problem` and `fix` are its
 * English rendering, for logs, files and the tests.
 */
export interface PlanIssue extends CodedIssue {
  severity: 'error' | 'warning';
  /** The field, e.g. "nodes[1].address". */
  path: string;
  /** What is wrong, reading on from the field name. */
  problem: string;
  fix: string;
}

export function planIssue(
  severity: PlanIssue['severity'],
  path: string,
  code: IssueCode,
  params: IssueParams = {},
): PlanIssue {
  return { severity, path, code, params, ...issueText('en', code, params) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * One line for a terminal or a log: "error: nodes: has 4 OE nodes, … Fix: …." The field stays the
 * file's path (what a technician editing the JSON looks for); given the plan's document, the wizard's
 * name for it comes first: "OE node 2 (oe1), nodes[1]: …". Other fields a message names read as the
 * wizard labels them ("OE node 1", not "nodes[0]").
 */
export function formatIssue(issue: PlanIssue, locale: Locale = 'en', document?: unknown): string {
  const t = translator(locale);
  const describe = (path: string) => describePath(locale, path, document);
  const { problem, fix } = localizeIssue(issue, locale, describe);
  const field =
    issue.path && document !== undefined ? `${describe(issue.path)}, ${issue.path}` : issue.path;
  return t('cli.issue', {
    severity: t(`cli.severity.${issue.severity}`),
    path: field || t('cli.wholePlan'),
    problem,
    // German begins a whole sentence after a colon with a capital ("Abhilfe: Prüfen Sie …").
    fix: afterColon(locale, fix),
  });
}

export const hasErrors = (issues: readonly PlanIssue[]) =>
  issues.some((i) => i.severity === 'error');

const PREVIEW_CHARS = 40;
const MAX_LISTED = 10;
/** Issues of one plan said at most: a file with a million wrong entries is said in a page. */
const MAX_ISSUES = 200;

/**
 * A value as a message quotes it: never serialised whole (it may be nested thousands of levels or
 * megabytes long), a string cut to a preview with its control characters escaped.
 */
export function preview(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[…] (${value.length})`;
  if (typeof value === 'object') return '{…}';
  if (typeof value === 'string') {
    const cut = value.length > PREVIEW_CHARS ? `${value.slice(0, PREVIEW_CHARS)}…` : value;
    return JSON.stringify(cut);
  }
  return String(value);
}

/** What the value is, for "should be a number, not …": a kind, or a type with the value. */
function given(value: unknown): IssueParams {
  if (value === null) return { given: 'null' };
  if (Array.isArray(value)) return { given: 'list' };
  if (typeof value === 'object') return { given: 'object' };
  return { given: typeof value, value: preview(value) };
}

/** A check's values as a message may quote them: a long text (a typed-in address) cut to a preview. */
const bounded = (params: IssueParams): IssueParams =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'string' && v.length > PREVIEW_CHARS ? `${v.slice(0, PREVIEW_CHARS)}…` : v,
    ]),
  );

/** The first few names of a list, quoted; "…" says there are more. */
const listed = (names: readonly string[]) => [
  ...names.slice(0, MAX_LISTED).map((n) => preview(n).replace(/^"|"$/g, '')),
  ...(names.length > MAX_LISTED ? ['…'] : []),
];

const choices = (values: readonly unknown[]) => values.map(String);

/** Turn a schema failure into issues a technician can act on. */
export function fromZod(error: z.ZodError, input: unknown): PlanIssue[] {
  const said = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = formatPath(issue.path);
    const value = issue.path.reduce<unknown>(
      (v, key) =>
        v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined,
      input,
    );
    const fail = (code: IssueCode, params: IssueParams = {}) =>
      planIssue('error', path, code, params);
    if (path === 'schemaVersion' && value !== undefined) {
      const expected = (issue as { values?: unknown[] }).values?.[0] ?? 1;
      return fail('schema-version', {
        value: preview(value),
        oldest: String(OLDEST_SCHEMA_VERSION),
        expected: String(expected),
      });
    }
    if (value === undefined && issue.code === 'invalid_value') {
      return fail('missing-choice', { options: choices(issue.values) });
    }
    if (value === undefined && issue.code === 'invalid_type') {
      return fail('missing', { expected: issue.expected });
    }
    // The schema's own checks carry their issue code as the message (schema.ts).
    if (isIssueCode(issue.message)) {
      const params = bounded((issue as { params?: IssueParams }).params ?? {});
      // A size check's bound comes with the issue itself (zod keeps no params on .max()).
      const bound: IssueParams = issue.code === 'too_big' ? { maximum: Number(issue.maximum) } : {};
      return fail(issue.message, { ...params, ...bound });
    }
    switch (issue.code) {
      case 'invalid_type':
        return fail('wrong-type', { expected: issue.expected, ...given(value) });
      case 'invalid_value':
        return fail('not-allowed', {
          value: preview(value),
          options: choices(issue.values),
        });
      case 'unrecognized_keys':
        return fail('unknown-fields', { fields: listed(issue.keys), count: issue.keys.length });
      case 'too_big':
        if (issue.origin === 'string') return fail('too-long', { maximum: Number(issue.maximum) });
        return fail('invalid');
      default:
        return fail('invalid');
    }
  });
  const more = error.issues.length - said.length;
  return more > 0 ? [...said, planIssue('error', '', 'more-issues', { count: more })] : said;
}
