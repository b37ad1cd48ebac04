import { userInfo } from 'node:os';
import type { PlanDocument } from '../../../shared/api/plan-document';
import { Refusal } from '../../../shared/api/refusal';
import { readAnswer, type ChangeAnswer } from '../../../shared/change';
import { text } from '../../../shared/i18n';
import { computeMatrix } from '../../../shared/matrix';
import type { Plan } from '../../../shared/plan';
import { readAnswerFile } from './answer-file';

// The network team's answer into a plan: the file read, its rows matched to the plan's rules,
// the plan's statuses replaced as a whole. Nothing is written here: the callers write one new
// revision (the library) or one file (the command line).

export interface AnswerRequest {
  plan: Plan;
  bytes: Uint8Array;
  fileName: string;
  /** The library's id of a stored plan; a sheet that names another is refused. */
  planId?: string;
  /** Who set a status where the Approver column is empty: the importing user by default. */
  importedBy?: string;
  now?: Date;
}

/** The login name of whoever runs the import; '' where the system has none. */
export function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** What the answer gives the plan, and every row it could not use. */
export async function readStatusAnswer(request: AnswerRequest): Promise<ChangeAnswer> {
  const grids = await readAnswerFile(request.bytes, request.fileName);
  return readAnswer(
    grids,
    {
      plan: request.plan,
      matrix: computeMatrix(request.plan),
      ...(request.planId === undefined ? {} : { planId: request.planId }),
      importedBy: request.importedBy ?? currentUser(),
      now: request.now ?? new Date(),
    },
    request.fileName,
  );
}

/** Refused when no row could be used: nothing to write, and the report says why per row. */
export function checkUsable(answer: ChangeAnswer): void {
  if (answer.used === 0) throw new Refusal('bad-request', text('change.import.nothingUsable'));
}

/** The plan document with the answer's statuses: everything else stays as written. */
export const withStatuses = (document: PlanDocument, answer: ChangeAnswer): PlanDocument => ({
  ...document,
  statuses: answer.statuses,
});
