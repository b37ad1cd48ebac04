import type { Table } from '../../shared/matrix';
import { columnHeadings } from '../../shared/i18n';
import { tableToCsv } from '../services/export/csv';
import { writeFileAtomic } from '../services/files';
import { cliLocale } from './language';

export const TABLE_FORMATS = ['json', 'csv', 'md'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

function markdown(table: Table, headings: readonly string[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return (
    [line(headings), line(headings.map(() => '---')), ...table.rows.map(line)].join('\n') + '\n'
  );
}

export function renderTable(table: Table, format: Exclude<TableFormat, 'json'>): string {
  const headings = columnHeadings(cliLocale(), table.columns);
  return format === 'csv'
    ? tableToCsv(table, headings, { delimiter: ',', bom: false })
    : markdown(table, headings);
}

/** To stdout, or atomically to a file with --out. */
export async function emit(text: string, out?: string): Promise<void> {
  if (out) await writeFileAtomic(out, text);
  else process.stdout.write(text);
}
