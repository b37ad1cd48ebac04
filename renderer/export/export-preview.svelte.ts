import type { Client } from '../../shared/api/contract';
import type { ExportPreviewAnswer, ExportRequest } from '../../shared/api/export-channels';
import type { PlanIssue } from '../../shared/plan';
import { failureNotice } from '../lib/failure';

/** A failed call as the step shows it: the message, and a plan's issues when it was refused. */
export interface ExportProblem {
  text: string;
  issues?: PlanIssue[];
}

export const problemOf = (e: unknown): ExportProblem => failureNotice(e);

// Clicking through the options quickly asks once, for the last choice.
const SETTLE_MS = 200;

/** The preview of the chosen export, following the choices; a late answer to an old choice is dropped. */
export class ExportPreviewLoader {
  answer: ExportPreviewAnswer | null = $state(null);
  loading = $state(false);
  problem: ExportProblem | null = $state(null);
  #asked = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly client: Client,
    /** Saves what the autosave holds back: the preview is made from the stored plan. */
    private readonly flush: () => Promise<void>,
  ) {}

  load(request: ExportRequest | null): void {
    const asked = ++this.#asked;
    clearTimeout(this.#timer);
    if (!request) {
      this.answer = null;
      this.problem = null;
      this.loading = false;
      return;
    }
    this.loading = true;
    this.#timer = setTimeout(async () => {
      try {
        await this.flush();
        const answer = await this.client['export.preview'](request);
        if (asked !== this.#asked) return;
        this.answer = answer;
        this.problem = null;
      } catch (e) {
        if (asked !== this.#asked) return;
        this.answer = null;
        this.problem = problemOf(e);
      } finally {
        if (asked === this.#asked) this.loading = false;
      }
    }, SETTLE_MS);
  }

  dispose(): void {
    this.#asked++;
    clearTimeout(this.#timer);
  }
}
