import { app, dialog } from 'electron';
import { dataDirFlag, resolveDataDir } from '../services/data-dir';
import { createBackend, type Backend } from '../services/backend';
import { textIn, translator } from '../../shared/i18n';
import { DatabaseRefused } from '../services/store';
import { desktopServices } from './dialogs';
import type { UiLocale } from './ui-locale';
import type { Windows } from './windows';

/**
 * The backend over the plans library in Electron's userData (or --data-dir / OE_PLANNER_DATA,
 * which the end-to-end tests use for a fresh library). A library the app cannot use is
 * explained in a dialog, and the app quits without touching it.
 */
export function setupBackend(windows: Windows, locale: UiLocale): Backend | null {
  const dataDir = resolveDataDir({
    flag: dataDirFlag(process.argv),
    fallback: app.getPath('userData'),
  });
  try {
    return createBackend({
      dataDir,
      mode: 'desktop',
      version: app.getVersion(),
      desktop: desktopServices(windows, locale),
    });
  } catch (e) {
    if (!(e instanceof DatabaseRefused)) throw e;
    const t = translator(locale.current);
    dialog.showErrorBox(t('errors.library.title'), textIn(locale.current, e.text));
    app.exit(1);
    return null;
  }
}

/** Quitting waits for the backend: running probes stop and store what they finished, then the library closes. */
export function closeOnQuit(backend: Backend): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void backend.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}
