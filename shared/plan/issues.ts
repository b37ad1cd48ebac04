import type { z } from 'zod';

/** A problem with a plan, named by its field: what is wrong and how to fix it. */
export interface PlanIssue {
  severity: 'error' | 'warning';
  /** The field, e.g. "nodes[1].address". */
  path: string;
  /** What is wrong, reading on from the field name. */
  problem: string;
  fix: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

export function formatIssue(issue: PlanIssue): string {
  return `${issue.severity}: ${issue.path || '(plan)'}: ${issue.problem}. Fix: ${issue.fix}.`;
}

export const hasErrors = (issues: readonly PlanIssue[]) =>
  issues.some((i) => i.severity === 'error');

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Turn a schema failure into issues a technician can act on. */
export function fromZod(error: z.ZodError, input: unknown): PlanIssue[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const given = issue.path.reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object'
          ? (value as Record<PropertyKey, unknown>)[key]
          : undefined,
      input,
    );
    const fix = (issue as { params?: { fix?: string } }).params?.fix;
    if (path === 'schemaVersion' && given !== undefined) {
      return {
        severity: 'error',
        path,
        problem: `is ${JSON.stringify(given)}, but this planner reads plans of schema version ${String((issue as { values?: unknown[] }).values?.[0] ?? 1)}`,
        fix: 'open it with the planner that wrote it, or export it again from there',
      };
    }
    if (given === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      return {
        severity: 'error',
        path,
        problem: 'is missing',
        fix:
          fix ??
          `add it${issue.code === 'invalid_value' ? ` (one of: ${issue.values.map(String).join(', ')})` : ` (${issue.expected})`}`,
      };
    }
    switch (issue.code) {
      case 'invalid_type':
        return {
          severity: 'error',
          path,
          problem: `should be ${issue.expected}, not ${describe(given)}`,
          fix: fix ?? `enter ${issue.expected}`,
        };
      case 'invalid_value':
        return {
          severity: 'error',
          path,
          problem: `${JSON.stringify(given)} is not allowed`,
          fix: fix ?? `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
        };
      case 'unrecognized_keys':
        return {
          severity: 'error',
          path,
          problem: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`,
          fix: 'remove or rename it; see docs/plan-format.md for the fields',
        };
      default:
        return { severity: 'error', path, problem: issue.message, fix: fix ?? 'correct the value' };
    }
  });
}
