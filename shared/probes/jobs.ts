import type { Text } from '../i18n';
import type { Transport } from '../catalog/model';
import type { LocalPortReport, LocalPortResult, ProbeReport, ProbeResult } from './model';

// A probe run as the app follows it across a request/response API (IPC or HTTP): the backend's
// probe jobs produce these views and the renderer polls them. Defaults and bounds are documented
// in docs/probes.md and shared by the command line and the app.

export const PROBE_JOB_KINDS = ['local', 'reach', 'respond'] as const;
export type ProbeJobKind = (typeof PROBE_JOB_KINDS)[number];
export type ProbeJobState = 'running' | 'done' | 'cancelled' | 'failed';

export const REACH_DEFAULTS = { timeoutMs: 1000, concurrency: 64, ratePerSecond: 1000 } as const;
/** Inclusive bounds of what a user may ask for. */
export const REACH_LIMITS = {
  timeoutMs: { min: 50, max: 60_000 },
  concurrency: { min: 1, max: 4096 },
} as const;
/** The responder stops by itself after this many minutes (at most one day). */
export const RESPONDER_TTL_MINUTES = { default: 15, max: 24 * 60 } as const;

/** What the responder did with one probe. */
export type ResponderEvent =
  | { type: 'answered'; at: string; port: number; protocol: Transport; from: string }
  | {
      type: 'ignored';
      at: string;
      port: number;
      protocol: Transport;
      from: string;
      /** Why it was not answered, said in the reader's language. */
      reason: Text;
    };

export interface ProbeJobView {
  id: string;
  kind: ProbeJobKind;
  probeHost: string;
  state: ProbeJobState;
  startedAt: string;
  finishedAt?: string;
  /** reach: rules probed of all, with counts by status; local: ports checked; respond: probes answered. */
  progress: { done: number; total: number; counts: Record<string, number> };
  /** New items from position `since` on: results (reach, local) or responder events (respond). */
  results: Array<ProbeResult | LocalPortResult>;
  events: ResponderEvent[];
  /** Pass as `since` next time to get only what is newer. */
  next: number;
  /** The whole report once a reach or local job has ended (a cancelled reach keeps what it has). */
  report?: ProbeReport | LocalPortReport;
  responder?: { address: string; stopsAt: string; ports: number };
  error?: string;
}
