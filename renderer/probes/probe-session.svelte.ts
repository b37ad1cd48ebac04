import { SvelteMap } from 'svelte/reactivity';
import { ApiFailure, type Client } from '../../shared/api/contract';
import type {
  ProbeHostChoice,
  ProbeImportSummary,
  ProbeJob,
} from '../../shared/api/probe-channels';
import type { CampaignImportSummary } from '../../shared/api/campaign-channels';
import type { ProbeJobKind, ResponderEvent } from '../../shared/probes/jobs';
import type { LocalPortResult, ProbeResult } from '../../shared/probes/model';
import type { Locale } from '../../shared/i18n';
import { downloadRendered } from '../lib/download';
import { failureText } from '../lib/failure';
import type { MatrixService } from '../matrix/matrix-service.svelte';
import type { RuleRow } from '../matrix/protocol';

/** A job as the step shows it: its latest view and every item it has delivered so far. */
export interface ProbeRun<T> {
  job: ProbeJob;
  items: T[];
}

export interface ProbeRuns {
  local: ProbeRun<LocalPortResult> | null;
  reach: ProbeRun<ProbeResult> | null;
  respond: ProbeRun<ResponderEvent> | null;
}

/** Poll running probes this often; the responder only for its answers, so less often. */
const POLL_MS: Record<ProbeJobKind, number> = { local: 300, reach: 300, respond: 1000 };
/** Responder events kept for the list: the newest, enough to see probes arrive. */
const EVENTS_KEPT = 200;

/**
 * The Probes step's state for one plan: which host this machine is, the probe jobs (found again
 * when the step is reopened: they run in the backend), and the plan's stored results, which go to
 * the matrix worker so that the review shows them beside the rules.
 */
export class ProbeSession {
  hosts: ProbeHostChoice[] = $state.raw([]);
  host = $state('');
  loaded = $state(false);
  /** Why the step cannot probe this plan (e.g. it has errors). */
  problem: string | null = $state(null);
  runs: ProbeRuns = $state.raw({ local: null, reach: null, respond: null });
  /** Why a job could not start or be followed, and for which host it was started. */
  errors: Record<ProbeJobKind, { host: string; text: string } | null> = $state({
    local: null,
    reach: null,
    respond: null,
  });
  busy: Record<ProbeJobKind, boolean> = $state({ local: false, reach: false, respond: false });
  imported: ProbeImportSummary | null = $state.raw(null);
  importError: string | null = $state(null);
  importing: string | null = $state(null);
  /** What importing a campaign's reports did (the campaign panel shows it). */
  campaign: CampaignImportSummary | null = $state.raw(null);
  /** The campaign zip being written, and the name of the last one downloaded. */
  writingCampaign = $state(false);
  campaignWritten: string | null = $state(null);
  /** The host rules the reach results are about, by id. */
  readonly rules = new SvelteMap<string, RuleRow>();

  // Poll timers: bookkeeping, not state anything renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #timers = new Map<ProbeJobKind, ReturnType<typeof setTimeout>>();
  #disposed = false;

  constructor(
    private readonly client: Client,
    private readonly planId: string,
    private readonly matrix: MatrixService,
    /** Save what the editor has not sent yet: probes run on the stored plan. */
    private readonly flush: () => Promise<void>,
  ) {}

  /** The error of a job started for the host chosen now: another host's is not this one's. */
  errorOf(kind: ProbeJobKind): string | null {
    const error = this.errors[kind];
    return error && error.host === this.host ? error.text : null;
  }

  get chosen(): ProbeHostChoice | undefined {
    return this.hosts.find((h) => h.name === this.host);
  }

  async load(): Promise<void> {
    try {
      await this.flush();
      const [hosts, jobs] = await Promise.all([
        this.client['probes.hosts']({ id: this.planId }),
        this.client['probes.jobs']({ id: this.planId }),
      ]);
      this.hosts = hosts;
      for (const kind of ['local', 'reach', 'respond'] as const) {
        const latest = jobs.filter((j) => j.kind === kind).at(-1);
        if (latest) this.#track(await this.client['probes.job']({ job: latest.id, since: 0 }));
      }
      const lastHost = jobs.at(-1)?.probeHost;
      const local = hosts.filter((h) => h.local);
      this.host = lastHost ?? (local.length === 1 ? local[0]!.name : '');
      this.problem = null;
    } catch (e) {
      this.problem = failureText(e);
    } finally {
      this.loaded = true;
    }
  }

  /** The plan's latest stored result per host rule, to the review (through the matrix worker). */
  async refreshResults(): Promise<void> {
    this.matrix.setProbeResults(await this.client['probes.results']({ id: this.planId }));
  }

  async start(
    kind: ProbeJobKind,
    options: { timeoutMs?: number; concurrency?: number; ttlMinutes?: number } = {},
  ): Promise<void> {
    this.errors[kind] = null;
    this.busy[kind] = true;
    const { host } = this;
    try {
      await this.flush();
      const job = await this.client['probes.start']({
        id: this.planId,
        kind,
        host,
        ...options,
      });
      this.#track(job);
    } catch (e) {
      this.errors[kind] = { host, text: failureText(e) };
    } finally {
      this.busy[kind] = false;
    }
  }

  /** Stop a job now; the answer is the whole job (a cancelled run with what it finished). */
  async cancel(kind: ProbeJobKind): Promise<void> {
    const run = this.runs[kind];
    if (!run) return;
    this.busy[kind] = true;
    clearTimeout(this.#timers.get(kind));
    try {
      this.#track(await this.client['probes.cancel']({ job: run.job.id }));
    } catch (e) {
      this.errors[kind] = { host: run.job.probeHost, text: failureText(e) };
    } finally {
      this.busy[kind] = false;
    }
  }

  /**
   * One file action of the step (import a report or a campaign, write a campaign): the file being
   * imported (`importing`, null when writing) is shown while it runs, a failure becomes the step's
   * import error; false when it failed.
   */
  async #fileAction(importing: string | null, work: () => Promise<void>): Promise<boolean> {
    this.importError = null;
    this.importing = importing;
    try {
      await work();
      return true;
    } catch (e) {
      this.importError = failureText(e);
      return false;
    } finally {
      this.importing = null;
    }
  }

  importReport(file: File): Promise<boolean> {
    this.imported = null;
    return this.#fileAction(file.name, async () => {
      this.imported = await this.client['probes.import']({
        id: this.planId,
        fileName: file.name,
        content: await file.text(),
      });
      await this.refreshResults();
    });
  }

  /** The campaign of this plan as a zip for the technician's Ansible (the Probes step's "Verify from every host"). */
  async writeCampaign(locale: Locale): Promise<boolean> {
    this.writingCampaign = true;
    try {
      return await this.#fileAction(null, async () => {
        await this.flush();
        const file = await this.client['probes.writeCampaign']({ id: this.planId, locale });
        downloadRendered(file);
        this.campaignWritten = file.fileName;
      });
    } finally {
      this.writingCampaign = false;
    }
  }

  /** Every report of a campaign at once: its folder's files, or a zip of it. */
  importCampaign(files: readonly File[], name: string): Promise<boolean> {
    this.campaign = null;
    return this.#fileAction(name, async () => {
      const { campaignFileTexts } = await import('./campaign-files');
      this.campaign = await this.client['probes.importCampaign']({
        id: this.planId,
        files: await campaignFileTexts(files),
      });
      await this.refreshResults();
    });
  }

  /** A job seen from position 0: replaces what the step shows of its kind. */
  #track(job: ProbeJob): void {
    this.#show(job, []);
  }

  #show(job: ProbeJob, before: readonly unknown[]): void {
    const items = [...before, ...(job.kind === 'respond' ? job.events : job.results)];
    const run = {
      job: { ...job, results: [], events: [] },
      items: job.kind === 'respond' ? items.slice(-EVENTS_KEPT) : items,
    };
    this.runs = { ...this.runs, [job.kind]: run };
    if (job.kind === 'reach') void this.#describe(job.results as ProbeResult[]);
    if (job.state === 'running') this.#schedule(job.kind);
    else if (job.kind === 'reach') void this.refreshResults();
  }

  #schedule(kind: ProbeJobKind): void {
    clearTimeout(this.#timers.get(kind));
    if (this.#disposed) return;
    this.#timers.set(
      kind,
      setTimeout(() => void this.#poll(kind), POLL_MS[kind]),
    );
  }

  async #poll(kind: ProbeJobKind): Promise<void> {
    const run = this.runs[kind];
    if (!run || this.#disposed) return;
    try {
      const job = await this.client['probes.job']({ job: run.job.id, since: run.job.next });
      // A cancel answered meanwhile already shows the whole job.
      if (this.runs[kind]?.job.id !== job.id || this.runs[kind]!.job.state !== 'running') return;
      this.#show(job, run.items);
    } catch (e) {
      this.errors[kind] = { host: run.job.probeHost, text: failureText(e) };
      // The backend may be busy or restarting: try again, unless the job is gone for good.
      if (!(e instanceof ApiFailure && e.code === 'not-found')) this.#schedule(kind);
    }
  }

  async #describe(results: readonly ProbeResult[]): Promise<void> {
    const missing = results.map((r) => r.ruleId).filter((id) => !this.rules.has(id));
    if (missing.length === 0) return;
    for (const row of await this.matrix.describe(missing)) this.rules.set(row.id, row);
  }

  /** The step is left: stop polling (the jobs run on in the backend and are found again). */
  dispose(): void {
    this.#disposed = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
  }
}
