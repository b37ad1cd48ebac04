import { app, dialog } from 'electron';
import { translator, type Locale } from '../../shared/i18n';
import type { DesktopServices } from '../services/desktop';
import { PLAN_FILE_SUFFIX } from '../services/plan-file';
import type { UiLocale } from './ui-locale';
import type { Windows } from './windows';

/** The dialogs' own words, in the language chosen in the UI like the menu. */
function words(locale: Locale) {
  const t = translator(locale);
  const allFiles = { name: t('desktop.dialogs.allFiles'), extensions: ['*'] };
  const planFiles = {
    name: t('desktop.dialogs.planFiles'),
    extensions: [PLAN_FILE_SUFFIX.slice(1), 'oeplan', 'json'],
  };
  return { t, allFiles, planFilters: [planFiles, allFiles] };
}

/**
 * Native open and save dialogs, attached to our window, the OS's recent documents, and the
 * language chosen in the UI (the menu follows it through `locale`).
 */
export function desktopServices(windows: Windows, locale: UiLocale): DesktopServices {
  return {
    async chooseFileToOpen() {
      const { t, planFilters } = words(locale.current);
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
      const { t, allFiles, planFilters } = words(locale.current);
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
    setLocale: (chosen) => locale.set(chosen),
  };
}
