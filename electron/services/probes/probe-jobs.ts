import { randomUUID } from 'node:crypto';
import type { Plan } from '../../../shared/plan';
import type {
  ProbeJobKind,
  ProbeJobState,
  ProbeJobView,
  ResponderEvent,
} from '../../../shared/probes/jobs';
import type {
  LocalPortReport,
  LocalPortResult,
  ProbeReport,
  ProbeResult,
} from '../../../shared/probes/model';
import {
  checkPlanLocalPorts,
  planHost,
  probePlanReachability,
  startPlanResponder,
} from './plan-probes';
import type { ReachOptions } from './reachability';

// Probe runs the app can start, follow by polling, and cancel, across a request/response API
// (IPC or HTTP): each run is a job with an id; `view(id, since)` returns what is new since then.

export type { ProbeJobKind, ProbeJobState, ProbeJobView };

interface Job {
  view: Omit<ProbeJobView, 'results' | 'events' | 'next'>;
  results: Array<ProbeResult | LocalPortResult>;
  events: ResponderEvent[];
  /** Events dropped from the front to bound memory: positions stay absolute. */
  eventsDropped: number;
  controller: AbortController;
  /** Settles when the job has ended. */
  ended: Promise<void>;
}

/** Responder events kept per job: enough for a live list, bounded for a responder left running. */
const MAX_EVENTS = 1000;

function count(counts: Record<string, number>, status: string): Record<string, number> {
  return { ...counts, [status]: (counts[status] ?? 0) + 1 };
}

export function createProbeJobs() {
  const jobs = new Map<string, Job>();

  function begin(kind: ProbeJobKind, plan: Plan, hostName: string): Job {
    const { host } = planHost(plan, hostName); // an unknown host fails here, before anything runs
    const job: Job = {
      view: {
        id: randomUUID(),
        kind,
        probeHost: host.name,
        state: 'running',
        startedAt: new Date().toISOString(),
        progress: { done: 0, total: 0, counts: {} },
      },
      results: [],
      events: [],
      eventsDropped: 0,
      controller: new AbortController(),
      ended: Promise.resolve(),
    };
    jobs.set(job.view.id, job);
    return job;
  }

  function end(job: Job, state: ProbeJobState, extra: Partial<Job['view']> = {}): void {
    Object.assign(job.view, { state, finishedAt: new Date().toISOString(), ...extra });
  }

  function follow(job: Job, work: Promise<ProbeReport | LocalPortReport>): void {
    job.ended = work.then(
      (report) => {
        // Rules that could not be probed (networks) come only with the report: append them.
        const streamed = new Set(job.results);
        for (const r of report.results) if (!streamed.has(r)) job.results.push(r);
        const cancelled =
          job.controller.signal.aborted || ('cancelled' in report && !!report.cancelled);
        end(job, cancelled ? 'cancelled' : 'done', { report });
      },
      (e: unknown) => end(job, 'failed', { error: e instanceof Error ? e.message : String(e) }),
    );
  }

  function view(job: Job, since: number): ProbeJobView {
    const from = Math.max(0, since);
    const responder = job.view.kind === 'respond';
    return {
      ...job.view,
      progress: { ...job.view.progress },
      results: responder ? [] : job.results.slice(from),
      events: responder ? job.events.slice(Math.max(0, from - job.eventsDropped)) : [],
      next: responder ? job.eventsDropped + job.events.length : job.results.length,
    };
  }

  return {
    /** Probe every host rule whose source is this host; results arrive as they come. */
    startReach(
      plan: Plan,
      hostName: string,
      options: Pick<ReachOptions, 'timeoutMs' | 'concurrency' | 'ratePerSecond'> = {},
    ): ProbeJobView {
      const job = begin('reach', plan, hostName);
      follow(
        job,
        probePlanReachability(plan, hostName, {
          ...options,
          signal: job.controller.signal,
          onResult: (result, progress) => {
            job.results.push(result);
            job.view.progress = {
              done: progress.done,
              total: progress.total,
              counts: { ...progress.counts },
            };
          },
        }),
      );
      return view(job, 0);
    },

    /** Bind-test every port this host must listen on. */
    startLocal(plan: Plan, hostName: string): ProbeJobView {
      const job = begin('local', plan, hostName);
      follow(
        job,
        checkPlanLocalPorts(plan, hostName, {
          signal: job.controller.signal,
          onResult: (result, { done, total }) => {
            job.results.push(result);
            job.view.progress = {
              done,
              total,
              counts: count(job.view.progress.counts, result.status),
            };
          },
        }),
      );
      return view(job, 0);
    },

    /** Start the responder; rejects with ResponderRefused (a port is not free) before anything listens. */
    async startResponder(
      plan: Plan,
      hostName: string,
      options: { ttlMs?: number } = {},
    ): Promise<ProbeJobView> {
      const job = begin('respond', plan, hostName);
      try {
        const responder = await startPlanResponder(plan, hostName, {
          ...options,
          signal: job.controller.signal,
          onEvent: (event) => {
            job.events.push(event);
            if (job.events.length > MAX_EVENTS) {
              job.events.shift();
              job.eventsDropped++;
            }
            job.view.progress = {
              ...job.view.progress,
              done: job.view.progress.done + (event.type === 'answered' ? 1 : 0),
              counts: count(job.view.progress.counts, event.type),
            };
          },
        });
        job.view.responder = {
          address: responder.address,
          stopsAt: responder.stopsAt.toISOString(),
          ports: responder.ports.length,
        };
        job.ended = responder.closed.then((stop) =>
          end(job, stop.reason === 'ttl' ? 'done' : 'cancelled'),
        );
      } catch (e) {
        jobs.delete(job.view.id);
        throw e;
      }
      return view(job, 0);
    },

    /** The job as it is now, with what is new from position `since` on. */
    view(id: string, since = 0): ProbeJobView | undefined {
      const job = jobs.get(id);
      return job && view(job, since);
    },

    /** The whole job once it has ended by itself or by cancel: where its results get stored. */
    async ended(id: string): Promise<ProbeJobView | undefined> {
      const job = jobs.get(id);
      if (!job) return undefined;
      await job.ended;
      return view(job, 0);
    },

    /** Stop a job and wait until it has ended: a probe keeps its finished results, a responder closes its ports. */
    async cancel(id: string): Promise<ProbeJobView | undefined> {
      const job = jobs.get(id);
      if (!job) return undefined;
      job.controller.abort();
      await job.ended;
      return view(job, 0);
    },

    /** Every job, without its items. */
    list(): ProbeJobView[] {
      return [...jobs.values()].map((job) => ({ ...view(job, Number.MAX_SAFE_INTEGER) }));
    },

    /** Cancel everything (the app is closing) and wait until every port is closed. */
    async stopAll(): Promise<void> {
      for (const job of jobs.values()) job.controller.abort();
      await Promise.all([...jobs.values()].map((job) => job.ended));
    },
  };
}

export type ProbeJobs = ReturnType<typeof createProbeJobs>;
