import { text } from '../../../shared/i18n';
import { isIP } from 'node:net';
import { Refusal, type Handlers } from '../../../shared/api/contract';
import type { PROBE_CHANNELS, ProbeJob } from '../../../shared/api/probe-channels';
import { computeMatrix } from '../../../shared/matrix';
import { planHosts, type Plan } from '../../../shared/plan';
import type { ProbeJobKind, ProbeJobView } from '../../../shared/probes/jobs';
import type { ProbeReport } from '../../../shared/probes/model';
import { listenPorts } from '../../../shared/probes/scope';
import type { Store } from '../store';
import { isLocalAddress } from './local-address';
import { loadValidPlan } from '../plan-loader';
import { createProbeJobs } from './probe-jobs';
import { parseProbeReport } from './report-file';

// The Probes step's channels: probe jobs per stored plan, their results stored with the plan,
// and command-line reports imported into it. Probes run where this backend runs.

export type ProbeHandlers = Pick<Handlers, keyof typeof PROBE_CHANNELS>;

/** Where a reach job's results went: how many were stored, or why they could not be. */
type Stored = { stored: number } | { error: string };

export function createProbeService(store: Store) {
  const jobs = createProbeJobs();
  const planOf = new Map<string, string>();
  const storing = new Map<string, Promise<Stored>>();
  /** Stores not yet written: closing the library waits for them. */
  const unsettled = new Set<Promise<Stored>>();

  /** The stored plan, parsed; a plan with errors cannot be probed (its rules are not known). */
  async function loadPlan(id: string): Promise<Plan> {
    return (await loadValidPlan(store, id, 'probe')).plan;
  }

  /** A finished reach run's results (a cancelled one's too) go with the plan, keyed by rule id. */
  async function storeResults(planId: string, jobId: string): Promise<Stored> {
    const ended = await jobs.ended(jobId);
    const report = ended?.report as ProbeReport | undefined;
    if (!report) return { stored: 0 };
    try {
      return { stored: store.probeResults.add(planId, report.results).length };
    } catch (e) {
      return { error: `the results could not be stored: ${(e as Error).message}` };
    }
  }

  async function asProbeJob(view: ProbeJobView): Promise<ProbeJob> {
    const job: ProbeJob = { ...view, planId: planOf.get(view.id)! };
    const pending = storing.get(view.id);
    if (view.state === 'running' || !pending) return job;
    const outcome = await pending;
    return 'stored' in outcome
      ? { ...job, stored: outcome.stored }
      : { ...job, error: outcome.error };
  }

  function jobOrNotFound(view: ProbeJobView | undefined, id: string): ProbeJobView {
    if (!view) {
      throw new Refusal('not-found', text('errors.noProbeJob', { id }));
    }
    return view;
  }

  function refuseSecond(planId: string, kind: ProbeJobKind): void {
    const running = jobs
      .list()
      .find((j) => j.kind === kind && j.state === 'running' && planOf.get(j.id) === planId);
    if (running) {
      throw new Refusal(
        'bad-request',
        text(`errors.jobRunning.${kind}`, { host: running.probeHost }),
      );
    }
  }

  async function start(
    plan: Plan,
    args: Parameters<ProbeHandlers['probes.start']>[0],
  ): Promise<ProbeJobView> {
    if (args.kind === 'reach') {
      return jobs.startReach(plan, args.host, {
        ...(args.timeoutMs !== undefined ? { timeoutMs: args.timeoutMs } : {}),
        ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
      });
    }
    if (args.kind === 'local') return jobs.startLocal(plan, args.host);
    return jobs.startResponder(plan, args.host, { ttlMs: args.ttlMinutes * 60_000 });
  }

  const handlers: ProbeHandlers = {
    'probes.hosts': async ({ id }) => {
      const plan = await loadPlan(id);
      const rules = computeMatrix(plan).hostRules;
      const outbound = new Map<string, number>();
      for (const r of rules) outbound.set(r.sourceKey, (outbound.get(r.sourceKey) ?? 0) + 1);
      return Promise.all(
        planHosts(plan).map(async (host) => ({
          ...host,
          local: isIP(host.address) ? await isLocalAddress(host.address) : null,
          outbound: outbound.get(`host:${host.name}`) ?? 0,
          listens: listenPorts(rules, host.name).length,
        })),
      );
    },
    'probes.start': async (args) => {
      const plan = await loadPlan(args.id);
      refuseSecond(args.id, args.kind);
      const view = await start(plan, args);
      planOf.set(view.id, args.id);
      if (view.kind === 'reach') {
        const stored = storeResults(args.id, view.id);
        storing.set(view.id, stored);
        unsettled.add(stored);
        void stored.then(() => unsettled.delete(stored));
      }
      return asProbeJob(view);
    },
    'probes.job': ({ job, since }) => asProbeJob(jobOrNotFound(jobs.view(job, since), job)),
    'probes.cancel': async ({ job }) => asProbeJob(jobOrNotFound(await jobs.cancel(job), job)),
    'probes.jobs': async ({ id }) => {
      store.plans.get(id);
      return Promise.all(
        jobs
          .list()
          .filter((j) => planOf.get(j.id) === id)
          .map(asProbeJob),
      );
    },
    'probes.results': ({ id }) => store.probeResults.latest(id),
    'probes.import': async ({ id, fileName, content }) => {
      const plan = await loadPlan(id);
      const name = fileName || 'the file';
      const parsed = parseProbeReport(name, content);
      if (!parsed.ok) throw new Refusal('bad-request', parsed.text);
      const { report } = parsed;
      // Rule ids name hosts, not addresses: a report of another plan could match by accident. A
      // report carries the plan's id; one of an older planner has only its name, which must match.
      if (report.planId !== undefined && report.planId !== id) {
        throw new Refusal(
          'bad-request',
          text('wizard.reports.otherPlan', {
            file: name,
            probed: report.planName,
            plan: plan.project.name,
          }),
        );
      }
      if (report.planId === undefined && report.planName !== plan.project.name) {
        throw new Refusal(
          'bad-request',
          text('errors.report.otherPlan', {
            file: name,
            probed: report.planName,
            plan: plan.project.name,
          }),
        );
      }
      const known = new Set(computeMatrix(plan).hostRules.map((r) => r.id));
      const matching = report.results.filter((r) => known.has(r.ruleId));
      const skipped = report.results.filter((r) => !known.has(r.ruleId));
      if (report.results.length > 0 && matching.length === 0) {
        throw new Refusal(
          'bad-request',
          text('errors.report.noRuleMatches', {
            count: report.results.length,
            file: name,
            first: skipped[0]!.ruleId,
          }),
        );
      }
      store.probeResults.add(id, matching);
      return {
        imported: matching.length,
        skipped: skipped.length,
        ...(skipped[0] ? { firstSkipped: skipped[0].ruleId } : {}),
        probeHost: report.probeHost,
        startedAt: report.startedAt,
        cancelled: report.cancelled ?? false,
        notes: report.notes ?? [],
      };
    },
  };

  return {
    handlers,
    /** Nothing runs and nothing waits to be stored: the library may close at once. */
    idle: () => unsettled.size === 0 && jobs.list().every((j) => j.state !== 'running'),
    /** Stop every job (responders close their ports) and store what the runs finished. */
    async stop(): Promise<void> {
      await jobs.stopAll();
      await Promise.all(unsettled);
    },
  };
}
