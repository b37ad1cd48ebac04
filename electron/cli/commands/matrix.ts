import { Option, type Command } from 'commander';
import { computeMatrix, LEVELS, levelTable, type Level, type Matrix } from '../../../shared/matrix';
import { readPlanFile } from '../../services/plan-loader';
import { emit, printWarnings, renderTable, TABLE_FORMATS, type TableFormat } from '../output';

function levelJson(matrix: Matrix, level: Level): unknown {
  switch (level) {
    case 'flows':
      return { flows: matrix.flows };
    case 'hosts':
      return { rules: matrix.hostRules };
    case 'firewall':
      return { rules: matrix.firewallRules };
    case 'zones':
      return matrix.zoneGrid;
  }
}

export function registerMatrix(program: Command): void {
  program
    .command('matrix')
    .description('compute the port matrix of a plan')
    .argument('<plan>', 'plan file (JSON)')
    .addOption(
      new Option('--level <level>', 'flows (role to role), hosts, firewall (merged) or zones')
        .choices(LEVELS)
        .default('hosts'),
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(TABLE_FORMATS).default('md'),
    )
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (path: string, options: { level: Level; format: TableFormat; out?: string }) => {
      const loaded = await readPlanFile(path);
      const { plan } = loaded;
      printWarnings(loaded);
      const matrix = computeMatrix(plan);
      const text =
        options.format === 'json'
          ? `${JSON.stringify(levelJson(matrix, options.level), null, 2)}\n`
          : renderTable(levelTable(matrix, options.level), options.format);
      await emit(text, options.out);
    });
}
