import type { Table } from '../../shared/matrix';
import { columnHeadings } from '../../shared/i18n';
import { formatIssue, type PlanIssue } from '../../shared/plan';
import { tableToCsv } from '../services/documents/csv';
import { markdownTable } from '../services/documents/markdown';
import { writeFileAtomic } from '../services/files';
import { cliLocale } from './language';

export const TABLE_FORMATS = ['json', 'csv', 'md'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export function renderTable(table: Table, format: Exclude<TableFormat, 'json'>): string {
  const headings = columnHeadings(cliLocale(), table.columns);
  return format === 'csv'
    ? tableToCsv(table, headings, { delimiter: ',', bom: false })
    : markdownTable(headings, table.rows);
}

/** To stdout, or atomically to a file with --out (refused, naming --out, when it cannot be). */
export async function emit(text: string, out?: string): Promise<void> {
  if (out) await writeFileAtomic(out, text);
  else process.stdout.write(text);
}

/** A plan's warnings on standard error, in this run's language, each field named as the wizard names it. */
export function printWarnings(
  { warnings, document }: { warnings: readonly PlanIssue[]; document: unknown },
  prefix = '',
): void {
  for (const w of warnings) {
    process.stderr.write(`${prefix}${formatIssue(w, cliLocale(), document)}\n`);
  }
}
