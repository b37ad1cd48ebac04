import {
  ApiFailure,
  type PlanDocument,
  type PlanFile,
  type StoredPlan,
} from '../../shared/api/contract';
import { text, translator } from '../../shared/i18n';
import {
  hasErrors,
  newPlanDocument,
  parseJsonText,
  planIssue,
  validatePlan,
} from '../../shared/plan';

export const PLAN_FILE_SUFFIX = '.oeplan.json';

/**
 * A plan file's text as a document to store: valid JSON and a plan without errors (warnings are fine).
 * Anything else throws ApiFailure('invalid-plan') naming what is wrong.
 */
export function parsePlanFile(fileName: string, content: string): PlanDocument {
  const json = parseJsonText(fileName, content);
  if (!json.ok) {
    throw new ApiFailure('invalid-plan', json.text, [planIssue('error', '', 'not-json')]);
  }
  const input = json.value;
  const { plan, issues } = validatePlan(input);
  if (!plan || hasErrors(issues)) {
    const errors = issues.filter((i) => i.severity === 'error').length;
    throw new ApiFailure(
      'invalid-plan',
      text(plan ? 'errors.invalidPlan' : 'errors.notAPlan', { file: fileName, count: errors }),
      issues,
    );
  }
  // The document as written (validatePlan has checked it): defaults stay implicit, like the file had them.
  return input as PlanDocument;
}

/** A file name from a plan name: lower-case ASCII letters, digits and hyphens. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'plan';
}

export function planFileOf(plan: StoredPlan): PlanFile {
  return {
    fileName: `${slugOf(plan.name)}${PLAN_FILE_SUFFIX}`,
    content: `${JSON.stringify(plan.document, null, 2)}\n`,
  };
}

/** A new plan when the face names none (the renderer sends one named in the user's language). */
export const emptyPlanDocument = (): PlanDocument =>
  newPlanDocument(translator('en')('ui.home.newPlanName'));
