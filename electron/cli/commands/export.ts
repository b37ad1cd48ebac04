import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { Refusal } from '../../../shared/api/refusal';
import { text, type Locale } from '../../../shared/i18n';
import { ProbeReport, type ProbeResult } from '../../../shared/probes/model';
import {
  CHECKLIST_LEVELS,
  EXPORT_FORMATS,
  isDelimitedFormat,
  isScriptFormat,
  SCRIPT_FORMATS,
  type ChecklistLevel,
  type CsvDelimiter,
  type ExportFormat,
} from '../../../shared/export';
import type { ExportFile } from '../../services/documents/checklist/checklist-export';
import { makeFolder, writeFileAtomic } from '../../services/files';
import { readJsonFile, readPlanFile } from '../../services/plan-loader';
import { localeOption, say } from '../language';
import { printWarnings } from '../output';

interface ExportCliOptions {
  format: ExportFormat;
  level?: ChecklistLevel;
  locale: Locale;
  delimiter?: string;
  host?: string;
  probes: string[];
  revision?: string;
  out: string;
}

/** The checklist of the command line lists firewall rules unless --level hosts asks for host rules. */
export const DEFAULT_LEVEL: ChecklistLevel = 'firewall';

const DELIMITERS: Record<string, CsvDelimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
};

const misused = (said: Parameters<typeof text>[0], vars?: Parameters<typeof text>[1]) =>
  new Refusal('bad-request', text(said, vars));

function checkCombination(o: ExportCliOptions): void {
  const script = isScriptFormat(o.format);
  if (o.host !== undefined && !script)
    throw misused('cli.export.hostOnlyScripts', { format: o.format });
  if (o.level !== undefined && script) throw misused('cli.export.levelNotForScripts');
  if (o.delimiter !== undefined && !isDelimitedFormat(o.format))
    throw misused('cli.export.delimiterOnlyCsv');
  if (o.delimiter !== undefined && !DELIMITERS[o.delimiter])
    throw misused('cli.export.delimiterInvalid', { delimiter: o.delimiter });
}

/** Probe reports from `probe`; several hosts probe their own rules, so several files may come. */
async function loadProbes(
  paths: readonly string[],
  plan: { planName: string; planId?: string | undefined },
): Promise<ProbeResult[]> {
  const { planName } = plan;
  const results: ProbeResult[] = [];
  for (const path of paths) {
    const parsed = ProbeReport.safeParse(await readJsonFile(path));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map(String).join('.') || say('cli.export.wholeDocument');
      throw misused('cli.export.notProbeReport', { path, field, message: issue.message });
    }
    // Rule ids name hosts, not addresses: a report of another plan could match by accident. Both
    // with the library's id: it decides; else (a plan file or report of an older planner) the name.
    const { planId } = parsed.data;
    const other =
      planId !== undefined && plan.planId !== undefined
        ? planId !== plan.planId
        : parsed.data.planName !== planName;
    if (other) {
      throw new Refusal(
        'bad-request',
        text('errors.report.otherPlan', {
          file: path,
          probed: parsed.data.planName,
          plan: planName,
        }),
        { path },
      );
    }
    results.push(...parsed.data.results);
  }
  return results;
}

const isDirectory = async (path: string) =>
  (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

/** Where each file goes: --out itself, or inside --out when it is a folder (always for several files). */
async function targets(
  files: readonly ExportFile[],
  out: string,
  many: boolean,
): Promise<string[]> {
  if (many) {
    if ((await stat(out).catch(() => undefined))?.isFile())
      throw new Refusal('bad-request', text('cli.export.outIsFile', { out }), { path: out });
    await makeFolder(out);
    return files.map((f) => join(out, f.fileName));
  }
  return [(await isDirectory(out)) ? join(out, files[0]!.fileName) : out];
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      `export the checklist (${EXPORT_FORMATS.filter((f) => !isScriptFormat(f)).join(', ')}) or the firewall scripts of the hosts (${SCRIPT_FORMATS.join(', ')})`,
    )
    .argument('<plan>', 'plan file (JSON)')
    .addOption(
      new Option('--format <format>', 'what to write')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '--level <level>',
        'pdf, csv, xlsx: firewall rules, merged as a network team writes them (the PDF adds the host rules as an appendix), or hosts: one rule per source and destination only (default: firewall)',
      ).choices(CHECKLIST_LEVELS),
    )
    .addOption(localeOption())
    .option('--delimiter <char>', 'CSV: "," or ";" (default: "," for en, ";" for de)')
    .option('--host <name>', 'scripts: only this host, --out is then a file')
    .option(
      '--probes <file>',
      'probe results (JSON from "oe-ports probe"); repeat for several hosts',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--revision <text>', 'the plan revision to print (default: a hash of the plan)')
    .requiredOption(
      '--out <path>',
      'file to write, or a folder (scripts without --host: one file per host in it)',
    )
    .action(async (path: string, options: ExportCliOptions) => {
      checkCombination(options);
      const loaded = await readPlanFile(path);
      const { plan } = loaded;
      printWarnings(loaded);
      const probes = await loadProbes(options.probes, {
        planName: plan.project.name,
        planId: plan.planId,
      });
      // The document libraries (pdfmake, ExcelJS) load only for the command that writes documents.
      const { renderExport } = await import('../../services/documents/checklist/checklist-export');
      const result = await renderExport({
        plan,
        probes,
        format: options.format,
        locale: options.locale,
        // A network team's view unless host rules are asked for; a script has no level.
        level: isScriptFormat(options.format) ? undefined : (options.level ?? DEFAULT_LEVEL),
        delimiter: options.delimiter === undefined ? undefined : DELIMITERS[options.delimiter],
        host: options.host,
        revision: options.revision,
      });
      for (const w of result.warnings)
        process.stderr.write(`${say('cli.warning', { message: w })}\n`);
      const many = isScriptFormat(options.format) && options.host === undefined;
      const paths = await targets(result.files, options.out, many);
      // Each file lands whole or not at all: a temporary file, flushed, then renamed into place.
      for (const [i, file] of result.files.entries()) await writeFileAtomic(paths[i]!, file.bytes);
      const pages =
        result.preview.kind === 'table' && result.preview.pageCount !== undefined
          ? say('cli.export.pages', { count: result.preview.pageCount })
          : '';
      for (const [i, file] of result.files.entries()) {
        const wrote = say('cli.export.wrote', { path: paths[i]!, count: file.ruleCount, pages });
        process.stdout.write(`${wrote}\n`);
      }
    });
}
