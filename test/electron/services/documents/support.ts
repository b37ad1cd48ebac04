import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../../../shared/i18n';
import type { ProbeResult } from '../../../../shared/probes/model';
import {
  buildChecklist,
  type Checklist,
} from '../../../../electron/services/documents/checklist/checklist';
import { examplePlan, hostilePlan, type ExampleName } from '../../../support/examples';

export const GENERATED_AT = new Date('2026-11-24T09:30:00Z');

export function exampleChecklist(
  name: ExampleName,
  options: {
    locale?: Locale;
    probes?: ProbeResult[];
    edit?: (doc: any) => void;
    /** Edits past validation (hostile names the validator refuses): see hostilePlan. */
    hostile?: (plan: any) => void;
  } = {},
): Checklist {
  return buildChecklist({
    plan: options.hostile ? hostilePlan(name, options.hostile) : examplePlan(name, options.edit),
    locale: options.locale ?? 'en',
    probes: options.probes,
    generatedAt: GENERATED_AT,
  });
}

/** Whether a command-line tool runs here; tests that need it say why they skip. */
export function hasTool(command: string, args: readonly string[] = ['--version']): boolean {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return run.error === undefined && run.status === 0;
}

/** Where tests keep what a person may want to look at afterwards (PDF pages as PNG, scripts). */
export function artefactDir(name: string): string {
  const dir = join(import.meta.dirname, '../../../../test-results/export', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
