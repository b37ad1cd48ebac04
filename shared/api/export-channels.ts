import { z } from 'zod';
import {
  ExportOptions,
  isDelimitedFormat,
  isScriptFormat,
  SCRIPT_FORMATS,
  type ExportPreview,
} from '../export/options';
import { channel } from './channel';
import { PlanId } from './ids';

// The Export step: the checklist (PDF, CSV, XLSX) and the firewall scripts of a stored plan, with the
// probe results stored for it and its revision. The plan file itself is plans.export / plans.exportFile.

/** One file of an export, without its content. */
export interface ExportFileInfo {
  fileName: string;
  mediaType: string;
  /** Scripts: the host the file is for. */
  host?: string;
  ruleCount: number;
  /** Bytes. */
  size: number;
}

/** What the Export step shows before saving. */
export interface ExportPreviewAnswer {
  files: ExportFileInfo[];
  preview: ExportPreview;
  /** Things to know before handing it over, e.g. sources without an address. */
  warnings: string[];
  /** The stored plan's revision the export is made of (the checklist prints it). */
  revision: number;
  /** Every host a firewall script can be written for. */
  hosts: string[];
}

/** A file with its content, base64 (JSON carries no bytes): browser mode hands it to a download. */
export interface RenderedExportFile extends ExportFileInfo {
  base64: string;
}
export interface RenderedExport {
  files: RenderedExportFile[];
  warnings: string[];
  revision: number;
}

/** Where the desktop app wrote an export: one file, or one per host in the chosen folder. */
export interface SavedExport {
  paths: string[];
}

/**
 * A stored plan and the options of its export. The revision is the stored plan's, never the caller's;
 * an option that does not apply to the format is refused rather than silently ignored.
 */
export const ExportRequest = ExportOptions.omit({ revision: true })
  .extend({ id: PlanId })
  .superRefine((r, ctx) => {
    if (r.host !== undefined && !isScriptFormat(r.format)) {
      ctx.addIssue({
        code: 'custom',
        path: ['host'],
        message: `applies to the firewall scripts (${SCRIPT_FORMATS.join(', ')}), not to ${r.format}: leave it out`,
      });
    }
    if (r.delimiter !== undefined && !isDelimitedFormat(r.format)) {
      ctx.addIssue({
        code: 'custom',
        path: ['delimiter'],
        message: `applies to csv only (and to change-request-csv), not to ${r.format}: leave it out`,
      });
    }
  });
export type ExportRequest = z.input<typeof ExportRequest>;

export const EXPORT_CHANNELS = {
  /** Files, first rows or scripts, page count and warnings, without the content: cheap enough to follow every option change. */
  'export.preview': channel<ExportPreviewAnswer>()(ExportRequest),
  /** The files with their content (base64), for a download in browser mode. */
  'export.render': channel<RenderedExport>()(ExportRequest),
  /** Desktop: the native save dialog (a folder dialog for one script per host), then writes the files; null when cancelled. */
  'export.saveFile': channel<SavedExport | null>()(ExportRequest, { desktopOnly: true }),
} as const;
