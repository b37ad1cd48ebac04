import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePlan, type Plan } from '../../shared/plan';

export const EXAMPLES_DIR = join(import.meta.dirname, '../../docs/examples');
export const EXAMPLES = [
  'single-minimal',
  'single-every-feature',
  'cluster-3-islands',
  'cluster-5-every-feature',
] as const;
export type ExampleName = (typeof EXAMPLES)[number];

export const examplePath = (name: ExampleName) => join(EXAMPLES_DIR, `${name}.oeplan.json`);

export function exampleDocument(name: ExampleName): Record<string, unknown> {
  return JSON.parse(readFileSync(examplePath(name), 'utf8')) as Record<string, unknown>;
}

/** A valid example plan, with edits applied to a copy of its document. */
export function examplePlan(name: ExampleName, edit?: (doc: any) => void): Plan {
  const doc = structuredClone(exampleDocument(name));
  edit?.(doc);
  const { plan, issues } = validatePlan(doc);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!plan || errors.length > 0)
    throw new Error(`example ${name} is invalid: ${JSON.stringify(errors)}`);
  return plan;
}

/**
 * A valid example plan with edits the validator would refuse (control characters, formula
 * payloads), made after validation: what an exporter must still withstand, defence in depth.
 */
export function hostilePlan(name: ExampleName, edit: (plan: any) => void): Plan {
  const plan = structuredClone(examplePlan(name));
  edit(plan);
  return plan;
}
