import type { PlanDocument, PlanFile, StoredPlan } from '../../shared/api/contract';
import { translator } from '../../shared/i18n';
import { newPlanDocument } from '../../shared/plan';

export const PLAN_FILE_SUFFIX = '.oeplan.json';

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

const withPlanId = (document: PlanDocument, id: string): PlanDocument =>
  typeof document === 'object' && document !== null && !Array.isArray(document)
    ? { ...document, planId: id }
    : document;

export function planFileOf(plan: StoredPlan): PlanFile {
  return {
    fileName: `${slugOf(plan.name)}${PLAN_FILE_SUFFIX}`,
    // The library's id travels with the file: reports probed from it are matched to this plan.
    content: `${JSON.stringify(withPlanId(plan.document, plan.id), null, 2)}\n`,
  };
}

/** A new plan when the face names none (the renderer sends one named in the user's language). */
export const emptyPlanDocument = (): PlanDocument =>
  newPlanDocument(translator('en')('ui.home.newPlanName'));
