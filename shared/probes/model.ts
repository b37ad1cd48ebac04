import { z } from 'zod';
import { TRANSPORTS } from '../catalog/model';
import { NONCE } from './banner';
import { isMessageKey, textIn, type Locale, type Text } from '../i18n';

/**
 * Why a probe reached its verdict, as a text of the dictionary (each face says it in its language);
 * `detail` keeps the same in English, as the evidence was recorded.
 */
export const Reason: z.ZodType<Text> = z.lazy(
  () =>
    z.strictObject({
      key: z.string().refine(isMessageKey, 'is not a text of this planner'),
      vars: z.record(z.string(), z.union([z.string(), z.number(), Reason])).optional(),
    }) as unknown as z.ZodType<Text>,
);

/** Something the technician should know about a run: a text, or (older reports) English as written. */
export const Note = z.union([z.string(), Reason]);
export type Note = z.output<typeof Note>;

export const noteIn = (locale: Locale, note: Note): string =>
  typeof note === 'string' ? note : textIn(locale, note);

/** A result's detail in the reader's language: its reason, else the detail as recorded. */
export const detailIn = (locale: Locale, result: { detail: string; reason?: Text }): string =>
  noteIn(locale, result.reason ?? result.detail);

export interface Because {
  detail: string;
  reason: Text;
}

/** The detail and reason of a verdict from one text. */
export const because = (reason: Text): Because => ({
  detail: textIn('en', reason),
  reason,
});

/**
 * What a probe found for one host rule, as the checklist shows it.
 * verified: our responder answered; open: something listens (not our responder);
 * reachable: refused, so the path is open but nothing listens yet (normal before installation);
 * blocked: no answer within the timeout (filtered); unreachable: host or network unreachable;
 * unresolved: the name did not resolve; open-or-filtered: UDP without our responder cannot tell.
 */
export const PROBE_STATUSES = [
  'verified',
  'open',
  'reachable',
  'blocked',
  'unreachable',
  'unresolved',
  'open-or-filtered',
  'untested',
] as const;
export const ProbeStatus = z.enum(PROBE_STATUSES);
export type ProbeStatus = z.infer<typeof ProbeStatus>;

export const ProbeResult = z.strictObject({
  /** HostRule.id */
  ruleId: z.string().min(1),
  status: ProbeStatus,
  detail: z.string().default(''),
  reason: Reason.optional(),
  /** ISO 8601 time of the attempt. */
  probedAt: z.string().datetime(),
  /** The plan host this machine said it is. */
  probeHost: z.string().min(1),
  /** The local address the probe left from. */
  sourceAddress: z.string().default(''),
  /** The source address our responder saw; differs from sourceAddress behind NAT. */
  seenSourceAddress: z.string().optional(),
  nat: z.boolean().default(false),
  durationMs: z.number().nonnegative().optional(),
  /** The IP address the probe went to (the destination's name resolved). */
  remoteAddress: z.string().optional(),
});
export type ProbeResult = z.output<typeof ProbeResult>;

/** What `probe reach --format json` writes and the desktop app imports. */
export const ProbeReport = z.strictObject({
  kind: z.literal('oe-port-planner/probe-results'),
  version: z.literal(1),
  planName: z.string(),
  /** Which plan the run probed: its name and rules (planFingerprint); other plans' reports are refused. */
  planFingerprint: z.string().optional(),
  /** The campaign the run belonged to: only that campaign's responders verified its rules. */
  nonce: z.string().regex(NONCE).optional(),
  /** The library id of the plan probed (from its file); reports of older planners have none. */
  planId: z.string().optional(),
  probeHost: z.string(),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime(),
  results: z.array(ProbeResult),
  /** True when the run was stopped early: results holds only the rules probed until then. */
  cancelled: z.boolean().optional(),
  /** The settings the run used, so a reader can judge a "blocked" verdict. */
  settings: z
    .strictObject({
      timeoutMs: z.number().int().positive(),
      concurrency: z.number().int().positive(),
      ratePerSecond: z.number().positive(),
    })
    .optional(),
  /** Things the technician should know about the run, e.g. this machine lacks the planned address. */
  notes: z.array(Note).optional(),
});
export type ProbeReport = z.output<typeof ProbeReport>;

/** The newest result per rule; rules never probed are "untested". */
export function latestByRule(results: readonly ProbeResult[]): Map<string, ProbeResult> {
  const latest = new Map<string, ProbeResult>();
  for (const r of results) {
    const seen = latest.get(r.ruleId);
    if (!seen || seen.probedAt <= r.probedAt) latest.set(r.ruleId, r);
  }
  return latest;
}

/** How far a running probe is: enough for a progress bar and live counts. */
export interface ProbeProgress {
  done: number;
  total: number;
  counts: Partial<Record<ProbeStatus, number>>;
}

/**
 * Can the service bind its port here? free; in-use (by whom, where the OS tells);
 * permission-denied (a privileged port without admin rights: not the same as in use);
 * excluded-range (Windows reserved the port, e.g. for Hyper-V); bind-failed (anything else, see detail).
 */
export const LOCAL_PORT_STATUSES = [
  'free',
  'in-use',
  'permission-denied',
  'excluded-range',
  'bind-failed',
] as const;
export const LocalPortStatus = z.enum(LOCAL_PORT_STATUSES);
export type LocalPortStatus = z.infer<typeof LocalPortStatus>;

/** A process that holds a port, as far as the operating system tells. */
export const PortOwner = z.strictObject({
  pid: z.number().int().nonnegative().optional(),
  /** Process name, e.g. "cupsd", "svchost.exe". */
  process: z.string().optional(),
  /** Its command line, where readable. */
  command: z.string().optional(),
  /** Windows services hosted by the process, e.g. "W3SVC". */
  services: z.array(z.string()).optional(),
  /** The local address it holds the port on, e.g. "0.0.0.0" or "::". */
  address: z.string().optional(),
  uid: z.number().int().nonnegative().optional(),
});
export type PortOwner = z.output<typeof PortOwner>;

export const LocalPortResult = z.strictObject({
  port: z.number().int().min(1).max(65535),
  protocol: z.enum(TRANSPORTS),
  /** The address the bind test used: the host's planned address if local, else all addresses. */
  address: z.string(),
  status: LocalPortStatus,
  owners: z.array(PortOwner).default([]),
  detail: z.string().default(''),
  reason: Reason.optional(),
  /** The planned services that need this port, e.g. ["Consul"]. */
  services: z.array(z.string()).default([]),
  /** HostRule ids whose destination is this port on this host. */
  ruleIds: z.array(z.string()).default([]),
});
export type LocalPortResult = z.output<typeof LocalPortResult>;

/** What `probe local --format json` writes. */
export const LocalPortReport = z.strictObject({
  kind: z.literal('oe-port-planner/local-port-check'),
  version: z.literal(1),
  planName: z.string(),
  probeHost: z.string(),
  checkedAt: z.string().datetime(),
  /** node's process.platform: linux, win32, darwin. */
  platform: z.string(),
  results: z.array(LocalPortResult),
  notes: z.array(Note).optional(),
});
export type LocalPortReport = z.output<typeof LocalPortReport>;
