import { join } from 'node:path';
import type { Handlers } from '../../../../shared/api/contract';
import type { EXPORT_CHANNELS, ExportFileInfo } from '../../../../shared/api/export-channels';
import { documentFormat, isScriptFormat } from '../../../../shared/export';
import { translator } from '../../../../shared/i18n';
import type { DesktopServices } from '../../desktop';
import { writeFileAtomic } from '../../files';
import { desktopOrRefuse, saveFilter } from '../../rendered-files';
import type { Store } from '../../store';
import { loadValidPlan } from '../../plan-loader';
import { renderExport, type ExportFile, type ExportResult } from './checklist-export';
import { planHosts } from './plan-topology';

// The Export step's channels: exports of a stored plan, at its stored revision, joined with the
// probe results stored for it. Every format is rendered by renderExport; nothing here computes rules.

export type ExportHandlers = Pick<Handlers, keyof typeof EXPORT_CHANNELS>;
type ParsedRequest = Parameters<ExportHandlers['export.preview']>[0];

const info = (f: ExportFile): ExportFileInfo => ({
  fileName: f.fileName,
  mediaType: f.mediaType,
  ...(f.host === undefined ? {} : { host: f.host }),
  ruleCount: f.ruleCount,
  size: f.bytes.byteLength,
});

export function createExportService(store: Store, desktopServices?: DesktopServices) {
  async function render(
    request: ParsedRequest,
  ): Promise<{ result: ExportResult; revision: number; hosts: string[] }> {
    const { id, ...options } = request;
    const { stored, plan } = await loadValidPlan(store, id, 'export');
    const probes = store.probeResults.latest(id);
    const result = await renderExport({
      ...options,
      plan,
      planId: id,
      probes,
      revision: String(stored.revision),
    });
    return { result, revision: stored.revision, hosts: planHosts(plan).map((h) => h.name) };
  }

  /** One file: the save dialog. One script per host: a folder, each file written whole or not at all. */
  async function save(
    desktop: DesktopServices,
    request: ParsedRequest,
    files: readonly ExportFile[],
  ): Promise<string[] | null> {
    const perHost = isScriptFormat(request.format) && request.host === undefined;
    if (!perHost) {
      const filter = saveFilter(request.locale, documentFormat('checklist', request.format));
      const path = await desktop.chooseFileToSave(files[0]!.fileName, filter);
      if (path === null) return null;
      await writeFileAtomic(path, files[0]!.bytes);
      return [path];
    }
    const folder = await desktop.chooseFolder(
      translator(request.locale)('desktop.dialogs.scriptsFolder'),
    );
    if (folder === null) return null;
    const paths = files.map((f) => join(folder, f.fileName));
    for (const [i, file] of files.entries()) await writeFileAtomic(paths[i]!, file.bytes);
    return paths;
  }

  const handlers: ExportHandlers = {
    'export.preview': async (request) => {
      const { result, revision, hosts } = await render(request);
      return {
        files: result.files.map(info),
        preview: result.preview,
        warnings: result.warnings,
        revision,
        hosts,
      };
    },
    'export.render': async (request) => {
      const { result, revision } = await render(request);
      return {
        files: result.files.map((f) => ({
          ...info(f),
          base64: Buffer.from(f.bytes).toString('base64'),
        })),
        warnings: result.warnings,
        revision,
      };
    },
    'export.saveFile': async (request) => {
      // Refused before anything is rendered: the browser downloads instead.
      const desktop = desktopOrRefuse(desktopServices);
      const { result } = await render(request);
      const paths = await save(desktop, request, result.files);
      return paths === null ? null : { paths };
    },
  };

  return { handlers };
}
