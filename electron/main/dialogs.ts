import { app, dialog } from 'electron';
import { localeOf, translator } from '../../shared/i18n';
import type { DesktopServices } from '../services/backend';
import { PLAN_FILE_SUFFIX } from '../services/plan-file';
import type { Windows } from './windows';

/** The dialogs' own words, in the system's language like the menu (known once the app is ready). */
function words() {
  const t = translator(localeOf(app.getLocale()));
  const allFiles = { name: t('desktop.dialogs.allFiles'), extensions: ['*'] };
  const planFiles = {
    name: t('desktop.dialogs.planFiles'),
    extensions: [PLAN_FILE_SUFFIX.slice(1), 'oeplan', 'json'],
  };
  return { t, allFiles, planFilters: [planFiles, allFiles] };
}

/** Native open and save dialogs, attached to our window, and the OS's recent documents. */
export function desktopServices(windows: Windows): DesktopServices {
  return {
    async chooseFileToOpen() {
      const { t, planFilters } = words();
      const options = {
        title: t('desktop.dialogs.importPlan'),
        properties: ['openFile' as const],
        filters: planFilters,
      };
      const w = windows.current();
      const result = w
        ? await dialog.showOpenDialog(w, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(defaultName, filter) {
      const { t, allFiles, planFilters } = words();
      const options = {
        title: filter
          ? t('desktop.dialogs.save', { what: filter.name })
          : t('desktop.dialogs.exportPlan'),
        defaultPath: defaultName,
        filters: filter ? [filter, allFiles] : planFilters,
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
