import type { FirewallRule } from '../matrix/model';
import { zonedDiff, type ZonedDiff } from './diff';

/** What a network team edits in a firewall rule; the transport never changes (host rule ids fix it). */
const COMPARED = ['from', 'to', 'ports', 'services', 'purpose', 'features', 'evidence'] as const;
export type FirewallField = (typeof COMPARED)[number];

export interface FirewallRuleChange {
  before: FirewallRule;
  after: FirewallRule;
  fields: FirewallField[];
}

export type FirewallDiff = ZonedDiff<FirewallRule, FirewallRuleChange>;

/** A field as text, so that two rules compare by what the firewall sees (addresses, not names). */
export function firewallFieldText(rule: FirewallRule, field: FirewallField): string {
  switch (field) {
    case 'from':
      return rule.from.map((e) => e.address).join(', ');
    case 'to':
      return rule.to.map((e) => e.address).join(', ');
    case 'ports':
      return `${rule.ports}/${rule.protocol}`;
    case 'services':
    case 'features':
      return [...rule[field]].sort().join(', ');
    default:
      return rule[field];
  }
}

/**
 * Firewall rule ids (FW-001) are positions, not identities: a rule of the new plan continues the
 * rule of the old plan it shares the most host rules with (host rule ids are stable); a rule that
 * shares none is added, an old rule that no new rule continues is removed.
 */
export function diffFirewallRules(
  before: readonly FirewallRule[],
  after: readonly FirewallRule[],
): FirewallDiff {
  const owner = new Map<string, number>();
  before.forEach((r, i) => r.hostRuleIds.forEach((id) => owner.set(id, i)));
  const continued = new Set<number>();
  const added: FirewallRule[] = [];
  const changed: FirewallRuleChange[] = [];
  for (const rule of after) {
    const shared = new Map<number, number>();
    for (const id of rule.hostRuleIds) {
      const i = owner.get(id);
      if (i !== undefined && !continued.has(i)) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    let best = -1;
    for (const [i, n] of shared)
      if (best < 0 || n > shared.get(best)! || (n === shared.get(best)! && i < best)) best = i;
    if (best < 0) {
      added.push(rule);
      continue;
    }
    continued.add(best);
    const was = before[best]!;
    const fields = COMPARED.filter((f) => firewallFieldText(was, f) !== firewallFieldText(rule, f));
    if (fields.length > 0) changed.push({ before: was, after: rule, fields });
  }
  const removed = before.filter((_, i) => !continued.has(i));
  return zonedDiff(added, removed, changed);
}
