import { SvelteMap } from 'svelte/reactivity';
import type { FeatureId } from '../../shared/catalog';
import type { ProbeResult } from '../../shared/probes/model';
import { WorkerClient, type MessageEnd } from '../lib/worker-client';
import type {
  CheckReply,
  FeaturePreview,
  FromWorker,
  MatrixRequests,
  MatrixSummary,
  PresalesReply,
  ProbeCounts,
  RowsReply,
  RuleQuery,
  RuleRow,
  ToWorker,
} from './protocol';

// The worker's address is resolved by Vite at build time.
const matrixWorker = (): MessageEnd =>
  new Worker(new URL('./matrix.worker.ts', import.meta.url), { type: 'module' });

/** The window's side of the matrix worker: the summary of the current plan's matrix, previews and rows. */
export class MatrixService {
  /** The matrix of the latest plan sent; null while the plan is not well-formed. */
  summary: MatrixSummary | null = $state(null);
  /** true from a plan change until its matrix arrives. */
  computing = $state(false);
  failure: string | null = $state(null);
  readonly previews = new SvelteMap<FeatureId, FeaturePreview>();
  /** Host rules by latest probe status, for the current matrix; null until both are known. */
  probes: ProbeCounts | null = $state(null);
  /** Counts up with every change of the probe results: tables ask for their rows again. */
  probeVersion = $state(0);

  readonly #end: MessageEnd;
  readonly #worker: WorkerClient<MatrixRequests, FromWorker>;
  #generation = 0;

  constructor(end: MessageEnd = matrixWorker()) {
    this.#end = end;
    this.#worker = new WorkerClient(end, (news) => this.#receive(news));
  }

  get generation(): number {
    return this.#generation;
  }

  #tell(message: ToWorker): void {
    this.#worker.tell(message);
  }

  /** The worker's news about the latest plan; news about an older one is dropped. */
  #receive(news: FromWorker): void {
    if (news.generation !== this.#generation) return;
    switch (news.kind) {
      case 'summary':
        this.summary = news.summary;
        this.failure = null;
        this.computing = false;
        if (news.summary) {
          // A user-timing mark, so the benchmark can read the matrix time of the last change.
          performance.mark('planner:matrix', { detail: { ms: news.summary.computeMs } });
        }
        break;
      case 'failed':
        this.summary = null;
        this.failure = news.message;
        this.computing = false;
        break;
      case 'preview':
        this.previews.set(news.preview.feature, news.preview);
        break;
      case 'probe-counts':
        this.probes = news.probes;
        this.probeVersion++;
        break;
    }
  }

  /**
   * A new version of the plan, as JSON text. The worker validates it, answers with its issues, then
   * computes its matrix (when it is well-formed). Sending a newer version before the answer
   * rejects this one with Superseded: only the latest version's issues are of use.
   */
  check(planText: string): Promise<CheckReply> {
    const generation = ++this.#generation;
    this.computing = true;
    this.previews.clear();
    return this.#worker.request('check', { generation, planText }, { supersede: 'check' });
  }

  /** Feature previews cost one matrix each: the worker computes them only while someone looks. */
  wantPreviews(wanted: boolean): void {
    this.#tell({ kind: 'previews', wanted });
  }

  /** The plan's latest probe results (keyed by host rule id): the review shows them beside the rules. */
  setProbeResults(results: readonly ProbeResult[]): void {
    this.#tell({
      kind: 'probes',
      results: results.map(({ ruleId, status, detail, reason, probedAt, probeHost }) => ({
        ruleId,
        status,
        detail,
        ...(reason ? { reason } : {}),
        probedAt,
        probeHost,
      })),
    });
  }

  /** Host rules by id, as table rows: what a probe result is about. */
  describe(ids: readonly string[]): Promise<RuleRow[]> {
    return this.#worker.request('describe', { ids: [...ids] });
  }

  /** The pre-sales summary of the current plan and, for addNodes > 0, the "more OE nodes" what-if. */
  presales(addNodes: number): Promise<PresalesReply> {
    return this.#worker.request('presales', { addNodes });
  }

  /**
   * The rows of one window of a rule table. `supersede` names the table: its next request rejects
   * this one with Superseded (the user scrolled or filtered on).
   */
  rows(query: RuleQuery, start: number, end: number, supersede?: string): Promise<RowsReply> {
    return this.#worker.request(
      'rows',
      { query: $state.snapshot(query), start, end },
      supersede ? { supersede } : {},
    );
  }

  dispose(): void {
    this.#worker.dispose();
    if (this.#end instanceof Worker) this.#end.terminate();
  }
}
