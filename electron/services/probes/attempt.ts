import { bannerMatches, normalizeAddress, parseBanner } from '../../../shared/probes/banner';
import { text, type Text } from '../../../shared/i18n';
import { because, type Because, type ProbeStatus } from '../../../shared/probes/model';
import type { ReachTarget } from '../../../shared/probes/scope';
import type { Deadline, Deadlines } from './deadlines';

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
  /** Attempts in flight: the run cancels them all when it is cancelled. */
  inFlight: Set<{ cancel(): void }>;
  /** The run's one timer for every attempt's deadlines. */
  deadlines: Deadlines;
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

const rendered = new Map<string, Because>();
/**
 * A verdict's reason, rendered once: a run's verdicts are mostly the same few texts (refused,
 * filtered after N ms, verified by host X), and rendering one costs more than the probe itself.
 */
export function becauseOnce(reason: Text): Because {
  const id = JSON.stringify(reason);
  let known = rendered.get(id);
  if (!known) {
    if (rendered.size >= 512) rendered.clear();
    known = because(reason);
    rendered.set(id, known);
  }
  return known;
}

const REFUSED_TCP = {
  status: 'reachable',
  ...becauseOnce(text('probeReasons.refusedTcp')),
} as const;
const REFUSED_UDP = {
  status: 'reachable',
  ...becauseOnce(text('probeReasons.refusedUdp')),
} as const;

const NO_RESOURCES = new Set(['EMFILE', 'ENFILE', 'ENOBUFS', 'ENOMEM']);
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);

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
 * cancelled), then drops its deadlines, leaves the run's in-flight set and releases its socket.
 * A class with methods, not closures: a run makes thousands of these.
 */
class AttemptLifecycle implements Attempt {
  sourceAddress: string;
  settled = false;
  private readonly started = performance.now();
  private deadlines: Deadline[] = [];
  private release: (() => void) | undefined;

  constructor(
    private readonly protocol: 'tcp' | 'udp',
    private readonly settings: AttemptSettings,
    private readonly resolve: (outcome: AttemptOutcome) => void,
  ) {
    this.sourceAddress = settings.localAddress ?? settings.routeSource;
    settings.inFlight.add(this);
  }

  cancel(): void {
    this.finish({ kind: 'cancelled' });
  }

  begin(start: (attempt: Attempt) => () => void): void {
    const release = start(this);
    // Settled while starting: release what was opened.
    if (this.settled) release();
    else this.release = release;
  }

  private finish(outcome: AttemptOutcome): void {
    if (this.settled) return;
    this.settled = true;
    this.clearTimers();
    this.settings.inFlight.delete(this);
    this.release?.();
    this.resolve(outcome);
  }

  judge(verdict: Omit<Verdict, 'sourceAddress' | 'durationMs' | 'nat'> & { nat?: boolean }): void {
    this.finish({
      kind: 'done',
      nat: false,
      ...verdict,
      sourceAddress: this.sourceAddress,
      durationMs: performance.now() - this.started,
    });
  }

  fail(error: NodeJS.ErrnoException): void {
    const verdict = verdictOfError(error, this.protocol);
    if (verdict === 'no-resources') this.finish({ kind: 'no-resources', code: error.code! });
    else this.judge(verdict);
  }

  after(ms: number, fn: () => void): void {
    this.deadlines.push(this.settings.deadlines.after(ms, fn));
  }

  clearTimers(): void {
    for (const deadline of this.deadlines) this.settings.deadlines.cancel(deadline);
    this.deadlines.length = 0;
  }
}

/** Run one attempt: `start` opens the socket and returns how to release it. */
export function runAttempt(
  protocol: 'tcp' | 'udp',
  settings: AttemptSettings,
  start: (attempt: Attempt) => () => void,
): Promise<AttemptOutcome> {
  return new Promise((resolve) => new AttemptLifecycle(protocol, settings, resolve).begin(start));
}

/** What an error from the socket says about the path. */
export function verdictOfError(
  error: NodeJS.ErrnoException,
  protocol: 'tcp' | 'udp',
): ({ status: ProbeStatus } & Because) | 'no-resources' {
  const code = error.code ?? 'UNKNOWN';
  if (NO_RESOURCES.has(code)) return 'no-resources';
  if (code === 'ECONNREFUSED') {
    return protocol === 'tcp' ? REFUSED_TCP : REFUSED_UDP;
  }
  if (UNREACHABLE.has(code)) {
    return { status: 'unreachable', ...becauseOnce(text('probeReasons.unreachable', { code })) };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { status: 'blocked', ...becauseOnce(text('probeReasons.ownFirewall', { code })) };
  }
  if (code === 'ETIMEDOUT')
    return { status: 'blocked', ...becauseOnce(text('probeReasons.timedOut')) };
  return {
    status: 'untested',
    ...becauseOnce(text('probeReasons.notSent', { code, message: error.message })),
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
      ...becauseOnce(
        target.protocol === 'udp'
          ? text('probeReasons.udpOtherProgram')
          : answer.length > 0
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
      ...becauseOnce(text('probeReasons.verified', { host: banner.host, nat: natText })),
    };
  }
  return {
    status: 'open',
    seenSourceAddress: seen,
    nat,
    ...becauseOnce(
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
