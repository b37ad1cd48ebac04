// The Electron glue, run under Node against a recording stand-in for the electron module:
// Electron's binary cannot be downloaded here, so this checks what main.ts asks of Electron.
// Each test launches the app anew, on a stand-in with nothing recorded and a library of its own,
// so the tests pass in any order (vitest --sequence.shuffle).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_EVENT_CHANNEL, CHANNEL_NAMES } from '../../../shared/api/contract';
import { APP_URL } from '../../../electron/main/app-url';
import { launch } from '../../../electron/main/launch';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/csp';
import { examplePath } from '../../support/examples';

type Fn = (...args: any[]) => any;

const fake = vi.hoisted(() => {
  const on = (store: Map<string, Fn[]>) => (name: string, fn: Fn) => {
    store.set(name, [...(store.get(name) ?? []), fn]);
  };
  const appEvents = new Map<string, Fn[]>();
  const state = {
    appEvents,
    schemes: [] as unknown[],
    protocols: new Map<string, Fn>(),
    ipc: new Map<string, Fn>(),
    windows: [] as any[],
    menu: null as unknown,
    opened: [] as string[],
    headers: null as Fn | null,
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    emitApp(name: string, ...args: unknown[]) {
      for (const fn of appEvents.get(name) ?? []) fn(...args);
    },
    /** Forget everything recorded: the next launch starts on a stand-in as new. */
    reset() {
      appEvents.clear();
      state.schemes.length = 0;
      state.protocols.clear();
      state.ipc.clear();
      state.windows.length = 0;
      state.menu = null;
      state.opened.length = 0;
      state.headers = null;
      state.permissionRequest = null;
      state.permissionCheck = null;
    },
  };
  class BrowserWindow {
    static nextId = 1;
    events = new Map<string, Fn[]>();
    sent: Array<[string, unknown]> = [];
    url = '';
    contentsEvents = new Map<string, Fn[]>();
    webContents = {
      id: BrowserWindow.nextId++,
      on: on(this.contentsEvents),
      send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
    };
    constructor(readonly options: unknown) {
      state.windows.push(this);
    }
    once = on(this.events);
    on = on(this.events);
    loadURL = async (url: string) => {
      this.url = url;
    };
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    focus() {}
    show() {}
  }
  return { state, BrowserWindow, on };
});

vi.mock('electron', () => {
  const { state, BrowserWindow, on } = fake;
  return {
    app: {
      name: 'Output Engine Port Planner',
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getPath: () => '/nonexistent/userData',
      getVersion: () => '0.1.0',
      getLocale: () => 'en-US',
      on: on(state.appEvents),
      quit: vi.fn(),
      exit: vi.fn(),
      addRecentDocument: (path: string) => state.opened.push(path),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string, fn: Fn) => state.protocols.set(scheme, fn),
    },
    ipcMain: { handle: (channel: string, fn: Fn) => state.ipc.set(channel, fn) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: Fn) => (state.headers = fn) },
        setPermissionRequestHandler: (fn: Fn) => (state.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Fn) => (state.permissionCheck = fn),
      },
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (state.menu = menu),
    },
    BrowserWindow,
  };
});

let dir: string;
const { state } = fake;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(async () => {
  state.reset();
  vi.clearAllMocks();
  dir = mkdtempSync(join(tmpdir(), 'oe-main-'));
  vi.stubEnv('OE_PLANNER_DATA', dir);
  // As main.ts does, from where the bundle would be.
  launch(join(dir, 'dist', 'electron'));
  await settle();
});
afterEach(async () => {
  // Quitting waits for the backend to close (probes stopped, library closed), then quits again.
  const { app } = await import('electron');
  expect(app.quit).not.toHaveBeenCalled();
  const quit = { preventDefault: vi.fn() };
  state.emitApp('will-quit', quit);
  expect(quit.preventDefault).toHaveBeenCalled();
  await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the main process, against a stand-in for Electron', () => {
  it('registers app:// as a privileged scheme and serves it', () => {
    expect(state.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
    expect(state.protocols.has('app')).toBe(true);
  });

  it('opens one window with the secure options on the app URL', () => {
    expect(state.windows).toHaveLength(1);
    const [window] = state.windows;
    expect(window.url).toBe(APP_URL);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/);
  });

  it('adds the CSP header to every response and denies permissions', () => {
    let answer: any;
    state.headers!({ responseHeaders: { 'X-Other': ['1'] } }, (a: unknown) => (answer = a));
    expect(answer.responseHeaders).toEqual({
      'X-Other': ['1'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    let granted: boolean | undefined;
    state.permissionRequest!({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(state.permissionCheck!({}, 'notifications')).toBe(false);
  });

  it('denies navigation and new windows on every web page, opening http(s) links outside', async () => {
    const { shell } = await import('electron');
    const contents = { events: new Map<string, Fn[]>(), openHandler: null as Fn | null };
    const page = {
      on: fake.on(contents.events),
      setWindowOpenHandler: (fn: Fn) => (contents.openHandler = fn),
    };
    state.emitApp('web-contents-created', {}, page);
    const attempt = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      for (const fn of contents.events.get(name) ?? []) fn(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(attempt('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-navigate', 'app://planner/index.html')).toBe(false);
    expect(attempt('will-attach-webview', 'https://x')).toBe(true);
    expect(contents.openHandler!({ url: 'https://vendor.example/ports' })).toEqual({
      action: 'deny',
    });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://vendor.example/ports');
  });

  it('answers every channel over IPC for its own window only', async () => {
    expect([...state.ipc.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const [window] = state.windows;
    const ours = {
      senderFrame: { url: APP_URL, parent: null },
      sender: { id: window.webContents.id },
    };
    expect(await state.ipc.get('app.info')!(ours, {})).toEqual({
      ok: true,
      value: { version: '0.1.0', mode: 'desktop', dataDir: dir },
    });
    const stranger = { senderFrame: { url: APP_URL, parent: null }, sender: { id: 999 } };
    expect(await state.ipc.get('app.info')!(stranger, {})).toMatchObject({ ok: false });
  });

  it('builds the menu with the recent plans, and refreshes it when the library changes', async () => {
    const [window] = state.windows;
    const ours = {
      senderFrame: { url: APP_URL, parent: null },
      sender: { id: window.webContents.id },
    };
    await state.ipc.get('plans.create')!(ours, {});
    const file = (state.menu as any[])[0];
    const recent = file.submenu.find((i: any) => i.label === 'Open &Recent');
    expect(recent.submenu.map((i: any) => i.label)).toEqual(['New plan']);
  });

  it('rebuilds the menu, recent plans included, and words the dialogs in the language chosen in the UI', async () => {
    const { dialog } = await import('electron');
    const [window] = state.windows;
    const ours = {
      senderFrame: { url: APP_URL, parent: null },
      sender: { id: window.webContents.id },
    };
    const labels = () => (state.menu as any[]).map((m) => m.label);
    const recent = () =>
      (state.menu as any[])[0].submenu.find((i: any) => i.submenu).submenu.map((i: any) => i.label);
    const importTitle = async () => {
      vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce({ canceled: true, filePaths: [] });
      expect(await state.ipc.get('plans.importFile')!(ours, {})).toEqual({ ok: true, value: null });
      return (vi.mocked(dialog.showOpenDialog).mock.lastCall!.at(-1) as any).title;
    };
    // One plan in the library, which the recent plans show in either language.
    await state.ipc.get('plans.create')!(ours, {});
    expect(labels()).toEqual(['&File', '&Edit', '&View']);
    expect(await importTitle()).toBe('Import plan file');

    expect(await state.ipc.get('app.setLocale')!(ours, { locale: 'de' })).toEqual({
      ok: true,
      value: null,
    });
    expect(labels()).toEqual(['&Datei', '&Bearbeiten', '&Ansicht']);
    expect((state.menu as any[])[0].submenu.map((i: any) => i.label)).toContain(
      '&Zuletzt geöffnet',
    );
    expect(recent()).toEqual(['New plan']);
    expect(await importTitle()).toBe('Plandatei importieren');

    expect(await state.ipc.get('app.setLocale')!(ours, { locale: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(labels()).toEqual(['&Datei', '&Bearbeiten', '&Ansicht']);

    await state.ipc.get('app.setLocale')!(ours, { locale: 'en' });
    expect(labels()).toEqual(['&File', '&Edit', '&View']);
    expect(recent()).toEqual(['New plan']);
    expect(await importTitle()).toBe('Import plan file');
  });

  it('opens a plan file given by a second launch in this window', async () => {
    const [window] = state.windows;
    for (const fn of window.contentsEvents.get('did-finish-load') ?? []) fn();
    state.emitApp(
      'second-instance',
      {},
      ['/usr/bin/planner', '--some-flag', examplePath('single-minimal')],
      '/',
    );
    // Importing the file takes as long as it takes on a busy machine: wait for what it tells,
    // then a little longer for anything it should not tell.
    await vi.waitFor(() => expect(window.sent).not.toHaveLength(0));
    await settle();
    const events = window.sent.filter(([channel]: [string]) => channel === APP_EVENT_CHANNEL);
    expect(events).toEqual([[APP_EVENT_CHANNEL, { kind: 'open-plan', id: expect.any(String) }]]);
    expect(state.opened).toEqual([examplePath('single-minimal')]);
  });

  it('reports a broken plan file given by a second launch in the window', async () => {
    const [window] = state.windows;
    for (const fn of window.contentsEvents.get('did-finish-load') ?? []) fn();
    window.sent.length = 0;
    state.emitApp(
      'second-instance',
      {},
      ['/usr/bin/planner', join(dir, 'missing.oeplan.json')],
      '/',
    );
    await vi.waitFor(() => expect(window.sent).not.toHaveLength(0));
    await settle();
    expect(window.sent).toEqual([
      [
        APP_EVENT_CHANNEL,
        { kind: 'error', error: expect.objectContaining({ code: 'bad-request' }) },
      ],
    ]);
  });
});
