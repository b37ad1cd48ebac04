import { flushSync, untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { Client, StoredPlan } from '../../shared/api/contract';
import type { Plan } from '../../shared/plan';
import { Autosaver, type SaveStatus } from './autosave';
import { toDraft } from './draft';
import { PlanHistory, type HistoryView } from './plan-history';

/** The document of the open plan as the forms edit it, and its autosave (the session validates it). */
export class PlanEditor {
  readonly id: string;
  #historyView: HistoryView = $state({ undo: 0, redo: 0, removed: null });
  /** Every edit of the document, to undo and redo while the plan is open. */
  readonly history = new PlanHistory(this.#historyView, () => this.#changed());
  /** Counts the document's changes; the text is read again (in a task of its own) when it moves. */
  #version = $state(0);
  #bump: ReturnType<typeof setTimeout> | undefined;
  #doc: Plan = $state() as Plan;
  /** The document the forms read and edit: their writes are recorded in the history. */
  get doc(): Plan {
    return this.history.track(this.#doc);
  }
  #opened = '';
  #tracking = $state(false);
  /**
   * The document as JSON (cheaper than $state.snapshot, which clones every value of a large plan
   * one by one). It is what is validated (in the matrix worker), computed and saved. Every write
   * goes through the history's proxy, which counts it in #version: the text follows that count, in
   * the task after the change, so that a change (an undo) is drawn before the whole plan is read
   * again (a tenth of a second for a large plan). Until the task after opening, it is the text the
   * plan was opened with, for the same reason; an edit made before that is not lost.
   */
  readonly text: string = $derived.by(() => {
    void this.#version;
    return this.#tracking ? untrack(() => JSON.stringify(this.#doc)) : this.#opened;
  });
  /** Fields the user has left once: their issues show even before the step is left. */
  readonly touched = new SvelteSet<string>();
  saveStatus: SaveStatus = $state({ state: 'saved' });
  /** The name the library shows, as last saved. */
  savedName = $state('');

  readonly #saver: Autosaver<string>;
  readonly #stop: () => void;

  constructor(stored: StoredPlan, client: Client) {
    this.id = stored.id;
    const draft = toDraft(stored.document);
    // Serialised before it becomes state: reading a large plan through its proxies costs more.
    const text = JSON.stringify(draft);
    this.#opened = text;
    this.#doc = draft;
    this.savedName = stored.name;
    this.#saver = new Autosaver<string>(
      text,
      async (document) => {
        const summary = await client['plans.save']({
          id: this.id,
          document: JSON.parse(document) as Plan,
        });
        this.savedName = summary.name;
      },
      (status) => (this.saveStatus = status),
    );
    const tracking = setTimeout(() => (this.#tracking = true));
    const stopEffects = $effect.root(() => {
      $effect(() => {
        const text = this.text;
        untrack(() => this.#saver.change(text, text));
      });
    });
    this.#stop = () => {
      clearTimeout(tracking);
      clearTimeout(this.#bump);
      stopEffects();
    };
  }

  /** A write to the document: its text is read again in the next task (see `text`). */
  #changed(): void {
    this.#bump ??= setTimeout(() => {
      this.#bump = undefined;
      this.#version++;
    });
  }

  /** The document as it is now, read through its proxies from here on (see `text`). */
  current(): string {
    this.#tracking = true;
    if (this.#bump !== undefined) {
      clearTimeout(this.#bump);
      this.#bump = undefined;
      this.#version++;
    }
    flushSync();
    return untrack(() => this.text);
  }

  get hasUnsavedChanges(): boolean {
    return this.#saver.dirty;
  }

  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** Save what is left, then stop watching; false (and still open) when the save failed. */
  async close(): Promise<boolean> {
    this.current();
    await this.#saver.flush();
    if (this.#saver.dirty) return false;
    this.#stop();
    this.#saver.dispose();
    return true;
  }
}
