import { z } from 'zod';
import { MAX_SHEET_BYTES, type ChangeAnswer } from '../change';
import { channel } from './channel';
import { PlanId } from './ids';

// The Export step's "Import the network team's answer": read a filled change request sheet into a
// stored plan's rule statuses. Read first (nothing changes), then apply: one new revision.

/** What reading the answer found, without the statuses themselves. */
export type AnswerReport = Omit<ChangeAnswer, 'statuses'>;

export interface AppliedAnswer extends AnswerReport {
  /** The plan's new revision: undoing the import is going back to the one before. */
  revision: number;
  /** The plan's statuses now, for the open plan to show them without reloading. */
  statuses: ChangeAnswer['statuses'];
}

/** The sheet as the file picker gave it: its name and its bytes in base64 (JSON carries no bytes). */
export const AnswerFile = z.strictObject({
  id: PlanId,
  fileName: z.string().max(255),
  base64: z.string().max(Math.ceil(MAX_SHEET_BYTES / 3) * 4 + 4, {
    message: `is larger than ${MAX_SHEET_BYTES / 1024 / 1024} MB`,
  }),
});
export type AnswerFile = z.input<typeof AnswerFile>;

export const CHANGE_CHANNELS = {
  /** What the sheet would set, and every row it cannot use: nothing is changed. */
  'change.readAnswer': channel<AnswerReport>()(AnswerFile),
  /** Sets the statuses as one new revision of the plan. */
  'change.importAnswer': channel<AppliedAnswer>()(AnswerFile),
} as const;
