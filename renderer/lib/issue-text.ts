import { localizeIssue } from '../../shared/i18n';
import type { Plan, PlanIssue } from '../../shared/plan';
import { language } from './i18n.svelte';
import { describePath } from './paths';

/** An issue in the UI's language; another field it names reads as the wizard labels it. */
export const issueText = (issue: PlanIssue, plan?: Plan): { problem: string; fix: string } =>
  localizeIssue(issue, language.locale, (path) => describePath(path, plan));
