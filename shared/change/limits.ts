import { PLAN_LIMITS } from '../plan/limits';

/** A change request sheet of the largest plan is a few megabytes; the API carries this much. */
export const MAX_SHEET_BYTES = 16 * 1024 * 1024;
/** No plan has more rules with a status than this. */
export const MAX_SHEET_ROWS = PLAN_LIMITS.statuses;
