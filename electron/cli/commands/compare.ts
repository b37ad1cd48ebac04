import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { compareMatrices, COMPARISON_LEVELS, type ComparisonLevel } from '../../../shared/compare';
import type { Locale } from '../../../shared/i18n';
import { computeMatrix } from '../../../shared/matrix';
import { COMPARISON_FORMATS, fileSlug } from '../../../shared/export';
import type { ComparisonFormat } from '../../services/documents/comparison/render-comparison';
import { localeOption, say } from '../language';
import { readPlanFile } from '../../services/plan-loader';
import { printWarnings } from '../output';
import { writeRendered } from '../rendered-file';

interface CompareOptions {
  format: ComparisonFormat;
  level: ComparisonLevel;
  locale: Locale;
  out?: string;
}

const fileStem = (path: string) => basename(path).replace(/(\.oeplan)?\.json$/i, '');

async function loadSide(path: string, which: string) {
  const loaded = await readPlanFile(path);
  const { plan } = loaded;
  printWarnings(loaded, `${which}: `);
  return plan;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(
      'what changes from one plan to another: rules added, removed and changed, grouped by zone pair',
    )
    .argument('<planA>', 'the plan before (JSON)')
    .argument('<planB>', 'the plan after (JSON)')
    .addOption(
      new Option('--format <format>', 'md, csv (one row per change), json, or pdf (needs --out)')
        .choices(COMPARISON_FORMATS)
        .default('md'),
    )
    .addOption(
      new Option('--level <level>', 'host rules, or firewall rules as a network team writes them')
        .choices(COMPARISON_LEVELS)
        .default('hosts'),
    )
    .addOption(localeOption())
    .option('--out <path>', 'file to write, or a folder (default: standard output)')
    .action(async (pathA: string, pathB: string, options: CompareOptions) => {
      const before = await loadSide(pathA, 'planA');
      const after = await loadSide(pathB, 'planB');
      const comparison = compareMatrices(
        computeMatrix(before),
        computeMatrix(after),
        options.level,
      );
      const { renderComparison } =
        await import('../../services/documents/comparison/render-comparison');
      const file = await renderComparison({
        before: { name: before.project.name, detail: basename(pathA) },
        after: { name: after.project.name, detail: basename(pathB) },
        comparison,
        format: options.format,
        locale: options.locale,
        baseName: `${fileSlug(fileStem(pathA))}-vs-${fileSlug(fileStem(pathB))}`,
      });
      const { added, removed, changed } = comparison;
      await writeRendered(file, options.out, say('cli.files.changes', { added, removed, changed }));
    });
}
