import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { Refusal } from '../../../shared/api/refusal';
import { MAX_SHEET_BYTES, type ChangeAnswer, type RowNote } from '../../../shared/change';
import { text } from '../../../shared/i18n';
import { writeFileAtomic } from '../../services/files';
import { readPlanFile, unreadable } from '../../services/plan-loader';
import { say, sayText } from '../language';
import { printWarnings } from '../output';

interface ImportStatusOptions {
  out?: string;
  dryRun?: boolean;
  by?: string;
}

/** The sheet's bytes; a file far larger than any change request is refused before it is read. */
async function readSheet(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new Refusal('bad-request', text('cli.read.folder', { path }));
    if (info.size > maxBytes) {
      throw new Refusal(
        'bad-request',
        text('change.import.tooLarge', { file: basename(path), max: maxBytes / 1024 / 1024 }),
        { path },
      );
    }
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw unreadable(e, path);
  }
}

const rowLine = (n: RowNote) =>
  `  ${say('change.report.row', {
    where: `${say('change.import.where', { sheet: n.sheet, row: n.row })}${n.ruleId ? ` (${n.ruleId})` : ''}`,
    reason: sayText(n.text),
  })}\n`;

/** What the answer did, row by row where a row was not used: on stdout, in the run's language. */
function printReport(answer: ChangeAnswer): void {
  const lines = [
    `${say('change.report.used', { count: answer.used })}\n`,
    `${say('change.report.changed', { count: answer.changes.length })}\n`,
    ...answer.changes.map(
      (c) =>
        `  ${c.ruleId}: ${c.from ? say(`change.statuses.${c.from}`) : '–'} → ${say(`change.statuses.${c.to}`)}\n`,
    ),
    ...answer.notes.map(rowLine),
  ];
  if (answer.refused.length > 0) {
    lines.push(`${say('change.report.refused', { count: answer.refused.length })}\n`);
    lines.push(...answer.refused.map(rowLine));
  }
  process.stdout.write(lines.join(''));
}

export function registerImportStatus(program: Command): void {
  program
    .command('import-status')
    .description(
      "read the network team's answer (the filled change request sheet, XLSX or CSV) into the plan's rule statuses",
    )
    .argument('<plan>', 'plan file (JSON)')
    .argument('<sheet>', 'the answered change request sheet (.xlsx or .csv)')
    .option(
      '--out <path>',
      'where to write the plan with the statuses (may be the plan file itself)',
    )
    .option('--dry-run', 'print what the sheet would change, write nothing')
    .option('--by <name>', 'who set a status where the Approver column is empty (default: you)')
    .action(async (planPath: string, sheetPath: string, options: ImportStatusOptions) => {
      if (options.out === undefined && !options.dryRun) {
        throw new Refusal('bad-request', text('change.import.needsOut'), { field: 'out' });
      }
      const loaded = await readPlanFile(planPath);
      printWarnings(loaded);
      const { readStatusAnswer, checkUsable, withStatuses } =
        await import('../../services/change/status-import');
      const bytes = await readSheet(sheetPath, MAX_SHEET_BYTES);
      const answer = await readStatusAnswer({
        plan: loaded.plan,
        bytes,
        fileName: basename(sheetPath),
        ...(options.by === undefined ? {} : { importedBy: options.by }),
      });
      printReport(answer);
      checkUsable(answer);
      if (options.dryRun) {
        process.stdout.write(`${say('change.report.dryRun')}\n`);
        return;
      }
      const document = withStatuses(loaded.document, answer);
      await writeFileAtomic(options.out!, `${JSON.stringify(document, null, 2)}\n`);
      process.stdout.write(
        `${say('change.report.wrote', { path: options.out!, count: Object.keys(answer.statuses).length })}\n`,
      );
    });
}
