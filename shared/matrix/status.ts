import type { RuleStatus, RuleStatusEntry } from '../plan/schema';

/** A plan's change statuses, by rule key (Plan['statuses']). */
export type Statuses = Readonly<Record<string, RuleStatusEntry>>;

/** What a rule needs to find its change status: a firewall rule, a host rule, a checklist row. */
export interface StatusSubject {
  /** A firewall rule's key (FirewallRule.key); for a host rule, its id. */
  key: string;
  /** Its host rules (a host rule: itself). */
  hostRuleIds: readonly string[];
}

/** The key a status of a firewall rule is stored under in the plan. */
export const firewallStatusKey = (key: string): string => `fw:${key}`;

/** How far a status has come: a rule's host rules are only as far as the least advanced of them. */
export const STATUS_ORDER: readonly RuleStatus[] = [
  'rejected',
  'requested',
  'approved',
  'opened',
  'verified',
];

/**
 * A rule's change status: its own (as a firewall rule, or as a host rule), or else what all its
 * host rules have been given (the least advanced of them, so that one open host rule keeps the
 * rule open); undefined while any of them has none.
 */
export function statusOf(
  statuses: Statuses,
  rule: StatusSubject,
  firewallKeyOf?: (hostRuleId: string) => string | undefined,
): RuleStatusEntry | undefined {
  const own = statuses[firewallStatusKey(rule.key)] ?? statuses[rule.key];
  if (own) return own;
  if (rule.hostRuleIds.length === 1 && rule.hostRuleIds[0] === rule.key) {
    // A host rule without a status of its own takes its firewall rule's.
    const firewallKey = firewallKeyOf?.(rule.key);
    return firewallKey === undefined ? undefined : statuses[firewallStatusKey(firewallKey)];
  }
  let least: RuleStatusEntry | undefined;
  for (const id of rule.hostRuleIds) {
    const entry = statuses[id];
    if (!entry) return undefined;
    if (!least || STATUS_ORDER.indexOf(entry.status) < STATUS_ORDER.indexOf(least.status)) {
      least = entry;
    }
  }
  return least;
}
