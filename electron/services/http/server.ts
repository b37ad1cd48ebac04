import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX, TOKEN_FRAGMENT, TOKEN_HEADER } from '../../../shared/api/transport';
import { createBackend } from '../backend';
import { SECURITY_HEADERS } from '../csp';
import { answerCall, failure, isChannel, sendJson } from './api';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './guard';
import { serveStatic } from './static-files';

export interface ServerOptions {
  dataDir: string;
  /** The renderer build (dist/renderer). */
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  version: string;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT/#token=TOKEN: the token travels in the fragment, never to a server log. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Browser mode: the backend and the renderer over HTTP on 127.0.0.1, for this run's token only. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const backend = createBackend({
    dataDir: options.dataDir,
    mode: 'browser',
    version: options.version,
  });
  const token = randomBytes(32).toString('base64url');
  let port = 0;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      return sendJson(
        res,
        403,
        failure('bad-request', "forbidden: not this server's origin"),
        HEADERS,
      );
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') {
        return sendJson(res, 405, failure('bad-request', 'use POST'), HEADERS, { Allow: 'POST' });
      }
      if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
        return sendJson(
          res,
          401,
          failure('bad-request', 'the token is missing or wrong: open the URL that serve printed'),
          HEADERS,
        );
      }
      const channel = pathname.slice(API_PREFIX.length);
      if (!isChannel(channel)) {
        return sendJson(res, 404, failure('not-found', `there is no channel ${channel}`), HEADERS);
      }
      return answerCall(req, res, channel, backend.handlers, HEADERS);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, failure('bad-request', 'use GET'), HEADERS, { Allow: 'GET, HEAD' });
    }
    return serveStatic(req, res, options.staticDir, pathname, HEADERS);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      sendJson(res, 500, failure('internal', (e as Error).message), HEADERS);
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    backend.close();
    throw e;
  }
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/#${TOKEN_FRAGMENT}=${token}`,
    port,
    token,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => void backend.close().then(resolve));
        server.closeAllConnections();
      })),
  };
}
