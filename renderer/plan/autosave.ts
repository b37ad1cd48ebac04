export type SaveStatus =
  | { state: 'saved'; at?: Date }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; error: unknown };

/** After the first unsaved change, save within this long (the issue allows up to 300 ms). */
export const AUTOSAVE_DELAY_MS = 250;
const RETRY_MS = 3000;

/**
 * Saves the latest version of a document: at most AUTOSAVE_DELAY_MS after the first unsaved change
 * (the timer is not reset by further typing, so a long burst of typing still saves), one save in
 * flight at a time, retried while the backend cannot be reached.
 */
export class Autosaver<D> {
  #pending: { document: D; text: string } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<void> | null = null;
  #lastSaved: string;

  constructor(
    initialText: string,
    private readonly save: (document: D) => Promise<void>,
    private readonly report: (status: SaveStatus) => void,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.#lastSaved = initialText;
  }

  get dirty(): boolean {
    return this.#pending !== null || this.#inFlight !== null;
  }

  change(document: D, text: string): void {
    if (text === (this.#pending?.text ?? this.#lastSaved)) return;
    this.#pending = { document, text };
    this.report({ state: 'pending' });
    this.#schedule(this.delayMs);
  }

  /** Save now (page hidden or closed, plan left). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#inFlight) await this.#inFlight;
    const next = this.#pending;
    if (!next) return;
    this.#pending = null;
    this.report({ state: 'saving' });
    this.#inFlight = this.save(next.document).then(
      () => {
        this.#lastSaved = next.text;
        if (!this.#pending) this.report({ state: 'saved', at: new Date() });
      },
      (e: unknown) => {
        this.#pending ??= next;
        this.report({ state: 'failed', error: e });
        this.#schedule(RETRY_MS);
      },
    );
    try {
      await this.#inFlight;
    } finally {
      this.#inFlight = null;
    }
  }

  #schedule(ms: number): void {
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, ms);
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
