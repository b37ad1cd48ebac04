import { computeMatrix, ruleKey } from '../matrix';
import type { Plan } from '../plan';

/**
 * What a probe report was run against: the plan's name and its host rules, as 16 hex digits. Two
 * files of the same plan agree even when only statuses or contacts changed; another plan, or the
 * same plan with other hosts or ports, does not.
 */
export function planFingerprint(plan: Plan): string {
  return ruleKey([`plan:${plan.project.name}`, ...computeMatrix(plan).hostRules.map((r) => r.id)]);
}
