import { Refusal } from '../../../../shared/api/refusal';
import { columnHeadings, text, translator, type Text } from '../../../../shared/i18n';
import {
  documentFormat,
  ExportOptions,
  fileSlug,
  isChangeRequestFormat,
  isScriptFormat,
  isZoneFirewallFormat,
  type ExportPreview,
  type ScriptFormat,
} from '../../../../shared/export';
import type { Plan } from '../../../../shared/plan';
import type { ProbeResult } from '../../../../shared/probes/model';
import { buildChecklist, checklistTable, type Checklist, type ChecklistLevel } from './checklist';
import { documentFile, utf8, type RenderedFile } from '../document-file';
import { CHECKLIST_RENDERERS, SCRIPT_RENDERERS } from '../renderers';
import { changeRequestPreview } from '../change-request/change-request-sheet';
import { hostScripts } from '../scripts/inbound';
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
  /** The plans library's id of a stored plan. */
  planId?: string;
  probes?: readonly ProbeResult[];
  generatedAt?: Date;
}

export interface ExportFile extends Omit<RenderedFile, 'pageCount'> {
  /** Scripts: the host the file is for. */
  host?: string;
}

export interface ExportResult {
  files: ExportFile[];
  preview: ExportPreview;
  warnings: string[];
}

/** An option that does not fit the plan (e.g. an unknown host): `field` names it. */
export class ExportInputError extends Refusal {
  constructor(field: string, text: Text) {
    super('bad-request', text, { field });
  }
}

const PREVIEW_ROWS = 10;
const PREVIEW_LINES = 40;

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
      text('errors.notPlanHost', { host, hosts: names.join(', ') }),
    );
  }
  const render = SCRIPT_RENDERERS[format];
  const document = documentFormat('checklist', format);
  // Every host: those with an inbound rule (the zip's README names the others); one host: as asked.
  const scripts = hostScripts(checklist, host).filter(
    (s) => host !== undefined || s.rules.length > 0,
  );
  const files = scripts.map((s) => ({
    ...documentFile(
      document,
      { subject: fileSlug(s.host.name), locale: checklist.locale },
      utf8(render(s, checklist.plan)),
      s.rules.filter((r) => r.addresses.length > 0).length,
    ),
    host: s.host.name,
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

/** Every host's scripts as one zip; its preview is the README's table. */
async function renderScriptsZip(checklist: Checklist): Promise<ExportResult> {
  const { scriptsZip } = await import('../scripts/scripts-zip');
  const zip = scriptsZip(checklist, SCRIPT_RENDERERS);
  const t = translator(checklist.locale);
  const file = documentFile(
    documentFormat('checklist', 'scripts-zip'),
    { subject: fileSlug(checklist.plan.project.name), locale: checklist.locale },
    { bytes: zip.bytes },
    zip.ruleCount,
  );
  return {
    files: [file],
    preview: {
      kind: 'table',
      headings: [
        t('scripts.zipHost'),
        t('scripts.zipAddress'),
        t('scripts.zipScripts'),
        t('scripts.zipRules'),
      ],
      rows: zip.readme.rows.slice(0, PREVIEW_ROWS),
      rowCount: zip.readme.rows.length,
    },
    // The sources without an address, as the scripts themselves say them.
    warnings: [...checklist.warnings, ...renderScripts(checklist, 'nft').warnings],
  };
}

/** One export of a checklist that is already built: the UI builds it once for several formats. */
export async function renderChecklistExport(
  checklist: Checklist,
  options: ExportOptions,
): Promise<ExportResult> {
  const { format, level: asked, delimiter, host } = ExportOptions.parse(options);
  // A zone firewall configuration is made of firewall rules: its name and preview say so too.
  const level = isZoneFirewallFormat(format) ? 'firewall' : asked;
  if (isScriptFormat(format)) {
    const result = renderScripts(checklist, format, host);
    return { ...result, warnings: [...checklist.warnings, ...result.warnings] };
  }
  if (format === 'scripts-zip') return renderScriptsZip(checklist);
  const body = await CHECKLIST_RENDERERS[format](checklist, { level, delimiter });
  const file = documentFile(
    documentFormat('checklist', format),
    { subject: fileSlug(checklist.plan.project.name), level, locale: checklist.locale },
    { bytes: body.bytes },
    checklist.rules[level].length,
  );
  return {
    files: [file],
    preview: isChangeRequestFormat(format)
      ? changeRequestPreview(checklist, level)
      : tablePreview(checklist, level, body.pageCount),
    warnings: checklist.warnings,
  };
}

/** Plan + options (+ probe results) to files, a preview and warnings: what the Export step calls. */
export async function renderExport(request: ExportRequest): Promise<ExportResult> {
  const { plan, planId, probes, generatedAt, ...options } = request;
  const parsed = ExportOptions.parse(options);
  const checklist = buildChecklist({
    plan,
    locale: parsed.locale,
    probes,
    revision: parsed.revision,
    planId,
    generatedAt,
  });
  return renderChecklistExport(checklist, parsed);
}
