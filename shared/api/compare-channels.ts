import { z } from 'zod';
import { COMPARISON_LEVELS, type PlanComparison, type StatusChangeRow } from '../compare';
import { COMPARISON_FILE_FORMATS } from '../export/documents';
import { LOCALES } from '../i18n';
import { channel } from './channel';
import type { SavedFile } from './saved-file';
import type { RenderedExportFile } from './export-channels';
import { PlanId } from './ids';

// Plan comparison: two plans of the library, or two revisions of one (the store keeps the last ones).

/** A plan of the library at one of its kept revisions; without a revision, as it is now. */
export const PlanRef = z.strictObject({
  id: PlanId,
  revision: z.number().int().positive().optional(),
});
export type PlanRef = z.infer<typeof PlanRef>;

export const CompareRequest = z.strictObject({
  before: PlanRef,
  after: PlanRef,
  level: z.enum(COMPARISON_LEVELS),
});
export type CompareRequest = z.input<typeof CompareRequest>;

export const CompareFileRequest = CompareRequest.extend({
  format: z.enum(COMPARISON_FILE_FORMATS),
  locale: z.enum(LOCALES),
});

/** One side as compared: which plan, which revision, saved when. */
export interface ComparedPlan {
  id: string;
  name: string;
  revision: number;
  savedAt: string;
}

/** The most changed rules an answer carries: the table shows them, the files hold every one. */
export const MAX_SHOWN_CHANGES = 1000;

export interface ComparisonAnswer {
  before: ComparedPlan;
  after: ComparedPlan;
  /** Its rules cut to MAX_SHOWN_CHANGES; the counts are the whole comparison's. */
  comparison: PlanComparison;
  /** How many changed rules there are in all. */
  total: number;
  /** Rules on both sides whose change status differs (cut to MAX_SHOWN_CHANGES). */
  statusChanges: StatusChangeRow[];
  /** How many there are in all. */
  statusChangeCount: number;
}

export const COMPARE_CHANNELS = {
  'compare.plans': channel<ComparisonAnswer>()(CompareRequest),
  /** The change as CSV (one row per change) or PDF, base64, for a download in browser mode. */
  'compare.render': channel<RenderedExportFile>()(CompareFileRequest),
  /** Desktop: the native save dialog, then writes the file; null when the user cancels. */
  'compare.saveFile': channel<SavedFile | null>()(CompareFileRequest, { desktopOnly: true }),
} as const;
