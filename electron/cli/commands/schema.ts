import type { Command } from 'commander';
import { planJsonSchema } from '../../../shared/plan';
import { emit } from '../output';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of plan files (for editors and other tools)')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { out?: string }) => {
      await emit(`${JSON.stringify(planJsonSchema(), null, 2)}\n`, options.out);
    });
}
