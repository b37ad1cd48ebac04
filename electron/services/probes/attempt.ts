import { bannerMatches, normalizeAddress, parseBanner } from '../../../shared/probes/banner';
import { text } from '../../../shared/i18n';
import { because, type Because, type ProbeStatus } from '../../../shared/probes/model';
import type { ReachTarget } from '../../../shared/probes/scope';

/** A target whose name is resolved: `address` is an IP now. */
export type ResolvedTarget = ReachTarget;

export interface AttemptSettings {
  timeoutMs: number;
  /** How long to wait for a banner after connecting; default: 100 ms + 4 × the connect time. */
  bannerWaitMs?: number;
  /** Bind the probe to this local address (the probing host's planned address). */
  localAddress?: string;
  /** The address the kernel sends from, for verdicts without a connection. */
  routeSource: string;
  /** Cancel functions of attempts in flight: the run calls them all when it is cancelled. */
  inFlight: Set<() => void>;
}

export interface Verdict extends Because {
  status: ProbeStatus;
  sourceAddress: string;
  seenSourceAddress?: string;
  nat: boolean;
  durationMs: number;
}

export type AttemptOutcome =
  | ({ kind: 'done' } & Verdict)
  /** This machine ran out of sockets or file descriptors: try the target again later. */
  | { kind: 'no-resources'; code: string }
  | { kind: 'cancelled' };

const NO_RESOURCES = new Set(['EMFILE', 'ENFILE', 'ENOBUFS', 'ENOMEM']);
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);

/**
 * Run fn once the I/O that is already waiting has been handled. A timer can fire before the
 * event loop reads a reset that arrived in time (a busy loop); checking twice after the poll
 * phase keeps a late timer from turning "refused" into "filtered".
 */
export function afterPendingIo(fn: () => void): void {
  setImmediate(() => setImmediate(fn));
}

/** One attempt at one target over one transport. */
export type Probe = (target: ResolvedTarget, settings: AttemptSettings) => Promise<AttemptOutcome>;

/** What an attempt's socket code tells the lifecycle; the lifecycle does the rest. */
export interface Attempt {
  /** The address the probe leaves from: the planned one until the socket tells it exactly. */
  sourceAddress: string;
  readonly settled: boolean;
  /** The verdict: the attempt is done (timed, with the source address; no NAT unless said). */
  judge(verdict: Omit<Verdict, 'sourceAddress' | 'durationMs' | 'nat'> & { nat?: boolean }): void;
  /** An error of the socket: a verdict, or no resources (try the target again later). */
  fail(error: NodeJS.ErrnoException): void;
  /** After ms, once the I/O already waiting is handled; ends with the attempt. */
  after(ms: number, fn: () => void): void;
  /** Drop the timers set so far (e.g. the connect timer once connected). */
  clearTimers(): void;
}

/**
 * One attempt's lifecycle, the same for TCP and UDP: it settles once (a verdict, no resources or
 * cancelled), then clears its timers, leaves the run's in-flight set and releases its socket.
 * `start` opens the socket and returns how to release it.
 */
export function runAttempt(
  protocol: 'tcp' | 'udp',
  settings: AttemptSettings,
  start: (attempt: Attempt) => () => void,
): Promise<AttemptOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const timers = new Set<NodeJS.Timeout>();
    let settled = false;
    // Until start returns there is nothing to release (see below).
    let release = (): void => undefined;
    const clearTimers = () => {
      timers.forEach(clearTimeout);
      timers.clear();
    };
    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimers();
      settings.inFlight.delete(cancel);
      release();
      resolve(outcome);
    };
    const cancel = () => finish({ kind: 'cancelled' });
    settings.inFlight.add(cancel);
    const attempt: Attempt = {
      sourceAddress: settings.localAddress ?? settings.routeSource,
      get settled() {
        return settled;
      },
      judge: (verdict) =>
        finish({
          kind: 'done',
          nat: false,
          ...verdict,
          sourceAddress: attempt.sourceAddress,
          durationMs: performance.now() - started,
        }),
      fail: (error) => {
        const verdict = verdictOfError(error, protocol);
        if (verdict === 'no-resources') finish({ kind: 'no-resources', code: error.code! });
        else attempt.judge(verdict);
      },
      after: (ms, fn) => {
        timers.add(setTimeout(() => afterPendingIo(fn), ms));
      },
      clearTimers,
    };
    release = start(attempt);
    // Settled while starting: release what was opened.
    if (settled) release();
  });
}

/** What an error from the socket says about the path. */
export function verdictOfError(
  error: NodeJS.ErrnoException,
  protocol: 'tcp' | 'udp',
): ({ status: ProbeStatus } & Because) | 'no-resources' {
  const code = error.code ?? 'UNKNOWN';
  if (NO_RESOURCES.has(code)) return 'no-resources';
  if (code === 'ECONNREFUSED') {
    const reason = protocol === 'tcp' ? 'probeReasons.refusedTcp' : 'probeReasons.refusedUdp';
    return { status: 'reachable', ...because(text(reason)) };
  }
  if (UNREACHABLE.has(code)) {
    return { status: 'unreachable', ...because(text('probeReasons.unreachable', { code })) };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { status: 'blocked', ...because(text('probeReasons.ownFirewall', { code })) };
  }
  if (code === 'ETIMEDOUT') return { status: 'blocked', ...because(text('probeReasons.timedOut')) };
  return {
    status: 'untested',
    ...because(text('probeReasons.notSent', { code, message: error.message })),
  };
}

/** Judge what a listener sent back: our responder's banner (verified), or something else (open). */
export function verdictOfAnswer(
  answer: string,
  target: ResolvedTarget,
  sourceAddress: string,
  /** How long the prober waited for a banner; undefined when the other side closed first. */
  waitedMs?: number,
): { status: ProbeStatus; seenSourceAddress?: string; nat: boolean } & Because {
  const banner = parseBanner(answer.split('\n')[0] ?? '');
  if (!banner) {
    return {
      status: 'open',
      nat: false,
      ...because(
        answer.length > 0
          ? text('probeReasons.otherProgram')
          : waitedMs === undefined
            ? text('probeReasons.closedNoBanner')
            : text('probeReasons.noBanner', { ms: Math.round(waitedMs) }),
      ),
    };
  }
  const seen = normalizeAddress(banner.seen);
  const nat = sourceAddress !== '' && seen !== normalizeAddress(sourceAddress);
  const natText = nat ? text('probeReasons.nat', { seen, sent: sourceAddress }) : '';
  const expected = target.expect && {
    ...target.expect,
    port: target.port,
    protocol: target.protocol,
  };
  if (expected && bannerMatches(banner, expected)) {
    return {
      status: 'verified',
      seenSourceAddress: seen,
      nat,
      ...because(text('probeReasons.verified', { host: banner.host, nat: natText })),
    };
  }
  return {
    status: 'open',
    seenSourceAddress: seen,
    nat,
    ...because(
      text('probeReasons.otherResponder', {
        host: banner.host,
        plan: banner.plan,
        port: banner.port,
        protocol: banner.protocol,
        wrongHost: !expected
          ? ''
          : bannerMatches(banner, {
                ...target.expect!,
                port: target.port,
                protocol: target.protocol,
                nonce: banner.nonce,
              })
            ? text('campaign.probe.otherNonce', { nonce: banner.nonce ?? '–' })
            : text('probeReasons.wrongHost', { host: expected.host }),
        nat: natText,
      }),
    ),
  };
}
