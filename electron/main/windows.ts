import { BrowserWindow } from 'electron';
import { APP_EVENT_CHANNEL, type AppEvent } from '../../shared/api/contract';
import { APP_URL } from './app-url';
import { mainWindowOptions } from './window-options';

/** The app's one window: opened, found, focused, and told about events once its page has loaded. */
export function setupWindows(preload: string, title: string) {
  let window: BrowserWindow | null = null;
  let loaded = false;
  const pending: AppEvent[] = [];

  function open(): BrowserWindow {
    if (window && !window.isDestroyed()) return window;
    const created = new BrowserWindow(mainWindowOptions(preload, title));
    window = created;
    loaded = false;
    created.once('ready-to-show', () => created.show());
    created.webContents.on('did-finish-load', () => {
      loaded = true;
      for (const event of pending.splice(0)) created.webContents.send(APP_EVENT_CHANNEL, event);
    });
    created.on('closed', () => {
      window = null;
    });
    void created.loadURL(APP_URL);
    return created;
  }

  return {
    open,
    /** Bring the window to the front (a second launch, an opened file). */
    focus(): void {
      const w = open();
      if (w.isMinimized()) w.restore();
      w.focus();
    },
    /** The webContents ids that may call the API. */
    contentsIds(): ReadonlySet<number> {
      return new Set(window && !window.isDestroyed() ? [window.webContents.id] : []);
    },
    current: () => (window && !window.isDestroyed() ? window : null),
    send(event: AppEvent): void {
      const w = open();
      if (loaded) w.webContents.send(APP_EVENT_CHANNEL, event);
      else pending.push(event);
    },
  };
}

export type Windows = ReturnType<typeof setupWindows>;
