import type { PlanIssue } from '../../shared/plan';

/** Issues grouped by a key: the exact field path, or the wizard step that edits it. */
export function groupIssues<K>(
  issues: readonly PlanIssue[],
  keyOf: (issue: PlanIssue) => K,
): Map<K, PlanIssue[]> {
  const groups = new Map<K, PlanIssue[]>();
  for (const issue of issues) {
    const key = keyOf(issue);
    const list = groups.get(key);
    if (list) list.push(issue);
    else groups.set(key, [issue]);
  }
  return groups;
}
