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

/**
 * Refuse a request without reading its body: answer, then close the connection, so that a client
 * that is not ours cannot make the server read (and wait for) a body of any size.
 */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  extra: Record<string, string> = {},
): void {
  req.pause();
  res.on('finish', () => {
    req.socket.end();
    // A client still sending gets a reset once it had the time to read the answer.
    setTimeout(() => req.socket.destroy(), 1_000).unref();
  });
  sendJson(res, status, failure('bad-request', message), HEADERS, {
    Connection: 'close',
    ...extra,
  });
}

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
      return refuse(req, res, 403, "forbidden: not this server's origin");
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') {
        return refuse(req, res, 405, 'use POST', { Allow: 'POST' });
      }
      if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
        return refuse(
          req,
          res,
          401,
          'the token is missing or wrong: open the URL that serve printed',
        );
      }
      const channel = pathname.slice(API_PREFIX.length);
      if (!isChannel(channel)) {
        return sendJson(res, 404, failure('not-found', `there is no channel ${channel}`), HEADERS);
      }
      return answerCall(req, res, channel, backend.handlers, HEADERS);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(req, res, 405, 'use GET', { Allow: 'GET, HEAD' });
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
