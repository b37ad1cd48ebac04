import { z } from 'zod';
import { checkDocumentShape } from '../plan/limits';

// The plans library's documents as the API carries them: what the plans channels take and answer, and
// what the other areas (export, comparison, pre-sales) read of a stored plan.

/**
 * What the wizard edits: a plan document that may still have errors. Work in progress is never
 * refused, unless it is nested or sized as no plan is (shared/plan/limits.ts): the library stores
 * no document it could not read back.
 */
export const PlanDocument = z.record(z.string(), z.unknown()).superRefine((document, ctx) => {
  const shape = checkDocumentShape(document);
  if (!shape.ok) {
    const { path, problem } = shape.issue;
    ctx.addIssue({ code: 'custom', message: `${path || 'the plan'} ${problem}` });
  }
});
export type PlanDocument = z.infer<typeof PlanDocument>;

export interface PlanSummary {
  id: string;
  name: string;
  customer: string;
  updatedAt: string;
  revision: number;
}
export interface StoredPlan extends PlanSummary {
  document: PlanDocument;
}
export interface RevisionSummary {
  revision: number;
  savedAt: string;
}
export interface PlanFile {
  fileName: string;
  content: string;
}
