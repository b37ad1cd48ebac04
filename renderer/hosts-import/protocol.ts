import type {
  ImportPreview,
  PreviewChoices,
  RowOutcome,
  SheetRow,
  SummaryNetwork,
} from '../../shared/hosts-import';
import type { Plan } from '../../shared/plan';

// Between the window and the import worker, which reads the file and accounts for its rows off
// the window's thread (10,000 rows take a few hundred milliseconds).

/** The file as read: what it was, and its first rows for the preview table. */
export interface SheetInfo {
  format: 'csv' | 'xlsx';
  delimiter?: string;
  encoding?: string;
  rowCount: number;
  head: SheetRow[];
  /** Whether a ports export was joined to it. */
  joined: boolean;
}

export interface PreviewRequest {
  /** The plan as the editor has it now (JSON). */
  planText: string;
  choices: PreviewChoices;
  /** Summaries the technician turned down, by summaryKey. */
  rejected: string[];
}

/** What the mapping step shows: small, whatever the size of the file. */
export interface PreviewReply {
  headed: boolean;
  headings: string[];
  mapping: ImportPreview['mapping'];
  mappingFrom: ImportPreview['mappingFrom'];
  counts: ImportPreview['accounting']['counts'];
  /** Rows that change the plan: imported, or inside a network they add a protocol to. */
  changing: number;
  /** The first rows that are not imported as they are, and how many there are in all. */
  notImported: Exclude<RowOutcome, { outcome: 'imported' }>[];
  notImportedCount: number;
  summaries: (Omit<SummaryNetwork, 'rows'> & { key: string; count: number })[];
  over: { path: string; count: number; maximum: number }[];
}

export type ImportRequests = {
  /** The file, and for a Get-Printer export the server's Get-PrinterPort export to join. */
  read: { payload: { bytes: ArrayBuffer; ports?: ArrayBuffer }; reply: SheetInfo };
  preview: { payload: PreviewRequest; reply: PreviewReply };
  /** The plan with the rows in it, for the one assignment that confirms the import. */
  apply: { payload: PreviewRequest; reply: Plan };
};

/** A proposed summary's identity across previews (the same network of the same place). */
export const summaryKey = (s: Pick<SummaryNetwork, 'site' | 'group' | 'protocols' | 'network'>) =>
  `${s.site ?? ''}|${s.group ?? ''}|${s.protocols.join('+')}|${s.network}`;

/** The worker's answer when the two files are no Get-Printer and Get-PrinterPort pair. */
export const NOT_A_PAIR = 'not-a-pair';

/** A Get-Printer export names each printer's port: a ports export can be joined to it. */
export const namesPorts = (head: readonly SheetRow[]) =>
  (head[0]?.cells ?? []).some((cell) => cell.trim().toLowerCase() === 'portname');
