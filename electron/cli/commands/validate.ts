import type { Command } from 'commander';
import { say } from '../language';
import { readPlanFile } from '../../services/plan-loader';
import { printWarnings } from '../output';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check a plan file: exit 0 if valid (warnings are printed), 2 with the errors if not',
    )
    .argument('<plan>', 'plan file (JSON)')
    .action(async (path: string) => {
      const loaded = await readPlanFile(path);
      const { plan, warnings } = loaded;
      printWarnings(loaded);
      const valid = say('cli.valid', {
        path,
        name: plan.project.name,
        installation: say(`cli.installations.${plan.installation}`),
        nodes: say('cli.nodes', { count: plan.nodes.length }),
        warnings: say('cli.warnings', { count: warnings.length }),
      });
      process.stdout.write(`${valid}\n`);
    });
}
