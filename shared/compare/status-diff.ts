import { statusOf, type Matrix } from '../matrix';
import type { Plan, RuleStatus } from '../plan/schema';
import type { ComparisonLevel } from './comparison';

/** A rule both sides have whose change status differs: approved since, rejected since, … */
export interface StatusChangeRow {
  /** The rule's id on the newer side (FW-003, or a host rule's id). */
  ruleId: string;
  /** undefined: no status on that side. */
  before?: RuleStatus;
  after?: RuleStatus;
}

interface Side {
  plan: Plan;
  matrix: Matrix;
}

/** Each side's statuses by rule key at the level: a firewall rule's key, a host rule's id. */
function statusesByKey(
  side: Side,
  level: ComparisonLevel,
): Map<string, { id: string; status?: RuleStatus }> {
  const { plan, matrix } = side;
  if (level === 'firewall') {
    return new Map(
      matrix.firewallRules.map((r) => [
        r.key,
        { id: r.id, status: statusOf(plan.statuses, r)?.status },
      ]),
    );
  }
  const firewallKeyOf = new Map<string, string>();
  for (const r of matrix.firewallRules)
    for (const id of r.hostRuleIds) firewallKeyOf.set(id, r.key);
  return new Map(
    matrix.hostRules.map((r) => [
      r.id,
      {
        id: r.id,
        status: statusOf(plan.statuses, { key: r.id, hostRuleIds: [r.id] }, (id) =>
          firewallKeyOf.get(id),
        )?.status,
      },
    ]),
  );
}

/** The rules of both sides (same key) whose change status differs, in the newer side's order. */
export function compareStatuses(
  before: Side,
  after: Side,
  level: ComparisonLevel,
): StatusChangeRow[] {
  const old = statusesByKey(before, level);
  const changes: StatusChangeRow[] = [];
  for (const [key, now] of statusesByKey(after, level)) {
    const was = old.get(key);
    if (!was || was.status === now.status) continue;
    changes.push({
      ruleId: now.id,
      ...(was.status ? { before: was.status } : {}),
      ...(now.status ? { after: now.status } : {}),
    });
  }
  return changes;
}
