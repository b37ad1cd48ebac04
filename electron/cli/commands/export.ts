import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { LOCALES, type Locale } from '../../../shared/i18n';
import { formatIssue } from '../../../shared/plan';
import { ProbeReport, type ProbeResult } from '../../../shared/probes/model';
import { CHECKLIST_LEVELS, type ChecklistLevel } from '../../services/export/checklist';
import type { CsvDelimiter } from '../../services/export/csv';
import {
  EXPORT_FORMATS,
  ExportInputError,
  isScriptFormat,
  renderExport,
  type ExportFile,
  type ExportFormat,
} from '../../services/export/service';
import { writeFileAtomic } from '../../services/files';
import { EXIT, UsageError } from '../errors';
import { loadPlan, readJsonFile } from '../plan-file';

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

const DELIMITERS: Record<string, CsvDelimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
};

function checkCombination(o: ExportCliOptions): void {
  const script = isScriptFormat(o.format);
  if (o.host !== undefined && !script)
    throw new UsageError(
      `--host applies to the scripts (ps1, nft, firewalld), not to ${o.format}.`,
    );
  if (o.level !== undefined && script)
    throw new UsageError(
      `--level applies to pdf, csv and xlsx; a script always holds the inbound rules of its host. Fix: leave --level out.`,
    );
  if (o.delimiter !== undefined && o.format !== 'csv')
    throw new UsageError(`--delimiter applies to --format csv only.`);
  if (o.delimiter !== undefined && !DELIMITERS[o.delimiter])
    throw new UsageError(
      `--delimiter "${o.delimiter}" is not a CSV delimiter. Fix: use "," (or comma) or ";" (or semicolon, for German Excel).`,
    );
}

/** Probe reports from `probe`; several hosts probe their own rules, so several files may come. */
async function loadProbes(paths: readonly string[], planName: string): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  for (const path of paths) {
    const parsed = ProbeReport.safeParse(await readJsonFile(path));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map(String).join('.') || '(the document)';
      throw new UsageError(
        `${path} is not a probe report: ${field}: ${issue.message}. Fix: pass a file written by "oe-ports probe" with --format json.`,
      );
    }
    if (parsed.data.planName !== planName) {
      process.stderr.write(
        `warning: ${path} was probed for plan "${parsed.data.planName}", this plan is "${planName}"; only rules with the same id are joined.\n`,
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
      throw new UsageError(
        `--out ${out} is a file, but one script per host needs a folder. Fix: name a folder, or pick one host with --host.`,
      );
    await mkdir(out, { recursive: true });
    return files.map((f) => join(out, f.fileName));
  }
  return [(await isDirectory(out)) ? join(out, files[0]!.fileName) : out];
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'export the checklist (pdf, csv, xlsx) or the firewall scripts of the hosts (ps1, nft, firewalld)',
    )
    .argument('<plan>', 'plan file (JSON)')
    .addOption(
      new Option('--format <format>', 'what to write')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--level <level>', 'host rules or merged firewall rules (default: hosts)').choices(
        CHECKLIST_LEVELS,
      ),
    )
    .addOption(new Option('--locale <locale>', 'language').choices(LOCALES).default('en'))
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
      const { plan, warnings } = await loadPlan(path);
      for (const w of warnings) process.stderr.write(`${formatIssue(w)}\n`);
      const probes = await loadProbes(options.probes, plan.project.name);
      let result;
      try {
        result = await renderExport({
          plan,
          probes,
          format: options.format,
          locale: options.locale,
          level: options.level,
          delimiter: options.delimiter === undefined ? undefined : DELIMITERS[options.delimiter],
          host: options.host,
          revision: options.revision,
        });
      } catch (e) {
        if (e instanceof ExportInputError) throw new UsageError(`--${e.field}: ${e.message}`);
        throw e;
      }
      for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
      const many = isScriptFormat(options.format) && options.host === undefined;
      const paths = await targets(result.files, options.out, many);
      // Each file lands whole or not at all: a temporary file, flushed, then renamed into place.
      for (const [i, file] of result.files.entries()) {
        await writeFileAtomic(paths[i]!, file.bytes).catch((e: NodeJS.ErrnoException) => {
          throw new UsageError(
            `cannot write ${paths[i]}: ${e.message}. Nothing half-written was left: an existing ${paths[i]} is unchanged.`,
            EXIT.failure,
          );
        });
      }
      const pages =
        result.preview.kind === 'table' && result.preview.pageCount !== undefined
          ? `, ${result.preview.pageCount} pages`
          : '';
      for (const [i, file] of result.files.entries()) {
        process.stdout.write(
          `wrote ${paths[i]} (${file.ruleCount} rule${file.ruleCount === 1 ? '' : 's'}${pages})\n`,
        );
      }
    });
}
