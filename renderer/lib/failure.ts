import { ApiFailure } from '../../shared/api/contract';
import type { PlanIssue } from '../../shared/plan';
import { textIn } from '../../shared/i18n';
import { language } from './i18n.svelte';

/** What went wrong, in the UI's language when the Node side said it as a text. */
export function failureText(e: unknown): string {
  if (e instanceof ApiFailure && e.text) return textIn(language.locale, e.text);
  return e instanceof Error ? e.message : String(e);
}

/** An error notice: its text, and the plan's issues when the error names them. */
export function failureNotice(e: unknown): { text: string; issues?: PlanIssue[] } {
  const issues = e instanceof ApiFailure ? e.issues : undefined;
  return { text: failureText(e), ...(issues ? { issues } : {}) };
}
