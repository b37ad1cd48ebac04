import { isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { REACH_DEFAULTS } from '../../../shared/probes/jobs';
import { text, type Text } from '../../../shared/i18n';
import { because, type ProbeProgress, type ProbeResult } from '../../../shared/probes/model';
import type { ReachTarget } from '../../../shared/probes/scope';
import type { AttemptOutcome, AttemptSettings, ResolvedTarget } from './attempt';
import { createDeadlines } from './deadlines';
import { FD_RESERVE, openFileLimit } from './fd-limit';
import { routeSourceAddress } from './local-address';
import { createPacer } from './pacer';
import { createResolver, LOOKUP_TIMEOUT_MS } from './resolve';
import { probeTcp } from './tcp-probe';
import { probeUdp } from './udp-probe';

/** The documented defaults (docs/probes.md), shared with the app. */
export { REACH_DEFAULTS };

export interface ReachOptions {
  /** The plan host this machine said it is: recorded with every result. */
  probeHost: string;
  /** Per attempt; only this timer turns an attempt into "blocked". */
  timeoutMs?: number;
  /** At most this many probe sockets open at once. */
  concurrency?: number;
  /** At most this many new attempts a second to other machines (loopback is not limited). */
  ratePerSecond?: number;
  bannerWaitMs?: number;
  /** Leave from this address (the probing host's planned address, when this machine has it). */
  localAddress?: string;
  signal?: AbortSignal;
  /** Called as each result arrives, in the order they arrive. */
  onResult?: (result: ProbeResult, progress: ProbeProgress) => void;
}

export interface ReachRun {
  /** In the order of the targets; on cancel only the targets finished until then. */
  results: ProbeResult[];
  cancelled: boolean;
  settings: { timeoutMs: number; concurrency: number; ratePerSecond: number };
  notes: Text[];
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** How many sockets may be open at once: the request, within what `ulimit -n` leaves. */
function effectiveConcurrency(requested: number, notes: Text[]): number {
  const limit = openFileLimit();
  if (limit === undefined || requested <= limit - FD_RESERVE) return requested;
  const allowed = Math.max(1, limit - FD_RESERVE);
  notes.push(text('probeNotes.concurrencyLowered', { requested, allowed, limit }));
  return allowed;
}

/**
 * Probe every target from this machine: bounded concurrency and rate, a timeout per attempt,
 * results as they come, cancel at any time through the signal (in-flight attempts are dropped,
 * finished ones are kept).
 */
export async function probeReachability(
  targets: readonly ReachTarget[],
  options: ReachOptions,
): Promise<ReachRun> {
  const notes: Text[] = [];
  const timeoutMs = options.timeoutMs ?? REACH_DEFAULTS.timeoutMs;
  const ratePerSecond = options.ratePerSecond ?? REACH_DEFAULTS.ratePerSecond;
  const concurrency = effectiveConcurrency(
    options.concurrency ?? REACH_DEFAULTS.concurrency,
    notes,
  );
  const signal = options.signal;
  const resolveName = createResolver();
  const routeSources = new Map<string, Promise<string>>();
  const knownSources = new Map<string, string>();
  const pace = createPacer(ratePerSecond, Math.min(concurrency, ratePerSecond));
  const inFlight: AttemptSettings['inFlight'] = new Set();
  const deadlines = createDeadlines();
  const cancelAll = () => [...inFlight].forEach((attempt) => attempt.cancel());
  signal?.addEventListener('abort', cancelAll, { once: true });

  const byIndex = new Map<number, ProbeResult>();
  const counts: ProbeProgress['counts'] = {};
  let next = 0;
  const retry: number[] = [];
  let workers = 0;

  const record = (index: number, result: ProbeResult) => {
    byIndex.set(index, result);
    counts[result.status] = (counts[result.status] ?? 0) + 1;
    options.onResult?.(result, {
      done: byIndex.size,
      total: targets.length,
      counts: { ...counts },
    });
  };
  const resultOf = (
    target: ReachTarget,
    startedAt: Date,
    verdict: Omit<ProbeResult, 'ruleId' | 'probedAt' | 'probeHost'>,
  ): ProbeResult => ({
    ruleId: target.ruleId,
    probedAt: startedAt.toISOString(),
    probeHost: options.probeHost,
    ...verdict,
  });

  const sourceFor = (address: string, port: number) => {
    if (options.localAddress && isIP(options.localAddress) === isIP(address)) {
      return Promise.resolve(options.localAddress);
    }
    let pending = routeSources.get(address);
    if (!pending) {
      pending = routeSourceAddress(address, port);
      routeSources.set(address, pending);
      // A lookup that failed (e.g. out of sockets for a moment) is tried again next time.
      void pending.then((source) =>
        source ? knownSources.set(address, source) : routeSources.delete(address),
      );
    }
    return pending;
  };

  async function attempt(index: number): Promise<AttemptOutcome | undefined> {
    const target = targets[index]!;
    // An address needs no lookup and a known route no question: no waiting for either.
    const resolved = isIP(target.address)
      ? { address: target.address }
      : await resolveName(target.address);
    if ('code' in resolved) {
      record(
        index,
        resultOf(target, new Date(), {
          status: 'unresolved',
          ...because(
            resolved.code === 'ETIMEOUT'
              ? text('probeReasons.lookupTimeout', {
                  name: target.address,
                  seconds: LOOKUP_TIMEOUT_MS / 1000,
                })
              : text('probeReasons.notResolved', { name: target.address, code: resolved.code }),
          ),
          sourceAddress: '',
          nat: false,
        }),
      );
      return undefined;
    }
    const routeSource =
      knownSources.get(resolved.address) ?? (await sourceFor(resolved.address, target.port));
    if (!isLoopback(resolved.address)) await pace(signal);
    const resolvedTarget: ResolvedTarget = { ...target, address: resolved.address };
    const settings: AttemptSettings = {
      timeoutMs,
      routeSource,
      inFlight,
      deadlines,
      ...(options.bannerWaitMs !== undefined ? { bannerWaitMs: options.bannerWaitMs } : {}),
      ...(options.localAddress && isIP(options.localAddress) === isIP(resolved.address)
        ? { localAddress: options.localAddress }
        : {}),
    };
    if (signal?.aborted) return { kind: 'cancelled' };
    const when = new Date();
    const outcome = await (target.protocol === 'tcp'
      ? probeTcp(resolvedTarget, settings)
      : probeUdp(resolvedTarget, settings));
    if (outcome.kind === 'done') {
      const { kind: _kind, ...verdict } = outcome;
      record(
        index,
        resultOf(target, when, {
          ...verdict,
          durationMs: Math.round(verdict.durationMs * 10) / 10,
          remoteAddress: resolved.address,
        }),
      );
    }
    return outcome;
  }

  async function worker(): Promise<void> {
    workers++;
    let starved = 0;
    try {
      while (!signal?.aborted) {
        const index = retry.pop() ?? (next < targets.length ? next++ : undefined);
        if (index === undefined) return;
        let outcome: AttemptOutcome | undefined;
        try {
          outcome = await attempt(index);
        } catch (e) {
          if (signal?.aborted) return; // the pacer was interrupted
          throw e;
        }
        if (outcome?.kind !== 'no-resources') {
          starved = 0;
          continue;
        }
        // Out of sockets: give the target back, and let this worker go unless it is the last.
        retry.push(index);
        if (workers > 1) return;
        if (++starved > 200) throw new Error(`this machine has no free sockets (${outcome.code})`);
        await sleep(50, undefined, { signal }).catch(() => undefined);
      }
    } finally {
      workers--;
    }
  }

  try {
    const count = Math.max(1, Math.min(concurrency, targets.length));
    await Promise.all(Array.from({ length: count }, worker));
  } finally {
    signal?.removeEventListener('abort', cancelAll);
  }
  const results = targets.flatMap((_, i) => byIndex.get(i) ?? []);
  return {
    results,
    cancelled: !!signal?.aborted && results.length < targets.length,
    settings: { timeoutMs, concurrency, ratePerSecond },
    notes,
  };
}
