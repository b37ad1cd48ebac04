import { z } from 'zod';
import { LOCALES } from '../i18n';
import { DOCUMENTS, formatsOf, type DocumentEntry, type FormatOf } from './documents';

// What an export can be asked for: part of the API contract, so it lives in the pure core and the
// export service, the command line and the wizard's Export step all read these one definitions.

/** The checklist's formats: the PDF, the spreadsheets and the firewall scripts. */
export const EXPORT_FORMATS = formatsOf('checklist');
export type ExportFormat = FormatOf<'checklist'>;
/** The firewall scripts: one file per host. */
export type ScriptFormat = Extract<DocumentEntry, { kind: 'checklist'; perHost: true }>['format'];
export const SCRIPT_FORMATS = DOCUMENTS.flatMap((d) =>
  d.kind === 'checklist' && d.perHost ? [d.format] : [],
) as readonly ScriptFormat[];
export const isScriptFormat = (f: ExportFormat): f is ScriptFormat =>
  (SCRIPT_FORMATS as readonly string[]).includes(f);

/** The formats written as CSV: they take a delimiter. */
export const isDelimitedFormat = (f: ExportFormat): boolean =>
  DOCUMENTS.some((d) => d.kind === 'checklist' && d.format === f && d.extension === 'csv');

/** The change request sheets: the network team's answer comes back through them (import-status). */
export const CHANGE_REQUEST_FORMATS = [
  'change-request-xlsx',
  'change-request-csv',
] as const satisfies readonly ExportFormat[];
export type ChangeRequestFormat = (typeof CHANGE_REQUEST_FORMATS)[number];
export const isChangeRequestFormat = (f: ExportFormat): f is ChangeRequestFormat =>
  (CHANGE_REQUEST_FORMATS as readonly string[]).includes(f);

/** Host rules (one per source and destination) or firewall rules (merged as a network team writes them). */
export const CHECKLIST_LEVELS = ['hosts', 'firewall'] as const;
export type ChecklistLevel = (typeof CHECKLIST_LEVELS)[number];

/** ',' for most spreadsheets, ';' for German Excel. */
export const CSV_DELIMITERS = [',', ';'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** What the Export step (and the command line) chooses; the same schema parses both. */
export const ExportOptions = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  locale: z.enum(LOCALES).default('en'),
  level: z.enum(CHECKLIST_LEVELS).default('hosts'),
  /** CSV only; without it ',' for English and ';' for German (German Excel reads ';'). */
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  /** Scripts only: one host; without it one script per host of the plan. */
  host: z.string().trim().min(1).optional(),
  /** The stored plan's revision; without it a hash of the plan. */
  revision: z.string().trim().max(100).optional(),
});
export type ExportOptions = z.input<typeof ExportOptions>;

/** What an export shows before it is saved: the first rows, or the scripts per host. */
export type ExportPreview =
  | {
      kind: 'table';
      headings: string[];
      /** The first rows, as the CSV and XLSX hold them. */
      rows: string[][];
      rowCount: number;
      /** PDF only. */
      pageCount?: number;
    }
  | {
      kind: 'scripts';
      hosts: { host: string; fileName: string; ruleCount: number; sourcesWithoutAddress: number }[];
      /** The beginning of the first script. */
      text: string;
    };
