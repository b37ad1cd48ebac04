import { app, dialog } from 'electron';
import type { DesktopServices } from '../services/backend';
import { PLAN_FILE_SUFFIX } from '../services/plan-file';
import type { Windows } from './windows';

const ALL_FILES = { name: 'All files', extensions: ['*'] };
const FILTERS = [
  { name: 'Plan files', extensions: [PLAN_FILE_SUFFIX.slice(1), 'oeplan', 'json'] },
  ALL_FILES,
];

/** Native open and save dialogs, attached to our window, and the OS's recent documents. */
export function desktopServices(windows: Windows): DesktopServices {
  return {
    async chooseFileToOpen() {
      const options = {
        title: 'Import plan file',
        properties: ['openFile' as const],
        filters: FILTERS,
      };
      const w = windows.current();
      const result = w
        ? await dialog.showOpenDialog(w, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(defaultName, filter) {
      const options = {
        title: filter ? `Save ${filter.name}` : 'Export plan file',
        defaultPath: defaultName,
        filters: filter ? [filter, ALL_FILES] : FILTERS,
      };
      const w = windows.current();
      const result = w
        ? await dialog.showSaveDialog(w, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder(title) {
      // createDirectory: macOS offers "New Folder" only when asked.
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const w = windows.current();
      const result = w
        ? await dialog.showOpenDialog(w, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    addRecentDocument: (path) => app.addRecentDocument(path),
  };
}
