import { readFile } from 'node:fs/promises';
import { formatIssue, hasErrors, validatePlan, type Plan, type PlanIssue } from '../../shared/plan';
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

/** JSON.parse's message names a position; add line and column so the user finds it. */
function describeJsonError(path: string, text: string, e: Error): string {
  const position = /position (\d+)/.exec(e.message);
  if (!position)
    return `${path} is not valid JSON: ${e.message}. Fix: save it as a JSON plan file.`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${path} is not valid JSON at line ${line}, column ${column}: ${e.message}. Fix: correct the JSON there.`;
}

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(describeReadError(path, e));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(describeJsonError(path, text, e as Error));
  }
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
