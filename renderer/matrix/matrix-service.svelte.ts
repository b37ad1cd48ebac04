import { SvelteMap } from 'svelte/reactivity';
import type { FeatureId } from '../../shared/catalog';
import type { ProbeResult } from '../../shared/probes/model';
import type {
  CheckReply,
  FeaturePreview,
  PresalesReply,
  FromWorker,
  MatrixSummary,
  ProbeCounts,
  RowsReply,
  RuleQuery,
  RuleRow,
  ToWorker,
} from './protocol';

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

  readonly #worker: Worker;
  #generation = 0;
  #request = 0;
  // Pending row requests: bookkeeping, not state anything renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #waiting = new Map<number, (reply: RowsReply) => void>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #describing = new Map<number, (rows: RuleRow[]) => void>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #presales = new Map<number, (reply: PresalesReply) => void>();
  /** Waiting for the check of the latest plan sent: an older one's is never asked for again. */
  #checking: { generation: number; resolve: (reply: CheckReply) => void } | null = null;

  constructor() {
    // The worker's address, resolved by Vite at build time; not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#worker = new Worker(new URL('./matrix.worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
  }

  get generation(): number {
    return this.#generation;
  }

  #send(message: ToWorker): void {
    this.#worker.postMessage(message);
  }

  #receive(message: FromWorker): void {
    switch (message.kind) {
      case 'checked':
        if (message.generation !== this.#checking?.generation) return;
        this.#checking.resolve(message);
        this.#checking = null;
        break;
      case 'summary':
        if (message.generation !== this.#generation) return;
        this.summary = message.summary;
        this.failure = null;
        this.computing = false;
        if (message.summary) {
          // A user-timing mark, so the benchmark can read the matrix time of the last change.
          performance.mark('planner:matrix', { detail: { ms: message.summary.computeMs } });
        }
        break;
      case 'failed':
        if (message.generation !== this.#generation) return;
        this.summary = null;
        this.failure = message.message;
        this.computing = false;
        break;
      case 'preview':
        if (message.generation === this.#generation)
          this.previews.set(message.preview.feature, message.preview);
        break;
      case 'rows':
        this.#waiting.get(message.request)?.(message);
        this.#waiting.delete(message.request);
        break;
      case 'probe-counts':
        if (message.generation !== this.#generation) return;
        this.probes = message.probes;
        this.probeVersion++;
        break;
      case 'described':
        this.#describing.get(message.request)?.(message.rows);
        this.#describing.delete(message.request);
        break;
      case 'presales':
        this.#presales.get(message.request)?.(message);
        this.#presales.delete(message.request);
        break;
    }
  }

  /**
   * A new version of the plan, as JSON text. The worker validates it, answers with its issues, then
   * computes its matrix (when it is well-formed). The answer never comes when a newer version is
   * sent before it: only the latest version's issues are of use.
   */
  update(planText: string): Promise<CheckReply> {
    const generation = ++this.#generation;
    this.computing = true;
    this.previews.clear();
    const reply = new Promise<CheckReply>((resolve) => (this.#checking = { generation, resolve }));
    this.#send({ kind: 'plan', generation, planText });
    return reply;
  }

  /** Feature previews cost one matrix each: the worker computes them only while someone looks. */
  wantPreviews(wanted: boolean): void {
    this.#send({ kind: 'previews', wanted });
  }

  /** The plan's latest probe results (keyed by host rule id): the review shows them beside the rules. */
  setProbeResults(results: readonly ProbeResult[]): void {
    this.#send({
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
    const request = ++this.#request;
    return new Promise((resolve) => {
      this.#describing.set(request, resolve);
      this.#send({ kind: 'describe', request, ids: [...ids] });
    });
  }

  /** The pre-sales summary of the current plan and, for addNodes > 0, the "more OE nodes" what-if. */
  presales(addNodes: number): Promise<PresalesReply> {
    const request = ++this.#request;
    return new Promise((resolve) => {
      this.#presales.set(request, resolve);
      this.#send({ kind: 'presales', request, addNodes });
    });
  }

  rows(query: RuleQuery, start: number, end: number): Promise<RowsReply> {
    const request = ++this.#request;
    return new Promise((resolve) => {
      this.#waiting.set(request, resolve);
      this.#send({ kind: 'rows', request, query: $state.snapshot(query), start, end });
    });
  }

  dispose(): void {
    this.#worker.terminate();
  }
}
