import { computeMatrix, ruleKey } from '../matrix';
import type { Plan } from '../plan';

/**
 * What a probe report or campaign was run against, as 16 hex digits: the plan's library id when its
 * file has one, and its host rules. Two files of the same plan agree even when its name, statuses or
 * contacts changed; another plan of the library, or the same plan with other hosts or ports, does
 * not. Never the plan's name: two plans may once have shared one, and a rename changes nothing.
 */
export function reportFingerprint(plan: Plan): string {
  const id = plan.planId ? [`plan:${plan.planId}`] : [];
  return ruleKey([...id, ...computeMatrix(plan).hostRules.map((r) => r.id)]);
}
