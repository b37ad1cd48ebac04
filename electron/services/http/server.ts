import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../../../shared/api/contract';
import { API_PREFIX, TOKEN_FRAGMENT, TOKEN_HEADER } from '../../../shared/api/transport';
import { createBackend } from '../backend';
import { SECURITY_HEADERS } from '../csp';
import { answerCall, failure, isChannel, refuse, sendJson } from './api';
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

interface Refusal {
  status: number;
  envelope: Envelope<never>;
  extra?: Record<string, string>;
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

  /** What is refused before any body is read: another origin or host, a wrong method, no token, no such channel. */
  function refusalOf(req: IncomingMessage, pathname: string): Refusal | null {
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      return {
        status: 403,
        envelope: failure('bad-request', "forbidden: not this server's origin"),
      };
    }
    if (pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') {
        return {
          status: 405,
          envelope: failure('bad-request', 'use POST'),
          extra: { Allow: 'POST' },
        };
      }
      if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
        const message = 'the token is missing or wrong: open the URL that serve printed';
        return { status: 401, envelope: failure('bad-request', message) };
      }
      const channel = pathname.slice(API_PREFIX.length);
      if (!isChannel(channel)) {
        return { status: 404, envelope: failure('not-found', `there is no channel ${channel}`) };
      }
      return null;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const extra = { Allow: 'GET, HEAD' };
      return { status: 405, envelope: failure('bad-request', 'use GET'), extra };
    }
    return null;
  }

  async function route(req: IncomingMessage, res: ServerResponse, expectsContinue: boolean) {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refusal = refusalOf(req, pathname);
    if (refusal) return refuse(req, res, refusal.status, refusal.envelope, HEADERS, refusal.extra);
    // A client that waits for "100 Continue" before sending a body (curl does) gets it only now.
    if (expectsContinue) res.writeContinue();
    const channel = pathname.slice(API_PREFIX.length);
    if (pathname.startsWith(API_PREFIX) && isChannel(channel)) {
      return answerCall(req, res, channel, backend.handlers, HEADERS);
    }
    return serveStatic(req, res, options.staticDir, pathname, HEADERS);
  }

  const handle = (expectsContinue: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    // Whatever the answer, a body left unread is not read after it: the connection closes instead.
    res.once('finish', () => {
      if (!req.complete) req.socket.destroy();
    });
    route(req, res, expectsContinue).catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      sendJson(res, 500, failure('internal', (e as Error).message), HEADERS);
    });
  };
  const server = createServer(handle(false));
  server.on('checkContinue', handle(true));
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
