import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import type { PlanDocument } from '../../../shared/api/contract';
import { Refusal } from '../../../shared/api/refusal';
import { CLIENT_KINDS, type ClientKind } from '../../../shared/catalog';
import {
  applyImport,
  headingsOfMapping,
  IMPORT_FIELDS,
  joinPrinterPorts,
  overLimits,
  previewImport,
  WIDEST_SUMMARY,
  type ColumnMapping,
  type ImportField,
  type ImportTarget,
  type RowOutcome,
} from '../../../shared/hosts-import';
import { text, type Text } from '../../../shared/i18n';
import { writeFileAtomic } from '../../services/files';
import { readSpreadsheetFile } from '../../services/hosts-import/spreadsheet-file';
import { checkedPlan, readPlanFile } from '../../services/plan-loader';
import { sayText } from '../language';

interface ImportHostsOptions {
  mapping?: string;
  into: string;
  kind: ClientKind;
  summarise?: string;
  header?: boolean;
  skipRefused?: boolean;
  ports?: string;
  out: string;
}

const refuse = (field: string, said: Text) => new Refusal('bad-request', said, { field });

function target(value: string, sites: readonly string[]): ImportTarget {
  if (value === 'printers' || value === 'clients') return { into: value };
  const site = /^island:(.+)$/s.exec(value)?.[1]?.trim();
  if (!site) throw refuse('into', text('imports.cli.into', { value }));
  if (!sites.some((s) => s.toLowerCase() === site.toLowerCase())) {
    throw refuse('into', text('imports.cli.noSite', { site, sites: sites.join(', ') || '–' }));
  }
  return { into: 'island', site };
}

/** "name=Name,address=HostAddress": each field to a column by its heading, or "#3". */
function mappingOf(value: string, headings: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of value.split(',')) {
    const [field = '', column = ''] = pair.split('=').map((p) => p.trim());
    if (!(IMPORT_FIELDS as readonly string[]).includes(field) || column === '') {
      throw refuse('mapping', text('imports.cli.mappingSyntax', { value: pair }));
    }
    const number = /^#(\d+)$/.exec(column)?.[1];
    const index = number
      ? Number(number) - 1
      : headings.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    if (index < 0 || index >= headings.length) {
      throw refuse(
        'mapping',
        text('imports.cli.noSuchColumn', { column, columns: headings.join(', ') }),
      );
    }
    mapping[field as ImportField] = index;
  }
  return mapping;
}

function widest(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const prefix = Number(value.replace(/^\//, ''));
  if (!Number.isInteger(prefix) || prefix < WIDEST_SUMMARY || prefix > 30) {
    throw refuse('summarise', text('imports.cli.widest', { value }));
  }
  return prefix;
}

/** What happened to a row, as the report line says it. */
export function outcomeText(o: RowOutcome): Text {
  switch (o.outcome) {
    case 'imported':
      return text('imports.outcomes.imported');
    case 'merged':
      return o.added.length > 0
        ? text('imports.outcomes.mergedAdds', { into: o.into, protocols: o.added.join(', ') })
        : text('imports.outcomes.merged', { into: o.into });
    case 'duplicate':
      return text('imports.outcomes.duplicate', { of: o.of });
    case 'refused':
      return text('imports.outcomes.refused', { reason: o.reason });
  }
}

export function registerImportHosts(program: Command): void {
  program
    .command('import-hosts')
    .description(
      'import printers, printer networks, island printers or client groups from a CSV or XLSX file (a print server export, a plain IP list) into a plan; every row is reported',
    )
    .argument('<plan>', 'plan file (JSON)')
    .argument('<file>', 'spreadsheet: CSV (comma or semicolon, UTF-8 or Windows-1252) or XLSX')
    .option(
      '--mapping <fields>',
      'columns by heading or number, e.g. name=Name,address=HostAddress,port=PortNumber,protocol=Protocol,site=Site (default: the plan’s last, else guessed)',
    )
    .option('--into <target>', 'printers, clients or island:SITE', 'printers')
    .addOption(
      new Option('--kind <kind>', 'client groups: the kind of rows without a protocol')
        .choices(CLIENT_KINDS)
        .default('lpr-clients'),
    )
    .option(
      '--summarise <prefix>',
      'summarise single addresses into networks no wider than /PREFIX',
    )
    .option('--header', 'the first row holds headings (default: detected)')
    .option('--no-header', 'the first row is data')
    .option(
      '--ports <file>',
      'with a Get-Printer export: the Get-PrinterPort export of the same server, joined by PortName',
    )
    .option('--skip-refused', 'write the plan even when rows are refused (they are reported)')
    .requiredOption('--out <plan>', 'the plan file to write (may be <plan> itself)')
    .action(async (planPath: string, file: string, options: ImportHostsOptions) => {
      const loaded = await readPlanFile(planPath);
      const { plan } = loaded;
      const into = target(
        options.into,
        plan.islandSites.map((s) => s.name),
      );
      const printers = await readSpreadsheetFile(file);
      const sheet = options.ports
        ? joinPrinterPorts(printers, await readSpreadsheetFile(options.ports))
        : printers;
      if (!sheet) {
        throw refuse('ports', text('imports.cli.notPair', { file: basename(file) }));
      }
      const first = previewImport(plan, sheet, {
        target: into,
        ...(options.header === undefined ? {} : { headed: options.header }),
      });
      const preview = previewImport(plan, sheet, {
        target: into,
        headed: first.headed,
        mapping: options.mapping ? mappingOf(options.mapping, first.headings) : first.mapping,
        widest: widest(options.summarise),
        clientKind: options.kind,
        defaultGroup: sayText(text('imports.ui.defaultGroup')),
      });
      if (preview.mapping.address === undefined) {
        throw refuse('mapping', text('imports.cli.noAddressColumn', { file: basename(file) }));
      }
      const { outcomes, counts } = preview.accounting;
      for (const o of outcomes) {
        if (o.outcome === 'imported') continue;
        const line = text('imports.cli.row', { row: o.row, outcome: outcomeText(o) });
        process.stdout.write(`${sayText(line)}\n`);
      }
      for (const summary of preview.summaries) {
        const said = text('imports.summary', {
          count: summary.rows.length,
          network: summary.network,
          extra: summary.extra,
        });
        process.stdout.write(`${sayText(said)}\n`);
      }
      const countsText = text('imports.counts', { ...counts });
      process.stdout.write(
        `${sayText(text('imports.cli.report', { file: basename(file), counts: countsText }))}\n`,
      );
      if (counts.refused > 0 && !options.skipRefused) {
        throw refuse('skip-refused', text('imports.cli.refused', { count: counts.refused }));
      }
      const next = applyImport(
        loaded.document as unknown as typeof plan,
        into,
        preview.accounting,
        preview.summaries,
        headingsOfMapping(preview.mapping, preview.headings),
      ) as unknown as PlanDocument;
      const over = overLimits(next as unknown as typeof plan);
      if (over.length > 0) {
        const [first] = over;
        throw new Refusal(
          'bad-request',
          text('imports.cli.tooMany', {
            message: text('imports.tooMany', {
              list: first!.path,
              count: first!.count,
              maximum: first!.maximum,
            }),
          }),
        );
      }
      checkedPlan(next, (count) => text('cli.invalidPlan', { path: options.out, count }));
      await writeFileAtomic(options.out, `${JSON.stringify(next, null, 2)}\n`);
      process.stdout.write(`${sayText(text('imports.cli.wrote', { path: options.out }))}\n`);
    });
}
