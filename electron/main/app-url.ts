import { extname } from 'node:path';
import { SECURITY_HEADERS } from '../services/csp';
import { CONTENT_TYPES, resolveStaticPath } from '../services/http/static-files';

// The renderer is served from app://planner/ rather than file://: a custom standard, secure scheme
// is a real origin (the matrix worker and fetch work, 'self' in the CSP means exactly our files),
// its responses carry our headers (file:// has none, so no CSP header), the page cannot read the
// rest of the disk as file:// could, and "is this our page?" is one origin comparison.

export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** A page of the app: our scheme and host, any path (the wizard may use routes). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export interface AppResponse {
  status: number;
  /** The file to send, when status is 200. */
  file?: string;
  headers: Record<string, string>;
}

/** How the app:// protocol answers a URL: a file of the renderer build, index.html for routes, else 404. */
export function appResponseFor(
  rendererDir: string,
  url: string,
  exists: (file: string) => boolean,
): AppResponse {
  const notFound: AppResponse = { status: 404, headers: { ...SECURITY_HEADERS } };
  if (!isAppUrl(url)) return notFound;
  const { pathname } = new URL(url);
  const path = resolveStaticPath(rendererDir, pathname === '/' ? '/index.html' : pathname);
  if (!path) return notFound;
  const file = exists(path)
    ? path
    : extname(path) === ''
      ? resolveStaticPath(rendererDir, '/index.html')
      : null;
  if (!file || !exists(file)) return notFound;
  return {
    status: 200,
    file,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    },
  };
}
