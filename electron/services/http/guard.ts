import { createHash, timingSafeEqual } from 'node:crypto';

// Who may talk to browser mode: only pages this server served, on this machine, holding this run's token.

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** A Host header naming anything else is a DNS-rebinding attempt: some other name resolved to 127.0.0.1. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return LOOPBACK_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** Browsers send Origin on cross-origin and non-GET requests; when present it must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

/** Compare in constant time; hashing first makes the lengths equal. */
export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}
