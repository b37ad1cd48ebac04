import { SvelteMap } from 'svelte/reactivity';
import type { FeatureId } from '../../shared/catalog';
import type { Plan } from '../../shared/plan';
import type {
  FeaturePreview,
  FromWorker,
  MatrixSummary,
  RowsReply,
  RuleQuery,
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

  readonly #worker: Worker;
  #generation = 0;
  #request = 0;
  // Pending row requests: bookkeeping, not state anything renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #waiting = new Map<number, (reply: RowsReply) => void>();

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
    }
  }

  /** A new version of the plan (undefined: not well-formed, nothing to compute). */
  update(plan: Plan | undefined): void {
    this.#generation++;
    this.computing = plan !== undefined;
    this.previews.clear();
    this.#send({ kind: 'plan', generation: this.#generation, plan: plan ?? null });
  }

  /** Feature previews cost one matrix each: the worker computes them only while someone looks. */
  wantPreviews(wanted: boolean): void {
    this.#send({ kind: 'previews', wanted });
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
