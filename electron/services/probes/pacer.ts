import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A token bucket: at most `perSecond` new attempts a second, in bursts of at most `burst`.
 * `take` resolves when the caller may start; it rejects with an AbortError when cancelled.
 */
export function createPacer(perSecond: number, burst: number) {
  let tokens = burst;
  let last = performance.now();
  return async function take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = performance.now();
      tokens = Math.min(burst, tokens + ((now - last) * perSecond) / 1000);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await sleep(((1 - tokens) * 1000) / perSecond, undefined, { signal });
    }
  };
}
