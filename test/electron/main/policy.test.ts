import { describe, expect, it } from 'vitest';
import { APP_URL, isAppUrl } from '../../../electron/main/app-url';
import {
  externalLink,
  isTrustedSender,
  mayGrantPermission,
  mayNavigate,
} from '../../../electron/main/policy';
import { mainWindowOptions } from '../../../electron/main/window-options';

describe('the IPC sender check', () => {
  const ours = new Set([7]);
  const mainFrame = { url: APP_URL, parent: null };

  it('accepts the main frame of our window showing our app', () => {
    expect(isTrustedSender(mainFrame, 7, ours)).toBe(true);
    expect(isTrustedSender({ url: 'app://planner/plans/x', parent: null }, 7, ours)).toBe(true);
  });

  it('refuses another webContents, even one showing our app', () => {
    expect(isTrustedSender(mainFrame, 8, ours)).toBe(false);
  });

  it('refuses a subframe of our window', () => {
    expect(isTrustedSender({ url: APP_URL, parent: mainFrame }, 7, ours)).toBe(false);
  });

  it('refuses our window after it navigated to another page', () => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'http://127.0.0.1:5173/',
      '',
    ]) {
      expect(isTrustedSender({ url, parent: null }, 7, ours)).toBe(false);
    }
  });

  it('refuses a call without a frame (it was destroyed)', () => {
    expect(isTrustedSender(null, 7, ours)).toBe(false);
  });
});

describe('navigation, new windows and permissions', () => {
  it('allows navigation within the app only', () => {
    expect(mayNavigate(APP_URL)).toBe(true);
    expect(mayNavigate('app://planner/review')).toBe(true);
    expect(mayNavigate('https://example.com/')).toBe(false);
    expect(mayNavigate('file:///home/user/plan.json')).toBe(false);
    expect(mayNavigate('app://planner.evil.example/')).toBe(false);
    expect(mayNavigate('not a url')).toBe(false);
  });

  it('opens only http(s) links in the system browser', () => {
    expect(externalLink('https://docs.example.com/ports')).toBe('https://docs.example.com/ports');
    expect(externalLink('http://example.com')).toBe('http://example.com/');
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'mailto:a@b',
      'x',
    ]) {
      expect(externalLink(url)).toBeNull();
    }
  });

  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(mayGrantPermission(p)).toBe(false);
    }
  });

  it('knows the app URL', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('the main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security', () => {
    const options = mainWindowOptions('/app/dist/electron/preload.cjs', 'Planner');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
