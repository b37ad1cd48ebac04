import { app, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../services/csp';
import { externalLink, mayGrantPermission, mayNavigate } from './policy';

/**
 * The rules for every web page the app ever creates: the CSP header on every response, no
 * navigation away from the app, no new windows (http(s) links go to the system browser),
 * no permissions, no webviews.
 */
export function setupSecurity(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(mayGrantPermission(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => mayGrantPermission(permission));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!mayNavigate(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!mayNavigate(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const link = externalLink(url);
      if (link) void shell.openExternal(link);
      return { action: 'deny' };
    });
  });
}
