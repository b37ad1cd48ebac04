import type { z } from 'zod';
import type { IssueCode } from '../i18n';
import { formatPath, type PlanIssue } from './issues';
import { PlanSchema, type Plan } from './schema';

type Key = PropertyKey;
type Container = Record<Key, unknown>;
/** How often a plan is set aside field by field before its other fields go unchecked. */
const REPAIR_ROUNDS = 4;

/**
 * The product's errors and warnings of the fields that are well formed, beside the schema's
 * errors of those that are not: one wrong address must not hide a host entered twice elsewhere,
 * nor the warnings of the step being typed in. The fields the schema refuses are set aside
 * (removed, or their entry where the field is required, or a stand-in for a name), the rest is
 * parsed again and checked; issues that name a field set aside, or a list it shortened, are left
 * out, so nothing is said twice or about an entry that moved.
 */
export function checkDespite(
  input: object,
  failure: z.ZodError,
  said: readonly PlanIssue[],
  checkPlan: (plan: Plan) => PlanIssue[],
): PlanIssue[] {
  if (said.some((i) => i.code === 'more-issues' || i.code === 'schema-version')) return [];
  // A copy to set fields aside in; the document is bounded (checkDocumentShape) and JSON-shaped.
  const copy = JSON.parse(JSON.stringify(input)) as Container;
  const removed: string[] = [];
  /** Entries checked under a stand-in name: their own errors wait, their list's do not. */
  const renamed: string[] = [];
  let issues = failure.issues;
  for (let round = 0; round < REPAIR_ROUNDS; round++) {
    for (const issue of [...issues].sort(byPathDescending)) {
      const path = [...issue.path];
      if (issue.code === 'unrecognized_keys') {
        // An unknown field is no field of the plan: taken out, it hides nothing the rules check.
        const object = valueAt(copy, path);
        if (object && typeof object === 'object') {
          for (const key of issue.keys) delete (object as Container)[key];
        }
        continue;
      }
      const value = valueAt(copy, path);
      // A name that is refused stands in with a name no entry has: its entry still counts.
      if (path.at(-1) === 'name' && typeof value === 'string' && round === 0) {
        setAt(copy, path, `${STAND_IN}${renamed.length}`);
        renamed.push(formatPath(path.slice(0, -1)));
        continue;
      }
      // A value that is missing is set aside with the entry or object that needs it.
      if (value === undefined) path.pop();
      if (path.length === 0 || !remove(copy, path)) return [];
      removed.push(formatPath(path));
    }
    const again = PlanSchema.safeParse(copy);
    if (again.success) {
      return checkPlan(again.data).filter((i) => standsApart(i, removed, renamed));
    }
    issues = again.error.issues;
  }
  return [];
}

/** The name an entry whose name is refused is checked under; no message may say it. */
const STAND_IN = 'set-aside-';

/**
 * Issues that hold whatever the fields set aside are: none names such a field, its entry, or an
 * entry a shortened list moved; none says a stand-in name; none could be caused by the setting
 * aside itself (a feature missing the external system whose entry went, a port conflict with a
 * component moved to its default place or a port back to its default).
 */
function standsApart(
  issue: PlanIssue,
  removed: readonly string[],
  renamed: readonly string[],
): boolean {
  const untouched = (path: string) =>
    removed.every((r) => !overlapsPath(path, r) && !shiftedBy(path, r)) &&
    renamed.every((entry) => !within(path, entry));
  const roots = new Set(removed.map((r) => /^[^.[]*/.exec(r)![0]));
  return (
    untouched(issue.path) &&
    (typeof issue.params.otherPath !== 'string' || untouched(issue.params.otherPath)) &&
    !Object.values(issue.params).some((v) => String(v).includes(STAND_IN)) &&
    !(DEPENDS[issue.code] ?? []).some((root) => roots.has(root))
  );
}

/** The fields a rule's issue depends on beyond the ones it names. */
const DEPENDS: Partial<Record<IssueCode, readonly string[]>> = {
  'feature-needs-external': ['externalSystems'],
  'feature-needs-islands': ['islandSites'],
  'placement-without-management-server': ['managementServer'],
  'port-conflict': ['placement', 'parameters', 'nodes', 'managementServer'],
  'management-server-missing': ['managementServer'],
  'feature-without-clients': ['clientGroups'],
  'client-group-unused': ['features'],
  'island-site-unused': ['features'],
  'external-system-unused': ['features'],
  'load-balancer-unused': ['features'],
  'management-server-unused': ['features', 'placement'],
  'client-is-host': [
    'nodes',
    'managementServer',
    'loadBalancer',
    'placement',
    'islandSites',
    'externalSystems',
  ],
};

function setAt(root: Container, path: readonly Key[], value: unknown): void {
  (valueAt(root, path.slice(0, -1)) as Container)[path.at(-1)!] = value;
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Container)[key] : undefined),
    root,
  );
}

/** Remove the value at a path: a list entry is taken out, an object's field deleted. */
function remove(root: Container, path: readonly Key[]): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
    parent.splice(key, 1);
    return true;
  }
  if (
    parent &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    Object.hasOwn(parent, key)
  ) {
    delete (parent as Container)[key];
    return true;
  }
  return false;
}

/** Later entries first, so that taking one out of a list does not move another still to go. */
const byPathDescending = (a: z.core.$ZodIssue, b: z.core.$ZodIssue) => {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const x = a.path[i];
    const y = b.path[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return b.path.length - a.path.length;
};

/** A path at or inside another: "nodes[1].name" is within "nodes[1]"; "" (the plan) holds all. */
const within = (path: string, outer: string) =>
  outer === '' || path === outer || path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`);

/** One path inside the other (or the same): a field and its entry, or a list and its entries. */
const overlapsPath = (a: string, b: string) =>
  a === b ||
  a.startsWith(`${b}.`) ||
  a.startsWith(`${b}[`) ||
  b.startsWith(`${a}.`) ||
  b.startsWith(`${a}[`);

/** A path into a list at or after an entry taken out of it: it names another entry now. */
function shiftedBy(path: string, removedPath: string): boolean {
  const item = /^(.*)\[(\d+)\]$/.exec(removedPath);
  if (!item) return false;
  const [, list, index] = item;
  const rest = path.startsWith(`${list}[`) ? /^\[(\d+)\]/.exec(path.slice(list!.length)) : null;
  return rest !== null && Number(rest[1]) >= Number(index);
}
