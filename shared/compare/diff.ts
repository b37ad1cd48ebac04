import type { Zone } from '../catalog';
import type { HostRule } from '../matrix/model';

/** Fields whose change a network team must act on (the id fixes endpoints by name, port and transport). */
const COMPARED = ['source', 'destination', 'service', 'purpose', 'features', 'evidence'] as const;
export type ComparedField = (typeof COMPARED)[number];

export interface RuleChange {
  id: string;
  before: HostRule;
  after: HostRule;
  fields: ComparedField[];
}

export interface ZonePairDiff {
  sourceZone: Zone;
  destinationZone: Zone;
  added: number;
  removed: number;
  changed: number;
}

/** What changes between two sets of rules of one kind, counted per zone pair as well. */
export interface ZonedDiff<R extends Zoned, C extends { after: R }> {
  added: R[];
  removed: R[];
  changed: C[];
  byZonePair: ZonePairDiff[];
}

export type RuleDiff = ZonedDiff<HostRule, RuleChange>;

interface Zoned {
  sourceZone: Zone;
  destinationZone: Zone;
}

/** Added, removed and changed rules counted per zone pair, in the order the pairs first appear. */
export function countByZonePair(
  added: readonly Zoned[],
  removed: readonly Zoned[],
  changed: readonly Zoned[],
): ZonePairDiff[] {
  const pairs = new Map<string, ZonePairDiff>();
  const count = (r: Zoned, kind: 'added' | 'removed' | 'changed') => {
    const key = `${r.sourceZone}>${r.destinationZone}`;
    let pair = pairs.get(key);
    if (!pair) {
      const { sourceZone, destinationZone } = r;
      pairs.set(key, (pair = { sourceZone, destinationZone, added: 0, removed: 0, changed: 0 }));
    }
    pair[kind]++;
  };
  added.forEach((r) => count(r, 'added'));
  removed.forEach((r) => count(r, 'removed'));
  changed.forEach((r) => count(r, 'changed'));
  return [...pairs.values()];
}

/** A diff of added, removed and changed rules with its counts per zone pair. */
export function zonedDiff<R extends Zoned, C extends { after: R }>(
  added: R[],
  removed: R[],
  changed: C[],
): ZonedDiff<R, C> {
  return {
    added,
    removed,
    changed,
    byZonePair: countByZonePair(
      added,
      removed,
      changed.map((c) => c.after),
    ),
  };
}

const same = (a: HostRule[ComparedField], b: HostRule[ComparedField]) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((x, i) => x === b[i])
    : a === b;

/** What changes between two sets of host rules: two plans, two revisions, or a "what if". */
export function diffHostRules(before: readonly HostRule[], after: readonly HostRule[]): RuleDiff {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const added = after.filter((r) => !old.has(r.id));
  const removed = before.filter((r) => !now.has(r.id));
  const changed: RuleChange[] = [];
  for (const r of after) {
    const was = old.get(r.id);
    if (!was) continue;
    const fields = COMPARED.filter((f) => !same(was[f], r[f]));
    if (fields.length > 0) changed.push({ id: r.id, before: was, after: r, fields });
  }
  return zonedDiff(added, removed, changed);
}
