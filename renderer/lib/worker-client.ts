// Request and reply between the window and a worker: one typed helper instead of a map of pending
// callbacks per kind of message. Each request carries an id; the worker's reply names it.

/** The requests a worker answers: each kind's payload and reply. */
export type RequestMap = Record<string, { payload: unknown; reply: unknown }>;

export interface RequestMessage<K extends PropertyKey = string, P = unknown> {
  request: number;
  kind: K;
  payload: P;
}

/** The worker's answer to one request: its value, or what went wrong there. */
export type ReplyMessage =
  { reply: number; ok: true; value: unknown } | { reply: number; ok: false; message: string };

/** What both a Worker (or the worker's own scope) and a MessagePort offer. */
export interface MessageEnd {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?(): void;
}

/** A request that a newer one replaced before its answer came. */
export class Superseded extends Error {
  constructor(kind: string) {
    super(`${kind} was superseded by a newer request`);
    this.name = 'Superseded';
  }
}

/** The request failed in the worker: what it threw, as its message. */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

const isReply = (data: unknown): data is ReplyMessage =>
  typeof data === 'object' && data !== null && typeof (data as ReplyMessage).reply === 'number';

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The window's side. `request` answers with the worker's reply; a request with a `supersede` key
 * rejects the one before it with the same key with Superseded (its answer is of no use any more).
 * Messages that are no reply (the worker's own news) go to `onNews`.
 */
export class WorkerClient<R extends RequestMap, News = never> {
  #next = 0;
  // Bookkeeping of requests in flight, not state anything renders.
  readonly #waiting = new Map<number, Waiting>();
  readonly #latest = new Map<string, number>();
  readonly #listener: (event: MessageEvent) => void;

  constructor(
    private readonly end: MessageEnd,
    onNews: (news: News) => void = () => {},
  ) {
    this.#listener = (event) => {
      const data: unknown = event.data;
      if (!isReply(data)) return onNews(data as News);
      const waiting = this.#waiting.get(data.reply);
      if (!waiting) return;
      this.#waiting.delete(data.reply);
      if (data.ok) waiting.resolve(data.value);
      else waiting.reject(new WorkerFailure(data.message));
    };
    end.addEventListener('message', this.#listener);
    end.start?.();
  }

  request<K extends keyof R & string>(
    kind: K,
    payload: R[K]['payload'],
    options: { supersede?: string } = {},
  ): Promise<R[K]['reply']> {
    const id = ++this.#next;
    const { supersede } = options;
    if (supersede !== undefined) {
      const older = this.#latest.get(supersede);
      const waiting = older === undefined ? undefined : this.#waiting.get(older);
      if (waiting) {
        this.#waiting.delete(older!);
        waiting.reject(new Superseded(kind));
      }
      this.#latest.set(supersede, id);
    }
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const message: RequestMessage<K, R[K]['payload']> = { request: id, kind, payload };
      this.end.postMessage(message);
    });
  }

  /** A message that wants no answer. */
  tell(message: unknown): void {
    this.end.postMessage(message);
  }

  /**
   * Stop listening. Requests still waiting are dropped without an answer: whoever asked has gone
   * (the plan was closed), and a rejection would only surface as an error nobody handles.
   */
  dispose(): void {
    this.end.removeEventListener('message', this.#listener);
    this.#waiting.clear();
  }
}

export type Handlers<R extends RequestMap> = {
  [K in keyof R]: (payload: R[K]['payload']) => R[K]['reply'] | Promise<R[K]['reply']>;
};

const isRequest = (data: unknown): data is RequestMessage =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as RequestMessage).request === 'number' &&
  typeof (data as RequestMessage).kind === 'string';

/**
 * The worker's side: answers each request with its handler's value, or with the message of what
 * it threw. Messages that are no request go to `onTold`.
 */
export function answerRequests<R extends RequestMap, Told = never>(
  end: MessageEnd,
  handlers: Handlers<R>,
  onTold: (message: Told) => void = () => {},
): () => void {
  const listener = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isRequest(data)) return onTold(data as Told);
    const fail = (e: unknown) =>
      end.postMessage({
        reply: data.request,
        ok: false,
        message: e instanceof Error ? e.message : String(e),
      } satisfies ReplyMessage);
    const succeed = (value: unknown) =>
      end.postMessage({ reply: data.request, ok: true, value } satisfies ReplyMessage);
    if (!Object.hasOwn(handlers, data.kind)) return fail(`no such request: ${data.kind}`);
    let value: unknown;
    try {
      value = (handlers[data.kind] as (payload: unknown) => unknown)(data.payload);
    } catch (e) {
      return fail(e);
    }
    // A value is answered at once, so that answers keep the order of the work that made them.
    if (value instanceof Promise) value.then(succeed, fail);
    else succeed(value);
  };
  end.addEventListener('message', listener);
  end.start?.();
  return () => end.removeEventListener('message', listener);
}

/** For a `.catch` of a request that may be superseded: that is no failure, anything else is. */
export function unlessSuperseded(e: unknown): void {
  if (!(e instanceof Superseded)) throw e;
}
