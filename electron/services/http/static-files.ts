import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The file under root that a URL path names, or null when it would leave root
 * (after decoding, so %2e%2e and %2f count too) or is malformed.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  return full === base || full.startsWith(base + sep) ? full : null;
}

interface StaticFile {
  /** The path the URL names, whose extension gives the content type. */
  path: string;
  /** Where it really is, symbolic links followed: what is read. */
  real: string;
  size: number;
}

/**
 * The regular file at path, if its real path (symbolic links followed) lies inside the real
 * renderer folder: a link in the build that leads elsewhere serves nothing.
 */
async function fileAt(root: string, path: string): Promise<StaticFile | null> {
  try {
    const [base, real] = await Promise.all([realpath(root), realpath(path)]);
    if (!real.startsWith(base.endsWith(sep) ? base : `${base}${sep}`)) return null;
    const info = await stat(real);
    return info.isFile() ? { path, real, size: info.size } : null;
  } catch {
    return null;
  }
}

/**
 * Serve the renderer build: files by path, and index.html for app routes (paths without a file
 * extension) so a reload on any wizard step works.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  pathname: string,
  headers: Readonly<Record<string, string>>,
): Promise<void> {
  const send = (status: number, text: string) => {
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(text);
  };
  const path = resolveStaticPath(root, pathname === '/' ? '/index.html' : pathname);
  if (!path) return send(404, 'not found');
  const isRoute = extname(path) === '';
  const file =
    (await fileAt(root, path)) ??
    (isRoute ? await fileAt(root, resolve(root, 'index.html')) : null);
  if (!file) return send(404, 'not found');
  res.writeHead(200, {
    ...headers,
    'Content-Type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(file.size),
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file.real)
    .on('error', () => res.destroy())
    .pipe(res);
}
