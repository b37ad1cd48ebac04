import { z } from 'zod';

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
});
export type ProbeResult = z.output<typeof ProbeResult>;

/** What `probe reach --format json` writes and the desktop app imports. */
export const ProbeReport = z.strictObject({
  kind: z.literal('oe-port-planner/probe-results'),
  version: z.literal(1),
  planName: z.string(),
  probeHost: z.string(),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime(),
  results: z.array(ProbeResult),
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
