import { Refusal, type SavedFile } from '../../shared/api/contract';
import type { RenderedExportFile } from '../../shared/api/export-channels';
import type { AppDocument } from '../../shared/export';
import { text, translator, type Locale } from '../../shared/i18n';
import type { DesktopServices, SaveFilter } from './desktop';
import type { RenderedFile } from './documents/document-file';
import { writeFileAtomic } from './files';

/** A rendered file as the API answers it: base64, since JSON carries no bytes. */
export const renderedAnswer = (file: RenderedFile): RenderedExportFile => ({
  fileName: file.fileName,
  mediaType: file.mediaType,
  ruleCount: file.ruleCount,
  size: file.bytes.byteLength,
  base64: Buffer.from(file.bytes).toString('base64'),
});

/** What the save dialog offers for a document the app writes, named in the reader's language. */
export const saveFilter = (locale: Locale, document: AppDocument): SaveFilter => ({
  name: translator(locale)(`desktop.fileTypes.${document.fileType}`),
  extensions: [document.extension],
});

/** The desktop services a save needs; in browser mode a file is a download instead. */
export function desktopOrRefuse(desktop: DesktopServices | undefined): DesktopServices {
  if (!desktop) throw new Refusal('unsupported', text('errors.saveNeedsDesktop'));
  return desktop;
}

/** Desktop: the native save dialog, then the file written whole (or not at all); null when cancelled. */
export async function saveWithDialog(
  desktop: DesktopServices | undefined,
  file: RenderedFile,
  filter: SaveFilter,
): Promise<SavedFile | null> {
  const path = await desktopOrRefuse(desktop).chooseFileToSave(file.fileName, filter);
  if (path === null) return null;
  await writeFileAtomic(path, file.bytes);
  return { path };
}
