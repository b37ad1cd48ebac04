import { flushSync, untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { Client, StoredPlan } from '../../shared/api/contract';
import type { Plan, PlanIssue } from '../../shared/plan';
import { Autosaver, type SaveStatus } from './autosave';
import { toDraft } from './draft';
import { groupIssues } from './issue-groups';

/** What validating one version of the document found. */
export interface PlanCheckAnswer {
  issues: PlanIssue[];
  /** The plan as the schema reads it (defaults filled in), as JSON; null when it is not well-formed. */
  planText: string | null;
}

/** The plan being edited: its document, what validation says about it, and its autosave. */
export class PlanEditor {
  readonly id: string;
  doc: Plan = $state() as Plan;
  #opened = '';
  #tracking = $state(false);
  /**
   * The document as JSON, read through its proxies so that every field is a dependency: cheaper
   * than $state.snapshot, which clones every value of a large plan one by one. It is what is
   * validated (in the matrix worker), computed and saved. Until the task after opening, it is the
   * text the plan was opened with: reading a large plan through its proxies takes a tenth of a
   * second, which then does not add to the task that draws the wizard. An edit made before that
   * is not lost: the first read through the proxies sees it.
   */
  readonly text: string = $derived(this.#tracking ? JSON.stringify(this.doc) : this.#opened);
  /**
   * The latest answer of validation and the text it is about. Validation runs off the window's
   * thread (it takes a quarter of a second for a large plan): null until the first answer.
   */
  #checked: (PlanCheckAnswer & { text: string }) | null = $state.raw(null);
  /** true until the plan has been validated once: nothing may call it valid or invalid yet. */
  readonly checking = $derived(this.#checked === null);
  /** The issues of the latest validated version; while typing, the one before the last change. */
  readonly issues: PlanIssue[] = $derived(this.#checked?.issues ?? []);
  readonly issuesByPath = $derived(groupIssues(this.issues, (issue) => issue.path));
  /** The validated plan, with defaults filled in; undefined while not well-formed or not checked. */
  readonly plan: Plan | undefined = $derived(
    this.#checked?.planText ? (JSON.parse(this.#checked.planText) as Plan) : undefined,
  );
  /** Fields the user has left once: their issues show even before the step is left. */
  readonly touched = new SvelteSet<string>();
  saveStatus: SaveStatus = $state({ state: 'saved' });
  /** The name the library shows, as last saved. */
  savedName = $state('');

  readonly #saver: Autosaver<string>;
  readonly #stop: () => void;
  // Callers waiting for the current text to be validated; not state anything renders.
  #waiting: Array<() => void> = [];

  constructor(stored: StoredPlan, client: Client) {
    this.id = stored.id;
    const draft = toDraft(stored.document);
    // Serialised before it becomes state: reading a large plan through its proxies costs more.
    const text = JSON.stringify(draft);
    this.#opened = text;
    this.doc = draft;
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
      stopEffects();
    };
  }

  /** What validating `text` found (the matrix service drops answers about older versions). */
  checked(text: string, answer: PlanCheckAnswer): void {
    this.#checked = { text, issues: answer.issues, planText: answer.planText };
    if (text !== untrack(() => this.text)) return;
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  /** Resolves once the document as it is now has been validated: its issues are current. */
  validated(): Promise<void> {
    this.#tracking = true;
    flushSync();
    if (untrack(() => this.#checked?.text === this.text)) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  issuesAt(path: string): PlanIssue[] {
    return this.issuesByPath.get(path) ?? [];
  }

  get hasUnsavedChanges(): boolean {
    return this.#saver.dirty;
  }

  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** Save what is left, then stop watching; false (and still open) when the save failed. */
  async close(): Promise<boolean> {
    this.#tracking = true;
    flushSync();
    await this.#saver.flush();
    if (this.#saver.dirty) return false;
    this.#stop();
    this.#saver.dispose();
    return true;
  }
}
