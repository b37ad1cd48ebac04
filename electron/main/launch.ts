// The desktop app's main process, as a table of contents: each concern is set up by its own module.
import { app, ipcMain } from 'electron';
import { join } from 'node:path';
import { localeOf } from '../../shared/i18n';
import { setupMenu } from './app-menu';
import { closeOnQuit, setupBackend } from './backend';
import { setupIpc } from './ipc';
import { setupOpenFiles } from './open-files';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { setupSecurity } from './security';
import { uiLocale } from './ui-locale';
import { setupWindows } from './windows';

/**
 * Starts the app from the folder of its bundle (dist/electron): the preload sits beside it, the
 * renderer build in ../renderer. Everything it sets up hangs off Electron's app, not off this module,
 * so each call is a launch of its own (the glue tests launch once per test).
 */
export function launch(bundleDir: string): void {
  const preload = join(bundleDir, 'preload.cjs');
  const renderer = join(bundleDir, '..', 'renderer');

  registerAppScheme();

  if (!app.requestSingleInstanceLock()) {
    // Another instance runs: it gets our command line (second-instance) and opens the file there.
    app.quit();
  } else {
    app.whenReady().then(
      () => start(preload, renderer),
      (e: unknown) => {
        console.error(`The planner could not start: ${(e as Error).message}`);
        app.exit(1);
      },
    );
  }
}

function start(preload: string, renderer: string): void {
  setupSecurity();
  setupAppProtocol(renderer);
  const windows = setupWindows(preload, app.name);
  // The system's language until the renderer tells the one chosen in the UI (app.setLocale).
  const locale = uiLocale(localeOf(app.getLocale()));
  const backend = setupBackend(windows, locale);
  if (!backend) return;
  const afterCall = setupMenu(backend, windows, locale);
  setupIpc(ipcMain, backend.handlers, { ourWindowContents: windows.contentsIds, afterCall });
  windows.open();
  setupOpenFiles(backend, windows);

  app.on('activate', () => windows.open());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  closeOnQuit(backend);
}
