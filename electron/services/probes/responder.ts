import { text } from '../../../shared/i18n';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, isIP, type Server, type Socket } from 'node:net';
import type { Transport } from '../../../shared/catalog/model';
import { formatBanner, normalizeAddress } from '../../../shared/probes/banner';
import { RESPONDER_TTL_MINUTES, type ResponderEvent } from '../../../shared/probes/jobs';

export type { ResponderEvent };

/** The documented defaults (docs/probes.md). */
export const RESPONDER_DEFAULTS = {
  ttlMs: RESPONDER_TTL_MINUTES.default * 60_000,
  /** Open connections at once; more are dropped by the OS backlog. */
  maxConnections: 256,
  /** UDP answers a second over all ports, so the responder cannot be used to flood anyone. */
  udpAnswersPerSecond: 200,
} as const;

/** A connection is closed after this long even if the other side never reads. */
const CONNECTION_TIMEOUT_MS = 5000;

export interface ResponderPort {
  port: number;
  protocol: Transport;
}

/** Omit over each member of a union. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface ResponderStop {
  reason: 'ttl' | 'stopped';
  stoppedAt: string;
  answered: number;
}

export interface ResponderOptions {
  planName: string;
  hostName: string;
  /** The address to listen on: the host's planned address if local, else the wildcard. */
  address: string;
  /** Only these ports are bound: the host's planned inbound ports. */
  ports: readonly ResponderPort[];
  ttlMs?: number;
  /** A campaign's nonce, carried in every banner. */
  nonce?: string;
  signal?: AbortSignal;
  onEvent?: (event: ResponderEvent) => void;
}

export interface Responder {
  address: string;
  ports: readonly ResponderPort[];
  startedAt: Date;
  stopsAt: Date;
  /** Stop now; resolves when every port is closed. */
  stop(): Promise<ResponderStop>;
  /** Resolves when the responder has stopped, by its TTL or by stop(). */
  closed: Promise<ResponderStop>;
}

/** A planned port the responder could not bind (the caller ran the local port check first). */
export class ResponderBindError extends Error {
  constructor(
    readonly port: ResponderPort,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Listener = { kind: 'tcp'; server: Server } | { kind: 'udp'; socket: UdpSocket };

function listenTcp(address: string, port: number, onSocket: (s: Socket) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(onSocket);
    server.maxConnections = RESPONDER_DEFAULTS.maxConnections;
    server.once('error', reject);
    server.listen({ host: address, port, exclusive: true, ipv6Only: false }, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function bindUdp(address: string, port: number): Promise<UdpSocket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket({ type: isIP(address) === 6 ? 'udp6' : 'udp4', ipv6Only: false });
    socket.once('error', reject);
    socket.bind({ address, port, exclusive: true }, () => {
      socket.off('error', reject);
      resolve(socket);
    });
  });
}

/**
 * Listen on the planned ports and answer every probe with one banner line, then close.
 * Nothing received is read beyond its size: the responder never interprets or runs anything.
 */
export async function startResponder(options: ResponderOptions): Promise<Responder> {
  const ttlMs = options.ttlMs ?? RESPONDER_DEFAULTS.ttlMs;
  const listeners: Listener[] = [];
  const connections = new Set<Socket>();
  let answered = 0;
  let udpTokens: number = RESPONDER_DEFAULTS.udpAnswersPerSecond;
  let udpRefill = performance.now();

  const banner = (port: ResponderPort, seen: string) =>
    formatBanner({
      plan: options.planName,
      host: options.hostName,
      ...port,
      seen,
      ...(options.nonce ? { nonce: options.nonce } : {}),
    });
  const emit = (event: OmitEach<ResponderEvent, 'at'>) =>
    options.onEvent?.({ ...event, at: new Date().toISOString() });

  const answerTcp = (port: ResponderPort) => (socket: Socket) => {
    const from = normalizeAddress(socket.remoteAddress ?? '');
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    socket.on('error', () => undefined); // a prober that resets is normal
    socket.setTimeout(CONNECTION_TIMEOUT_MS, () => socket.destroy());
    socket.resume(); // whatever arrives is dropped unread
    socket.end(banner(port, from));
    answered++;
    emit({ type: 'answered', ...port, from });
  };

  const answerUdp =
    (socket: UdpSocket, port: ResponderPort) =>
    (message: Buffer, peer: { address: string; port: number }) => {
      const from = normalizeAddress(peer.address);
      const line = banner(port, from);
      const now = performance.now();
      udpTokens = Math.min(
        RESPONDER_DEFAULTS.udpAnswersPerSecond,
        udpTokens + ((now - udpRefill) * RESPONDER_DEFAULTS.udpAnswersPerSecond) / 1000,
      );
      udpRefill = now;
      if (message.length < Buffer.byteLength(line)) {
        return emit({
          type: 'ignored',
          ...port,
          from,
          reason: text('probeReasons.tooSmall'),
        });
      }
      if (udpTokens < 1)
        return emit({ type: 'ignored', ...port, from, reason: text('probeReasons.rateLimit') });
      udpTokens -= 1;
      socket.send(line, peer.port, peer.address);
      answered++;
      emit({ type: 'answered', ...port, from });
    };

  const closeAll = async () => {
    for (const c of connections) c.destroy();
    await Promise.all(
      listeners.map(
        (l) =>
          new Promise<void>((resolve) =>
            l.kind === 'tcp' ? l.server.close(() => resolve()) : l.socket.close(() => resolve()),
          ),
      ),
    );
  };

  for (const port of options.ports) {
    try {
      if (port.protocol === 'tcp') {
        listeners.push({
          kind: 'tcp',
          server: await listenTcp(options.address, port.port, answerTcp(port)),
        });
      } else {
        const socket = await bindUdp(options.address, port.port);
        socket.on('message', answerUdp(socket, port));
        socket.on('error', () => undefined); // ICMP errors for answers to vanished probers
        listeners.push({ kind: 'udp', socket });
      }
    } catch (e) {
      await closeAll();
      const error = e as NodeJS.ErrnoException;
      throw new ResponderBindError(
        port,
        error.code ?? 'UNKNOWN',
        `cannot listen on ${port.port}/${port.protocol} at ${options.address}: ${error.code ?? error.message}`,
      );
    }
  }

  const startedAt = new Date();
  let stopping: Promise<ResponderStop> | undefined;
  let resolveClosed!: (stop: ResponderStop) => void;
  const closed = new Promise<ResponderStop>((resolve) => (resolveClosed = resolve));
  const stopWith = (reason: ResponderStop['reason']) => {
    stopping ??= (async () => {
      clearTimeout(ttl);
      options.signal?.removeEventListener('abort', onAbort);
      await closeAll();
      const stop = { reason, stoppedAt: new Date().toISOString(), answered };
      resolveClosed(stop);
      return stop;
    })();
    return stopping;
  };
  const ttl = setTimeout(() => void stopWith('ttl'), ttlMs);
  const onAbort = () => void stopWith('stopped');
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  return {
    address: options.address,
    ports: options.ports,
    startedAt,
    stopsAt: new Date(startedAt.getTime() + ttlMs),
    stop: () => stopWith('stopped'),
    closed,
  };
}
