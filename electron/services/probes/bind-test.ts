import { createSocket } from 'node:dgram';
import { createServer, isIP } from 'node:net';
import type { Transport } from '../../../shared/catalog/model';

/** Bound and released at once, or the error code the OS gave (EADDRINUSE, EACCES, ...). */
export type BindOutcome = { ok: true } | { ok: false; code: string; message: string };

function failure(e: unknown): BindOutcome {
  const error = e as NodeJS.ErrnoException;
  return { ok: false, code: error.code ?? 'UNKNOWN', message: error.message };
}

function bindTcp(address: string, port: number): Promise<BindOutcome> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (e) => resolve(failure(e)));
    // Listening is the only way Node binds TCP; the port is released right after.
    server.listen({ host: address, port, exclusive: true, ipv6Only: false, backlog: 1 }, () =>
      server.close(() => resolve({ ok: true })),
    );
  });
}

function bindUdp(address: string, port: number): Promise<BindOutcome> {
  return new Promise((resolve) => {
    const socket = createSocket({
      type: isIP(address) === 6 ? 'udp6' : 'udp4',
      reuseAddr: false,
      ipv6Only: false,
    });
    socket.once('error', (e) => {
      socket.close();
      resolve(failure(e));
    });
    socket.bind({ address, port, exclusive: true }, () =>
      socket.close(() => resolve({ ok: true })),
    );
  });
}

/** Try to bind the port the way the service will: TCP listens, UDP binds. */
export function tryBind(address: string, port: number, protocol: Transport): Promise<BindOutcome> {
  return protocol === 'tcp' ? bindTcp(address, port) : bindUdp(address, port);
}

/** Codes that mean "this address family is not available here", not "the port is taken". */
export const NO_SUCH_FAMILY = new Set(['EAFNOSUPPORT', 'EADDRNOTAVAIL', 'EPROTONOSUPPORT']);
