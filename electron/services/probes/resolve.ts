import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export type Resolution = { address: string } | { code: string };

/** Name lookups that hang (no DNS server answers) end here. */
export const LOOKUP_TIMEOUT_MS = 5000;

async function lookupOnce(name: string): Promise<Resolution> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Resolution>((resolve) => {
    timer = setTimeout(() => resolve({ code: 'ETIMEOUT' }), LOOKUP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([lookup(name).then(({ address }) => ({ address })), timeout]);
  } catch (e) {
    return { code: (e as NodeJS.ErrnoException).code ?? 'ENOTFOUND' };
  } finally {
    clearTimeout(timer);
  }
}

/** Resolve each name once per run, however many rules point at it. */
export function createResolver(): (name: string) => Promise<Resolution> {
  const cache = new Map<string, Promise<Resolution>>();
  return (name) => {
    if (isIP(name)) return Promise.resolve({ address: name });
    let pending = cache.get(name.toLowerCase());
    if (!pending) {
      pending = lookupOnce(name);
      cache.set(name.toLowerCase(), pending);
    }
    return pending;
  };
}
