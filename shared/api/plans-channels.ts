import { z } from 'zod';
import { channel } from './channel';
import { PlanId } from './ids';
import {
  PlanDocument,
  type PlanFile,
  type PlanSummary,
  type RevisionSummary,
  type StoredPlan,
} from './plan-document';
import type { SavedFile } from './saved-file';

// The plans library: list, open, autosave, revisions, and plan files in and out.

const none = z.strictObject({});
const byId = z.strictObject({ id: PlanId });
/** An imported plan whose name is in the library: ask (refuse), replace that plan, or keep both. */
const ExistingPlan = z.enum(['ask', 'replace', 'keep-both']);

export const PLANS_CHANNELS = {
  'plans.list': channel<PlanSummary[]>()(none),
  'plans.get': channel<StoredPlan>()(byId),
  'plans.create': channel<StoredPlan>()(z.strictObject({ document: PlanDocument.optional() })),
  /** Autosave: every change, debounced by the renderer; keeps the last revisions. */
  'plans.save': channel<PlanSummary>()(z.strictObject({ id: PlanId, document: PlanDocument })),
  'plans.duplicate': channel<StoredPlan>()(byId),
  'plans.rename': channel<PlanSummary>()(
    z.strictObject({ id: PlanId, name: z.string().trim().min(1).max(80) }),
  ),
  'plans.delete': channel<{ deleted: true }>()(byId),
  'plans.revisions': channel<RevisionSummary[]>()(byId),
  'plans.revision': channel<StoredPlan>()(
    z.strictObject({ id: PlanId, revision: z.number().int().positive() }),
  ),
  /**
   * A plan file's text: a valid plan becomes a new plan; anything else is refused with its issues.
   * A plan of the same name in the library: refused ('name-taken') unless `existing` says to
   * replace it or to keep both.
   */
  'plans.import': channel<StoredPlan>()(
    z.strictObject({
      fileName: z.string().max(255),
      content: z.string().max(10_000_000),
      existing: ExistingPlan.optional(),
    }),
  ),
  'plans.export': channel<PlanFile>()(byId),
  /**
   * Desktop: the native open dialog, then as plans.import; null when the user cancels. Called again
   * with `existing` after a 'name-taken' refusal, it imports the file chosen then (no second dialog).
   */
  'plans.importFile': channel<StoredPlan | null>()(
    z.strictObject({ existing: ExistingPlan.optional() }),
    { desktopOnly: true },
  ),
  /** Desktop: the native save dialog, then writes the plan file; null when the user cancels. */
  'plans.exportFile': channel<SavedFile | null>()(byId, { desktopOnly: true }),
} as const;
