import { Option, type Command } from 'commander';
import type { Locale } from '../../../shared/i18n';
import { PRESALES_FORMATS } from '../../../shared/export';
import type { PresalesFormat } from '../../services/documents/presales/render-presales';
import { localeOption, say } from '../language';
import { readPlanFile } from '../../services/plan-loader';
import { printWarnings } from '../output';
import { writeRendered } from '../rendered-file';

interface SummaryOptions {
  format: PresalesFormat;
  locale: Locale;
  revision?: string;
  out?: string;
}

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description(
      'the pre-sales summary of a plan: servers, components, firewall rules by zone pair, documented versus inferred, open questions',
    )
    .argument('<plan>', 'plan file (JSON)')
    .addOption(
      new Option('--format <format>', 'md, json, or a one-page pdf (needs --out)')
        .choices(PRESALES_FORMATS)
        .default('md'),
    )
    .addOption(localeOption())
    .option('--revision <text>', 'the plan revision to print (default: a hash of the plan)')
    .option('--out <path>', 'file to write, or a folder (default: standard output)')
    .action(async (path: string, options: SummaryOptions) => {
      const loaded = await readPlanFile(path);
      const { plan } = loaded;
      printWarnings(loaded);
      const { renderPresales } = await import('../../services/documents/presales/render-presales');
      const file = await renderPresales({
        plan,
        format: options.format,
        locale: options.locale,
        revision: options.revision,
      });
      await writeRendered(
        file,
        options.out,
        say('cli.files.summaryOf', { name: plan.project.name }),
      );
    });
}
