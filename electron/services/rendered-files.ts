import { ApiFailure, type SavedFile } from '../../shared/api/contract';
import type { RenderedExportFile } from '../../shared/api/export-channels';
import type { DesktopServices, SaveFilter } from './backend';
import type { RenderedFile } from './export/presales';
import { writeFileAtomic } from './files';

/** A rendered file as the API answers it: base64, since JSON carries no bytes. */
export const renderedAnswer = (file: RenderedFile): RenderedExportFile => ({
  fileName: file.fileName,
  mediaType: file.mediaType,
  ruleCount: file.ruleCount,
  size: file.bytes.byteLength,
  base64: Buffer.from(file.bytes).toString('base64'),
});

/** Desktop: the native save dialog, then the file written whole (or not at all); null when cancelled. */
export async function saveWithDialog(
  desktop: DesktopServices | undefined,
  file: RenderedFile,
  filter: SaveFilter,
): Promise<SavedFile | null> {
  if (!desktop) {
    throw new ApiFailure(
      'unsupported',
      'saving through a dialog needs the desktop app; in the browser the file is a download',
    );
  }
  const path = await desktop.chooseFileToSave(file.fileName, filter);
  if (path === null) return null;
  try {
    await writeFileAtomic(path, file.bytes);
  } catch (e) {
    throw new ApiFailure(
      'bad-request',
      `cannot write ${path}: ${(e as Error).message}. Choose another place; nothing half-written was left there.`,
    );
  }
  return { path };
}
