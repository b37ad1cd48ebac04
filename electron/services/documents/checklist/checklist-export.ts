import { columnHeadings, text, TextError, translator, type Text } from '../../../../shared/i18n';
import {
  ExportOptions,
  type ExportFormat,
  type ExportPreview,
  type ScriptFormat,
} from '../../../../shared/export';
import type { Plan } from '../../../../shared/plan';
import type { ProbeResult } from '../../../../shared/probes/model';
import { buildChecklist, checklistTable, type Checklist, type ChecklistLevel } from './checklist';
import { checklistCsv, type CsvDelimiter } from '../csv';
import { firewalldScript } from '../scripts/firewalld';
import { hostScripts, type HostScript } from '../scripts/inbound';
import { nftablesScript } from '../scripts/nftables';
import { powershellScript } from '../scripts/powershell';
import { planHosts } from './plan-topology';

// The options and the preview are part of the API contract: defined in shared/export, re-exported here.
export {
  EXPORT_FORMATS,
  ExportOptions,
  isScriptFormat,
  SCRIPT_FORMATS,
  type ExportFormat,
  type ExportPreview,
  type ScriptFormat,
} from '../../../../shared/export';

export interface ExportRequest extends ExportOptions {
  plan: Plan;
  probes?: readonly ProbeResult[];
  generatedAt?: Date;
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  /** Scripts: the host the file is for. */
  host?: string;
  ruleCount: number;
}

export interface ExportResult {
  files: ExportFile[];
  preview: ExportPreview;
  warnings: string[];
}

/** An option that does not fit the plan (e.g. an unknown host): `field` names it. */
export class ExportInputError extends TextError {
  constructor(
    readonly field: string,
    text: Text,
  ) {
    super(text);
  }
}

const PREVIEW_ROWS = 10;
const PREVIEW_LINES = 40;

const MEDIA_TYPE = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ps1: 'text/plain; charset=utf-8',
  nft: 'text/plain; charset=utf-8',
  firewalld: 'text/x-shellscript; charset=utf-8',
} as const satisfies Record<ExportFormat, string>;

/** A file name from a plan or host name: letters and digits of any script, the rest hyphens. */
export function fileSlug(name: string): string {
  const slug =
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'plan';
  // Windows refuses these as file names, with any extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(slug) ? `${slug}_` : slug;
}

const SCRIPT_RENDERERS: Record<
  ScriptFormat,
  { suffix: string; render: (s: HostScript, plan: Plan) => string }
> = {
  ps1: { suffix: '.ps1', render: powershellScript },
  nft: { suffix: '.nft', render: (s) => nftablesScript(s) },
  firewalld: { suffix: '-firewalld.sh', render: (s) => firewalldScript(s) },
};

function tablePreview(
  checklist: Checklist,
  level: ChecklistLevel,
  pageCount?: number,
): ExportPreview {
  const table = checklistTable(checklist, level);
  return {
    kind: 'table',
    headings: columnHeadings(checklist.locale, table.columns),
    rows: table.rows.slice(0, PREVIEW_ROWS),
    rowCount: table.rows.length,
    ...(pageCount === undefined ? {} : { pageCount }),
  };
}

function renderScripts(checklist: Checklist, format: ScriptFormat, host?: string): ExportResult {
  if (host !== undefined && !planHosts(checklist.plan).some((h) => h.name === host)) {
    const names = planHosts(checklist.plan).map((h) => h.name);
    throw new ExportInputError(
      'host',
      text('errors.notPlanHost.export', { host, hosts: names.join(', ') }),
    );
  }
  const { suffix, render } = SCRIPT_RENDERERS[format];
  const encoder = new TextEncoder();
  const scripts = hostScripts(checklist, host);
  const files = scripts.map((s) => ({
    fileName: `${fileSlug(s.host.name)}${suffix}`,
    mediaType: MEDIA_TYPE[format],
    bytes: encoder.encode(render(s, checklist.plan)),
    host: s.host.name,
    ruleCount: s.rules.filter((r) => r.addresses.length > 0).length,
  }));
  const warnings = scripts.flatMap((s) => {
    const missing = [...new Set(s.rules.flatMap((r) => r.unaddressed.map((e) => e.name)))];
    return missing.length > 0
      ? [
          translator(checklist.locale)('exportWarnings.unaddressed', {
            count: missing.length,
            host: s.host.name,
            names: missing.join(', '),
          }),
        ]
      : [];
  });
  const first = files[0] ? new TextDecoder().decode(files[0].bytes) : '';
  return {
    files,
    warnings,
    preview: {
      kind: 'scripts',
      hosts: scripts.map((s, i) => ({
        host: s.host.name,
        fileName: files[i]!.fileName,
        ruleCount: files[i]!.ruleCount,
        sourcesWithoutAddress: s.rules.reduce((n, r) => n + r.unaddressed.length, 0),
      })),
      text: first
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .slice(0, PREVIEW_LINES)
        .join('\n'),
    },
  };
}

/** One export of a checklist that is already built: the UI builds it once for several formats. */
export async function renderChecklistExport(
  checklist: Checklist,
  options: ExportOptions,
): Promise<ExportResult> {
  const { format, level, delimiter, host } = ExportOptions.parse(options);
  const base = fileSlug(checklist.plan.project.name);
  const rules = checklist.rules[level].length;
  const levelName = level === 'hosts' ? 'host-rules' : 'firewall-rules';
  switch (format) {
    case 'pdf': {
      // Loaded on use: the PDF and XLSX libraries would slow every other command's start.
      const { checklistPdf } = await import('./checklist-pdf');
      const pdf = await checklistPdf(checklist, level);
      return {
        files: [
          {
            fileName: `${base}-checklist-${checklist.locale}.pdf`,
            mediaType: MEDIA_TYPE.pdf,
            bytes: pdf.bytes,
            ruleCount: rules,
          },
        ],
        preview: tablePreview(checklist, level, pdf.pageCount),
        warnings: checklist.warnings,
      };
    }
    case 'csv': {
      const separator: CsvDelimiter = delimiter ?? (checklist.locale === 'de' ? ';' : ',');
      return {
        files: [
          {
            fileName: `${base}-${levelName}.csv`,
            mediaType: MEDIA_TYPE.csv,
            bytes: new TextEncoder().encode(checklistCsv(checklist, level, separator)),
            ruleCount: rules,
          },
        ],
        preview: tablePreview(checklist, level),
        warnings: checklist.warnings,
      };
    }
    case 'xlsx': {
      const { checklistXlsx } = await import('../xlsx');
      return {
        files: [
          {
            fileName: `${base}-port-matrix.xlsx`,
            mediaType: MEDIA_TYPE.xlsx,
            bytes: await checklistXlsx(checklist, level),
            ruleCount: rules,
          },
        ],
        preview: tablePreview(checklist, level),
        warnings: checklist.warnings,
      };
    }
    default: {
      const result = renderScripts(checklist, format, host);
      return { ...result, warnings: [...checklist.warnings, ...result.warnings] };
    }
  }
}

/** Plan + options (+ probe results) to files, a preview and warnings: what the Export step calls. */
export async function renderExport(request: ExportRequest): Promise<ExportResult> {
  const { plan, probes, generatedAt, ...options } = request;
  const parsed = ExportOptions.parse(options);
  const checklist = buildChecklist({
    plan,
    locale: parsed.locale,
    probes,
    revision: parsed.revision,
    generatedAt,
  });
  return renderChecklistExport(checklist, parsed);
}
