import { app, dialog } from 'electron';
import type { DesktopServices } from '../services/backend';
import { PLAN_FILE_SUFFIX } from '../services/plan-file';
import type { Windows } from './windows';

const FILTERS = [
  { name: 'Plan files', extensions: [PLAN_FILE_SUFFIX.slice(1), 'oeplan', 'json'] },
  { name: 'All files', extensions: ['*'] },
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
    async chooseFileToSave(defaultName) {
      const options = { title: 'Export plan file', defaultPath: defaultName, filters: FILTERS };
      const w = windows.current();
      const result = w
        ? await dialog.showSaveDialog(w, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    addRecentDocument: (path) => app.addRecentDocument(path),
  };
}
