import { readFile } from 'node:fs/promises';
import {
  formatIssue,
  hasErrors,
  parseJsonText,
  validatePlan,
  type Plan,
  type PlanIssue,
} from '../../shared/plan';
import { UsageError } from './errors';

export interface LoadedPlan {
  plan: Plan;
  warnings: PlanIssue[];
}

function describeReadError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `cannot read ${path}: no such file. Fix: check the path.`;
  if (code === 'EISDIR') return `cannot read ${path}: it is a folder. Fix: name a plan file.`;
  if (code === 'EACCES')
    return `cannot read ${path}: permission denied. Fix: check the file's permissions.`;
  return `cannot read ${path}: ${(e as Error).message}`;
}

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(describeReadError(path, e));
  }
  const json = parseJsonText(path, text);
  if (!json.ok) throw new UsageError(`${json.message}. Fix: correct the JSON there.`);
  return json.value;
}

/** Read, parse and check a plan file; errors become one readable message (exit 2). */
export async function loadPlan(path: string): Promise<LoadedPlan> {
  const { plan, issues } = validatePlan(await readJsonFile(path));
  if (!plan || hasErrors(issues)) {
    const errors = issues.filter((i) => i.severity === 'error');
    throw new UsageError(
      `${path} is not a valid plan (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
  }
  return { plan, warnings: issues };
}
