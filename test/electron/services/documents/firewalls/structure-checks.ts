import type { Checklist } from '../../../../../electron/services/documents/checklist/checklist';
import type { ParsedConfig } from './parse-configs';

// What a structurally sound configuration must satisfy, whatever the vendor.

const hostPart = (a: string) => a.replace(/\/(32|128)$/, '');

/** What a structurally sound configuration of this checklist must satisfy; the failures, if any. */
export function structuralProblems(
  parsed: ParsedConfig,
  checklist: Checklist,
  limits: { object: number; rule: number },
): string[] {
  const problems: string[] = [];
  const defined = new Map<string, string>();
  const planAddresses = new Set(
    checklist.rules.firewall.flatMap((r) => [...r.from, ...r.to]).map((e) => hostPart(e.address)),
  );
  const ruleIds: string[] = [];
  const ruleNames = new Set<string>();
  for (const e of parsed.events) {
    if (e.type === 'define') {
      const key = e.name.toLowerCase();
      if (defined.has(key))
        problems.push(`${e.name} defined twice (${defined.get(key)}, ${e.kind})`);
      defined.set(key, e.kind);
      if (e.name.length > limits.object) problems.push(`${e.name} is longer than ${limits.object}`);
    } else if (e.type === 'use') {
      if (!defined.has(e.name.toLowerCase())) problems.push(`${e.name} used before it is defined`);
    } else if (e.type === 'rule') {
      ruleIds.push(e.id);
      if (ruleNames.has(e.name)) problems.push(`rule name ${e.name} twice`);
      ruleNames.add(e.name);
      if (e.name.length > limits.rule)
        problems.push(`rule ${e.name} is longer than ${limits.rule}`);
    } else if (!planAddresses.has(hostPart(e.value))) {
      problems.push(`${e.value} is not an address of the plan`);
    }
  }
  const expected = checklist.rules.firewall.map((r) => r.id).sort();
  if (JSON.stringify([...ruleIds].sort()) !== JSON.stringify(expected))
    problems.push(`rules ${ruleIds.join(',')} instead of ${expected.join(',')}`);
  return problems;
}
