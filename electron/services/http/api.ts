import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  API,
  dispatch,
  type ApiError,
  type ChannelName,
  type Envelope,
  type Handlers,
} from '../../../shared/api/contract';
import { deeperThanAt } from '../../../shared/plan';

/**
 * The largest request body. The largest calls are plans.save with a document of up to 16 MiB of
 * JSON (MAX_DOCUMENT_CHARS) and plans.import or probes.import with a file of up to 10 MB in a JSON
 * string, where quotes, line breaks and non-ASCII characters take more than one byte each.
 */
export const MAX_BODY_BYTES = 24 * 1024 * 1024;
/** No call nests this deep: a plan document nests 16 levels at most (MAX_DEPTH), in its envelope. */
export const MAX_BODY_DEPTH = 64;

const MIB = 1024 * 1024;

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

/**
 * Answer without reading (the rest of) the request's body, and close the connection as soon as the
 * answer is flushed: a client that is not ours, or one sending more than any call needs, cannot make
 * the server read, or wait for, a body of any size.
 */
export function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  envelope: Envelope<never>,
  headers: Readonly<Record<string, string>>,
  extra: Record<string, string> = {},
): void {
  req.pause();
  res.once('finish', () => req.socket.destroy());
  sendJson(res, status, envelope, headers, { ...extra, Connection: 'close' });
}

/**
 * A body sent without its length (chunked) that grows past the limit is read on for at most this
 * much, so that a client that sends a little too much still gets to read the refusal: answering
 * while it is still sending, and then closing, may reset the connection before it has read it.
 */
export const OVERRUN_BYTES = 8 * MIB;

/**
 * The body as text; 'too-large' when it grew past limit but ended within OVERRUN_BYTES after it
 * (read to its end, the rest thrown away); 'cut' as soon as it goes on beyond that (the rest left unread).
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large' | 'cut'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit + OVERRUN_BYTES) {
        req.off('data', onData);
        req.pause();
        resolve('cut');
      } else chunks.length = 0;
    };
    req.on('data', onData);
    req.on('end', () =>
      resolve(size > limit ? 'too-large' : Buffer.concat(chunks).toString('utf8')),
    );
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
  const tooLarge = failure(
    'bad-request',
    `${channel}: the request body is larger than ${MAX_BODY_BYTES / MIB} MiB, more than any call needs`,
  );
  // A length announced over the limit is refused before any of the body is read.
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    return refuse(req, res, 413, tooLarge, headers);
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === 'cut') return refuse(req, res, 413, tooLarge, headers);
  if (body === 'too-large') return sendJson(res, 413, tooLarge, headers, { Connection: 'close' });
  if (API[channel].desktopOnly) {
    return sendJson(
      res,
      200,
      failure('unsupported', `${channel} needs the desktop app; browser mode cannot do it`),
      headers,
    );
  }
  if (deeperThanAt(body, MAX_BODY_DEPTH) >= 0) {
    return sendJson(
      res,
      400,
      failure(
        'bad-request',
        `${channel}: the request body nests deeper than ${MAX_BODY_DEPTH} levels, more than any call needs`,
      ),
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
