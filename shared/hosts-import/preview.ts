import type { Plan } from '../plan/schema';
import {
  accountRows,
  type ImportAccounting,
  type ImportOptions,
  type ImportTarget,
} from './accounting';
import { mappingKey } from './apply';
import {
  columnHeadings,
  guessMapping,
  hasHeadingRow,
  mappingOfHeadings,
  type ColumnMapping,
} from './columns';
import type { Sheet } from './sheet';
import { proposeSummaries, type SummaryNetwork } from './summaries';

/** What the mapping step shows: the columns, the mapping (guessed or remembered), every row's fate. */
export interface ImportPreview {
  headed: boolean;
  headings: string[];
  mapping: ColumnMapping;
  /** Where the mapping came from: the plan's last import of this kind, or a guess. */
  mappingFrom: 'remembered' | 'guessed' | 'chosen';
  accounting: ImportAccounting;
  summaries: SummaryNetwork[];
}

export interface PreviewChoices {
  target: ImportTarget;
  /** The technician's mapping; without it, the plan's remembered one, else a guess. */
  mapping?: ColumnMapping;
  headed?: boolean;
  /** The widest network a summary may be (a prefix length); undefined: no summaries offered. */
  widest?: number;
  clientKind?: ImportOptions['clientKind'];
  defaultGroup?: string;
}

export function previewImport(plan: Plan, sheet: Sheet, choices: PreviewChoices): ImportPreview {
  const headed = choices.headed ?? hasHeadingRow(sheet.rows);
  const headings = columnHeadings(sheet.rows, headed);
  const remembered = plan.importMappings?.[mappingKey(choices.target)];
  const recalled = remembered && mappingOfHeadings(remembered, headings);
  const mapping = choices.mapping ?? recalled ?? guessMapping(sheet.rows, headed);
  const accounting = accountRows(plan, sheet.rows, {
    target: choices.target,
    mapping,
    headed,
    ...(choices.clientKind ? { clientKind: choices.clientKind } : {}),
    ...(choices.defaultGroup ? { defaultGroup: choices.defaultGroup } : {}),
  });
  const imported = accounting.outcomes.flatMap((o) => (o.outcome === 'imported' ? [o] : []));
  const summaries =
    choices.widest === undefined
      ? []
      : proposeSummaries(
          imported,
          choices.widest,
          choices.target.into === 'clients' ? (row) => row.name.toLowerCase() : undefined,
        );
  return {
    headed,
    headings,
    mapping,
    mappingFrom: choices.mapping ? 'chosen' : recalled ? 'remembered' : 'guessed',
    accounting,
    summaries,
  };
}
