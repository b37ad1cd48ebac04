import type { Command } from 'commander';
import { formatIssue } from '../../../shared/plan';
import { loadPlan } from '../plan-file';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check a plan file: exit 0 if valid (warnings are printed), 2 with the errors if not',
    )
    .argument('<plan>', 'plan file (JSON)')
    .action(async (path: string) => {
      const { plan, warnings } = await loadPlan(path);
      for (const w of warnings) process.stderr.write(`${formatIssue(w)}\n`);
      process.stdout.write(
        `${path}: valid plan "${plan.project.name}" (${plan.installation}, ${plan.nodes.length} OE node${plan.nodes.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'})\n`,
      );
    });
}
