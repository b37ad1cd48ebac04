import { protocol } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, appResponseFor } from './app-url';

/** Before app ready: app:// is a standard, secure scheme (a real origin for fetch, modules and workers). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Serve the renderer build on app://planner/, with the security headers on every answer. */
export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = appResponseFor(rendererDir, request.url, isFile);
    if (!answer.file)
      return new Response('not found', { status: answer.status, headers: answer.headers });
    return new Response(await readFile(answer.file), { status: 200, headers: answer.headers });
  });
}
