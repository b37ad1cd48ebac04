import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  API,
  dispatch,
  type ApiError,
  type ChannelName,
  type Envelope,
  type Handlers,
} from '../../../shared/api/contract';

/** The largest request body: a plan file of up to 10 MB, JSON-escaped in its envelope. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

export const isChannel = (name: string): name is ChannelName => Object.hasOwn(API, name);

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>>,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

export const failure = (code: ApiError['code'], message: string): Envelope<never> => ({
  ok: false,
  error: { code, message },
});

/** The body as text, or null when it grew past the limit. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A call of an authenticated client: the body is the channel's arguments, the answer an envelope. */
export async function answerCall(
  req: IncomingMessage,
  res: ServerResponse,
  channel: ChannelName,
  handlers: Handlers,
  headers: Readonly<Record<string, string>>,
): Promise<void> {
  const tooLarge = () =>
    sendJson(res, 413, failure('bad-request', 'the request is larger than 12 MB'), headers, {
      Connection: 'close',
    });
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return tooLarge();
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) return tooLarge();
  if (API[channel].desktopOnly) {
    return sendJson(
      res,
      200,
      failure('unsupported', `${channel} needs the desktop app; browser mode cannot do it`),
      headers,
    );
  }
  let args: unknown;
  try {
    args = body.trim() === '' ? {} : JSON.parse(body);
  } catch (e) {
    return sendJson(
      res,
      200,
      failure('bad-request', `${channel}: the request body is not JSON (${(e as Error).message})`),
      headers,
    );
  }
  sendJson(res, 200, await dispatch(handlers, channel, args), headers);
}
