import { flushSync, untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { Client, StoredPlan } from '../../shared/api/contract';
import { validatePlan, type Plan, type PlanIssue } from '../../shared/plan';
import { Autosaver, type SaveStatus } from './autosave';
import { toDraft } from './draft';
import { groupIssues } from './issue-groups';

/** The plan being edited: its document, what validation says about it, and its autosave. */
export class PlanEditor {
  readonly id: string;
  doc: Plan = $state() as Plan;
  /**
   * The document as JSON, read through its proxies so that every field is a dependency: cheaper
   * than $state.snapshot, which clones every value of a large plan one by one.
   */
  readonly text: string = $derived(JSON.stringify(this.doc));
  /** A plain copy of the document: what is validated, computed and saved. */
  readonly snapshot: Plan = $derived(JSON.parse(this.text) as Plan);
  readonly check = $derived(validatePlan(this.snapshot));
  readonly issues = $derived(this.check.issues);
  readonly issuesByPath = $derived(groupIssues(this.issues, (issue) => issue.path));
  /** Fields the user has left once: their issues show even before the step is left. */
  readonly touched = new SvelteSet<string>();
  saveStatus: SaveStatus = $state({ state: 'saved' });
  /** The name the library shows, as last saved. */
  savedName = $state('');

  readonly #saver: Autosaver<Plan>;
  readonly #stop: () => void;

  constructor(stored: StoredPlan, client: Client) {
    this.id = stored.id;
    const draft = toDraft(stored.document);
    // Serialised before it becomes state: reading a large plan through its proxies costs more.
    const text = JSON.stringify(draft);
    this.doc = draft;
    this.savedName = stored.name;
    this.#saver = new Autosaver<Plan>(
      text,
      async (document) => {
        const summary = await client['plans.save']({ id: this.id, document });
        this.savedName = summary.name;
      },
      (status) => (this.saveStatus = status),
    );
    this.#stop = $effect.root(() => {
      $effect(() => {
        const text = this.text;
        untrack(() => this.#saver.change(this.snapshot, text));
      });
    });
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
    flushSync();
    await this.#saver.flush();
    if (this.#saver.dirty) return false;
    this.#stop();
    this.#saver.dispose();
    return true;
  }
}
