import { bannerMatches, normalizeAddress, parseBanner } from '../../../shared/probes/banner';
import type { ProbeStatus } from '../../../shared/probes/model';
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

export interface Verdict {
  status: ProbeStatus;
  detail: string;
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

/** What an error from the socket says about the path. */
export function verdictOfError(
  error: NodeJS.ErrnoException,
  protocol: 'tcp' | 'udp',
): { status: ProbeStatus; detail: string } | 'no-resources' {
  const code = error.code ?? 'UNKNOWN';
  if (NO_RESOURCES.has(code)) return 'no-resources';
  if (code === 'ECONNREFUSED') {
    return protocol === 'tcp'
      ? {
          status: 'reachable',
          detail: 'refused (TCP reset): the path is open, nothing listens yet',
        }
      : {
          status: 'reachable',
          detail:
            'ICMP port unreachable: the host answered and nothing listens on the port (a firewall that rejects this way looks the same)',
        };
  }
  if (UNREACHABLE.has(code)) {
    return { status: 'unreachable', detail: `${code}: no route to the host or network` };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return {
      status: 'blocked',
      detail: `${code}: this machine's own firewall does not let the probe out`,
    };
  }
  if (code === 'ETIMEDOUT') return { status: 'blocked', detail: 'ETIMEDOUT: no answer' };
  return { status: 'untested', detail: `the probe could not be sent: ${code} ${error.message}` };
}

/** Judge what a listener sent back: our responder's banner (verified), or something else (open). */
export function verdictOfAnswer(
  answer: string,
  target: ResolvedTarget,
  sourceAddress: string,
  /** How long the prober waited for a banner; undefined when the other side closed first. */
  waitedMs?: number,
): { status: ProbeStatus; detail: string; seenSourceAddress?: string; nat: boolean } {
  const banner = parseBanner(answer.split('\n')[0] ?? '');
  if (!banner) {
    return {
      status: 'open',
      nat: false,
      detail:
        answer.length > 0
          ? 'connected; another program answered (not our responder)'
          : waitedMs === undefined
            ? 'connected, then closed by the other side without a banner: another program listens (not our responder)'
            : `connected; no banner within ${Math.round(waitedMs)} ms: another program listens (not our responder)`,
    };
  }
  const seen = normalizeAddress(banner.seen);
  const nat = sourceAddress !== '' && seen !== normalizeAddress(sourceAddress);
  const natText = nat
    ? `; NAT: the responder saw ${seen}, this machine sent from ${sourceAddress}`
    : '';
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
      detail: `our responder on ${banner.host} answered${natText}`,
    };
  }
  return {
    status: 'open',
    seenSourceAddress: seen,
    nat,
    detail: `a responder answered for ${banner.host} of plan "${banner.plan}" on ${banner.port}/${banner.protocol}${expected ? `, not for ${expected.host}: check the address planned for ${expected.host}` : ''}${natText}`,
  };
}
