import { changeLines, diffHostRules, type ChangeLine, type ZonePairDiff } from '../compare';
import { computeMatrix, type Matrix } from '../matrix';
import { validatePlan, type Plan, type PlanIssue } from '../plan';

/** The most OE nodes a "what if" adds at once; more says nothing a network team could use. */
export const MAX_WHAT_IF_NODES = 20;

/** What adding OE nodes to a plan would change in its rules, before anyone edits the plan. */
export interface NodesWhatIf {
  /** The names the hypothetical nodes get (next to the plan's own, e.g. oe4, oe5). */
  names: string[];
  nodesBefore: number;
  nodesAfter: number;
  /** The errors the plan would have (a cluster needs an odd number of nodes): no rules then. */
  errors: PlanIssue[];
  hostRules: { before: number; after: number };
  firewallRules: { before: number; after: number };
  added: number;
  removed: number;
  changed: number;
  byZonePair: ZonePairDiff[];
  /** "+6 rules: 2119/tcp from 2 island sites to 2 OE nodes", as data. */
  lines: ChangeLine[];
}

/** Names that continue the last node's (oe3 → oe4, oe5; node-09 → node-10), skipping names in use. */
export function nextNodeNames(existing: readonly string[], count: number): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const match = /^(.*?)(\d+)$/.exec(existing.at(-1) ?? '');
  const prefix = match ? match[1]! : 'oe';
  const width = match ? match[2]!.length : 1;
  let n = match ? Number(match[2]) : existing.length;
  const names: string[] = [];
  while (names.length < count) {
    const name = `${prefix}${String(++n).padStart(width, '0')}`;
    if (!taken.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

/** The plan's rules with `count` more OE nodes, against its current matrix: the same rule engine. */
export function whatIfAddNodes(plan: Plan, current: Matrix, count: number): NodesWhatIf {
  const names = nextNodeNames(
    plan.nodes.map((n) => n.name),
    Math.max(0, Math.min(MAX_WHAT_IF_NODES, Math.trunc(count))),
  );
  const { plan: bigger, issues } = validatePlan({
    ...plan,
    nodes: [...plan.nodes, ...names.map((name) => ({ name }))],
  });
  const errors = issues.filter((i) => i.severity === 'error');
  const base = {
    names,
    nodesBefore: plan.nodes.length,
    nodesAfter: plan.nodes.length + names.length,
    errors,
  };
  if (!bigger || errors.length > 0) {
    const same = { before: current.hostRules.length, after: current.hostRules.length };
    const sameFirewall = {
      before: current.firewallRules.length,
      after: current.firewallRules.length,
    };
    return {
      ...base,
      hostRules: same,
      firewallRules: sameFirewall,
      added: 0,
      removed: 0,
      changed: 0,
      byZonePair: [],
      lines: [],
    };
  }
  const matrix = computeMatrix(bigger);
  const diff = diffHostRules(current.hostRules, matrix.hostRules);
  return {
    ...base,
    hostRules: { before: current.hostRules.length, after: matrix.hostRules.length },
    firewallRules: { before: current.firewallRules.length, after: matrix.firewallRules.length },
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.length,
    byZonePair: diff.byZonePair,
    lines: [...changeLines('+', diff.added), ...changeLines('-', diff.removed)],
  };
}
