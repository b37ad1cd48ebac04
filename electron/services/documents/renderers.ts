import type {
  ChecklistLevel,
  CsvDelimiter,
  DocumentKind,
  ExportFormat,
  FormatOf,
  ScriptFormat,
} from '../../../shared/export';
import { LOCALE_PROFILES } from '../../../shared/i18n';
import type { Plan } from '../../../shared/plan';
import type { Checklist } from './checklist/checklist';
import {
  comparisonCsv,
  comparisonJson,
  comparisonMarkdown,
  type ComparisonInput,
} from './comparison/comparison-document';
import { checklistCsv } from './csv';
import { changeRequestCsv } from './change-request/change-request-csv';
import { utf8, type RenderedBody } from './document-file';
import { presalesJson, presalesMarkdown, type PresalesInput } from './presales/presales-document';
import { ZONE_FIREWALL_RENDERERS } from './firewalls/zone-firewalls';
import { firewalldScript } from './scripts/firewalld';
import type { HostScript } from './scripts/inbound';
import { nftablesScript } from './scripts/nftables';
import { powershellScript } from './scripts/powershell';

// The renderer of every format of shared/export's DOCUMENTS, one table per kind: a format without a
// renderer does not compile. The PDF and XLSX libraries are loaded on use: they would slow every
// other command's start.

export interface ChecklistRenderOptions {
  level: ChecklistLevel;
  /** CSV only; without it ',' for English and ';' for German (German Excel reads ';'). */
  delimiter?: CsvDelimiter;
}

type ChecklistRenderer = (
  checklist: Checklist,
  options: ChecklistRenderOptions,
) => Promise<RenderedBody>;
/** One host's firewall script, as text. */
type ScriptRenderer = (script: HostScript, plan: Plan) => string;

export const CHECKLIST_RENDERERS: Record<Exclude<ExportFormat, ScriptFormat>, ChecklistRenderer> = {
  pdf: async (checklist, { level }) =>
    (await import('./checklist/checklist-pdf')).checklistPdf(checklist, level),
  csv: async (checklist, { level, delimiter }) =>
    utf8(
      checklistCsv(checklist, level, delimiter ?? LOCALE_PROFILES[checklist.locale].csvDelimiter),
    ),
  xlsx: async (checklist, { level }) => {
    const { checklistXlsx } = await import('./xlsx');
    return { bytes: await checklistXlsx(checklist, level) };
  },
  ...ZONE_FIREWALL_RENDERERS,
  html: async (checklist, { level }) =>
    (await import('./report/report-html')).checklistHtml(checklist, level),
  'change-request-xlsx': async (checklist, { level }) => {
    const { changeRequestXlsx } = await import('./change-request/change-request-xlsx');
    return { bytes: await changeRequestXlsx(checklist, level) };
  },
  'change-request-csv': async (checklist, { level, delimiter }) =>
    utf8(
      changeRequestCsv(
        checklist,
        level,
        delimiter ?? LOCALE_PROFILES[checklist.locale].csvDelimiter,
      ),
    ),
  'scripts-zip': async (checklist) => ({
    bytes: (await import('./scripts/scripts-zip')).scriptsZip(checklist, SCRIPT_RENDERERS).bytes,
  }),
};

export const SCRIPT_RENDERERS: Record<ScriptFormat, ScriptRenderer> = {
  ps1: powershellScript,
  nft: (script) => nftablesScript(script),
  firewalld: (script) => firewalldScript(script),
};

/** Every format of a kind of document, rendered from the same input. */
type Renderers<K extends DocumentKind, Input> = Record<
  FormatOf<K>,
  (input: Input) => Promise<RenderedBody>
>;

export const PRESALES_RENDERERS: Renderers<'presales', PresalesInput> = {
  md: async (input) => utf8(presalesMarkdown(input)),
  json: async (input) => utf8(presalesJson(input)),
  pdf: async (input) => (await import('./presales/presales-pdf')).presalesPdf(input),
};

export const COMPARISON_RENDERERS: Renderers<'comparison', ComparisonInput> = {
  md: async (input) => utf8(comparisonMarkdown(input)),
  csv: async (input) => utf8(comparisonCsv(input)),
  json: async (input) => utf8(comparisonJson(input)),
  pdf: async (input) => (await import('./comparison/comparison-pdf')).comparisonPdf(input),
};
