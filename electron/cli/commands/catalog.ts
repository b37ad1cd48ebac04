import { Option, type Command } from 'commander';
import { CATALOG, printedRow } from '../../../shared/catalog';
import { catalogTable } from '../../../shared/matrix';
import { emit, renderTable, TABLE_FORMATS, type TableFormat } from '../output';

export function registerCatalog(program: Command): void {
  program
    .command('catalog')
    .description('print the whole port catalog with evidence and sources')
    .addOption(
      new Option('--format <format>', 'output format').choices(TABLE_FORMATS).default('md'),
    )
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { format: TableFormat; out?: string }) => {
      const text =
        options.format === 'json'
          ? `${JSON.stringify({ rows: CATALOG.map(printedRow) }, null, 2)}\n`
          : renderTable(catalogTable(), options.format);
      await emit(text, options.out);
    });
}
