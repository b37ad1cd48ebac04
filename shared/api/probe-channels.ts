import { z } from 'zod';
import {
  PROBE_JOB_KINDS,
  REACH_LIMITS,
  RESPONDER_TTL_MINUTES,
  type ProbeJobView,
} from '../probes/jobs';
import type { Note, ProbeResult } from '../probes/model';
import { channel } from './channel';
import { PlanId } from './ids';

// The Probes step: run probes from the machine the backend runs on (the desktop app, or the
// browser mode's server, which is this machine too), follow them by polling, store and import results.

/** A host of the plan, as the "which host is this machine" choice shows it. */
export interface ProbeHostChoice {
  name: string;
  address: string;
  /** This machine has the host's planned IP address; null when the plan gives a name (not looked up). */
  local: boolean | null;
  /** Host rules whose source is this host: what a reachability run probes. */
  outbound: number;
  /** Ports this host must listen on: what the local check tests and the responder opens. */
  listens: number;
}

/** A probe job of a plan, as polled: what is new since the cursor, and when ended, what was stored. */
export interface ProbeJob extends ProbeJobView {
  planId: string;
  /** A reach job that has ended: how many results were stored with the plan. */
  stored?: number;
}

/** What importing a command-line report did. */
export interface ProbeImportSummary {
  /** Results stored: those whose rule the plan has. */
  imported: number;
  /** Results left out because the plan has no such rule (it changed since the probe). */
  skipped: number;
  /** The first rule id left out, to show. */
  firstSkipped?: string;
  probeHost: string;
  startedAt: string;
  /** The run was stopped early: it holds only the rules probed until then. */
  cancelled: boolean;
  notes: Note[];
}

const byPlan = z.strictObject({ id: PlanId });
const JobId = z.uuid({ message: 'is not a probe job id' });

/** A reachability run's option: a whole number within its limits, or left to the default. */
const reachOption = (option: keyof typeof REACH_LIMITS) =>
  z.number().int().min(REACH_LIMITS[option].min).max(REACH_LIMITS[option].max).optional();

export const ProbeStart = z.strictObject({
  id: PlanId,
  kind: z.enum(PROBE_JOB_KINDS),
  /** The plan host this machine is. */
  host: z.string().trim().min(1, { message: 'is empty: choose the host this machine is' }).max(200),
  timeoutMs: reachOption('timeoutMs'),
  concurrency: reachOption('concurrency'),
  /** The responder stops by itself after this many minutes. */
  ttlMinutes: z
    .number()
    .positive()
    .max(RESPONDER_TTL_MINUTES.max)
    .default(RESPONDER_TTL_MINUTES.default),
});

export const PROBE_CHANNELS = {
  /** Every host of the plan: which one is this machine? */
  'probes.hosts': channel<ProbeHostChoice[]>()(byPlan),
  /** Start a local port check, a reachability run or the responder for a stored plan; refused when one of that kind runs. */
  'probes.start': channel<ProbeJob>()(ProbeStart),
  /** The job now, with the results or responder events from position `since` on. */
  'probes.job': channel<ProbeJob>()(
    z.strictObject({ job: JobId, since: z.number().int().nonnegative().default(0) }),
  ),
  /** Stop a job; answers once it has ended (a run keeps and stores what it finished). */
  'probes.cancel': channel<ProbeJob>()(z.strictObject({ job: JobId })),
  /** The plan's jobs since the backend started, without their items: a step reopened finds them again. */
  'probes.jobs': channel<ProbeJob[]>()(byPlan),
  /** The newest stored result per host rule of the plan. */
  'probes.results': channel<ProbeResult[]>()(byPlan),
  /** A `probe reach --format json` report's text: results for this plan's rules are stored. */
  'probes.import': channel<ProbeImportSummary>()(
    z.strictObject({
      id: PlanId,
      fileName: z.string().max(255),
      content: z.string().max(10_000_000),
    }),
  ),
} as const;
