import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { hasErrors, parseJsonText, validatePlan, type PlanIssue } from '../../../shared/plan';
import { MAX_DEPTH, PLAN_LIMITS } from '../../../shared/plan/limits';
import { exampleDocument, EXAMPLES } from '../../support/examples';
import { random, type Random } from '../../support/random';

function nested(depth: number, leaf: unknown, asObject: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

const PAYLOADS = [
  'x\n=1+1',
  'x\r=1+1',
  '=1+1\n=2+2',
  'a\n+1+1',
  'a\n@SUM(1;1)',
  "x\n-2+3+cmd|' /C calc'!A0",
  'tab\there',
  'nul\u0000byte',
  'bidi\u202Eevil',
  'line\u2028sep',
  'ok name',
];

/** Replacement values of every kind a hostile file can hold. */
function hostileValue(r: Random): unknown {
  switch (r.int(12)) {
    case 0:
      return nested(2_000, r.pick(['ipp', 1, null]), r.next() < 0.5);
    case 1:
      return 'x'.repeat(r.pick([81, 201, 1_000_000]));
    case 2:
      return r.pick(PAYLOADS);
    case 3:
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}');
    case 4:
      return r.pick([0, -1, 1e308, 65536, 3.5, NaN]);
    case 5:
      return r.pick([[], {}, null, true, '']);
    case 6:
      return Array.from({ length: r.pick([0, 10_000]) }, (_, i) => ({
        name: `oe${i}`,
        address: `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`,
      }));
    case 7:
      return r.pick(['10.0.0.0/0', '::/0', '2001:db8::1', '::ffff:10.0.0.1', '999.1.1.1']);
    case 8:
      return { toString: 'x', valueOf: 'y', hasOwnProperty: 'z' };
    case 9:
      return r.pick(['ipp', 'cluster', 'single', 'linux', 'dedicated', 'lpr-clients']);
    case 10:
      return nested(MAX_DEPTH + 1, 'x', false);
    default:
      return `name-${r.int(1000)}`;
  }
}

/** Every place in a document where a value sits, as a path of keys. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  }
  return out;
}

function mutate(document: Record<string, unknown>, r: Random): unknown {
  const all = paths(document).filter((p) => p.length > 0);
  const edits = 1 + r.int(3);
  for (let e = 0; e < edits; e++) {
    const path = r.pick(all);
    let parent: any = document;
    for (const key of path.slice(0, -1)) parent = parent?.[key];
    if (!parent || typeof parent !== 'object') continue;
    const key = path[path.length - 1]!;
    if (r.next() < 0.15 && !Array.isArray(parent)) delete parent[key];
    else if (r.next() < 0.1 && !Array.isArray(parent))
      parent[r.pick(['__proto__', 'constructor', 'prototype', 'extra'])] = hostileValue(r);
    else parent[key] = hostileValue(r);
  }
  return document;
}

/** Codes that speak of the whole document (an unknown top-level field is named in its text). */
const WHOLE_PLAN = new Set([
  'not-a-plan',
  'document-too-large',
  'too-many-host-rules',
  'more-issues',
  'unknown-fields',
]);

function expectNamedFields(issues: readonly PlanIssue[]) {
  for (const issue of issues) {
    if (!WHOLE_PLAN.has(issue.code)) expect(issue.path, issue.code).not.toBe('');
    expect(issue.problem.length, issue.code).toBeLessThan(2_000);
  }
}

describe('hostile plans', () => {
  it('through parse, validate and matrix: no exception escapes, every refusal names a field', () => {
    const r = random(20261202);
    const counts = { plans: 0, refusedText: 0, refusedPlan: 0, computed: 0 };
    // Each example read once; every plan starts from a copy of one.
    const examples = new Map(EXAMPLES.map((name) => [name, exampleDocument(name)]));
    for (let i = 0; i < 3_000; i++) {
      const document = structuredClone(examples.get(r.pick(EXAMPLES))!);
      const mutated = mutate(document as Record<string, unknown>, r);
      counts.plans++;
      // As a file: text first (a value 2,000 deep is refused before it is parsed).
      const json = parseJsonText('fuzz.oeplan.json', JSON.stringify(mutated));
      if (!json.ok) counts.refusedText++;
      // As a face hands it over (an IPC argument, a parsed body): the value itself.
      const { plan, issues } = validatePlan(mutated);
      expectNamedFields(issues);
      if (!plan || hasErrors(issues)) {
        counts.refusedPlan++;
        continue;
      }
      const matrix = computeMatrix(plan);
      expect(matrix.hostRules.length).toBeLessThanOrEqual(PLAN_LIMITS.hostRules);
      counts.computed++;
    }
    // The mutations reach every outcome: refused text, refused plans and computed matrices.
    expect(counts.refusedText).toBeGreaterThan(0);
    expect(counts.refusedPlan).toBeGreaterThan(100);
    expect(counts.computed).toBeGreaterThan(30);
    // A bound, not a speed goal: 3,000 plans take about 6 s on an idle 2-core machine.
  }, 180_000);

  it('a value nested 100,000 levels deep is refused at its field, not with a stack overflow', () => {
    const document = structuredClone(exampleDocument('single-minimal')) as any;
    document.features = nested(100_000, 'ipp', false);
    const { issues } = validatePlan(document);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too-deep', severity: 'error' });
    expect(issues[0]!.path).toMatch(/^features(\[0\])+$/);
    const json = parseJsonText('deep.oeplan.json', `{"features":${'['.repeat(100_000)}`);
    expect(json.ok).toBe(false);
  });

  it('a line break that would start a formula in a name is refused with the field and the character', () => {
    for (const payload of PAYLOADS.slice(0, 6)) {
      const document = structuredClone(exampleDocument('cluster-3-islands')) as any;
      document.nodes[1].name = payload;
      document.islandSites[0].printerNetworks[0].name = payload;
      document.project.customer = payload;
      const { issues } = validatePlan(document);
      const said = issues.filter((i) => i.code === 'control-character').map((i) => i.path);
      expect(said).toEqual([
        'project.customer',
        'nodes[1].name',
        'islandSites[0].printerNetworks[0].name',
      ]);
      expect(issues.find((i) => i.code === 'control-character')!.problem).toMatch(
        /control character \(U\+000[AD], at character \d+\)/,
      );
    }
  });

  it('10,000 OE nodes are refused by the list limit before any rule is counted', () => {
    const document = structuredClone(exampleDocument('cluster-3-islands')) as any;
    document.nodes = Array.from({ length: 10_001 }, (_, i) => ({
      name: `oe${i}`,
      address: `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`,
    }));
    const { issues } = validatePlan(document);
    expect(issues).toEqual([
      expect.objectContaining({ path: 'nodes', code: 'too-many', params: { maximum: 63 } }),
    ]);
  });

  it('an unknown field holding a megabyte is quoted as a short preview', () => {
    const document = structuredClone(exampleDocument('single-minimal')) as any;
    document.project.os = 'x'.repeat(1_000_000);
    document[`k\n=1+1${'y'.repeat(100)}`] = 1;
    const { issues } = validatePlan(document);
    for (const issue of issues) expect(issue.problem.length).toBeLessThan(300);
    expect(issues.map((i) => i.problem).join(' ')).toContain('\\n=1+1');
  });
});
