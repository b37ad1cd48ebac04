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
import { cliLocale, say, sayText } from './language';

export interface LoadedPlan {
  plan: Plan;
  warnings: PlanIssue[];
}

function describeReadError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return say('cli.read.missing', { path });
  if (code === 'EISDIR') return say('cli.read.folder', { path });
  if (code === 'EACCES') return say('cli.read.denied', { path });
  return say('cli.read.failed', { path, message: (e as Error).message });
}

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(describeReadError(path, e));
  }
  const json = parseJsonText(path, text);
  if (!json.ok) {
    throw new UsageError(say('cli.invalidJson', { message: sayText(json.text) }));
  }
  return json.value;
}

/** Read, parse and check a plan file; errors become one readable message (exit 2). */
export async function loadPlan(path: string): Promise<LoadedPlan> {
  const { plan, issues } = validatePlan(await readJsonFile(path));
  if (!plan || hasErrors(issues)) {
    const errors = issues.filter((i) => i.severity === 'error');
    const lines = issues.map((i) => `  ${formatIssue(i, cliLocale())}`);
    throw new UsageError(
      [say('cli.invalidPlan', { path, count: errors.length }), ...lines].join('\n'),
    );
  }
  return { plan, warnings: issues };
}

/** A plan's warnings on standard error, in this run's language. */
export function printWarnings(warnings: readonly PlanIssue[], prefix = ''): void {
  for (const w of warnings) process.stderr.write(`${prefix}${formatIssue(w, cliLocale())}\n`);
}
