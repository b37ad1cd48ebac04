import { untrack } from 'svelte';
import type { Client, StoredPlan } from '../../shared/api/contract';
import type { Plan, PlanIssue } from '../../shared/plan';
import { unlessSuperseded } from '../lib/worker-client';
import { MatrixService } from '../matrix/matrix-service.svelte';
import { groupIssues } from './issue-groups';
import { PlanEditor } from './plan-editor.svelte';
import type { PlanHistory } from './plan-history';

/** What validation said about one version of the document (its JSON text). */
interface Checked {
  text: string;
  issues: PlanIssue[];
  plan: Plan | null;
}

/**
 * The open plan: its document and autosave (the editor), its validation, and its matrix (computed
 * in a worker). Every version of the document goes to the worker once, which validates it off the
 * window's thread and then computes its matrix; the steps, the fields and the review read what
 * this session derives from the answers.
 */
export class PlanSession {
  readonly editor: PlanEditor;
  readonly matrix: MatrixService;
  /** An existing plan: every step has been through before, so every step shows its issues. */
  readonly reopened: boolean;
  /** The wizard step shown (its id, as the address names it; the wizard checks it). */
  step: string = $state('');

  /** The latest answer of validation (it takes a quarter of a second for a large plan). */
  #checked: Checked | null = $state.raw(null);
  /** true until the plan has been validated once: nothing may call it valid or invalid yet. */
  readonly checking = $derived(this.#checked === null);
  /** The issues of the latest validated version; while typing, the one before the last change. */
  readonly issues: PlanIssue[] = $derived(this.#checked?.issues ?? []);
  readonly issuesByPath = $derived(groupIssues(this.issues, (issue) => issue.path));
  /** The validated plan, with defaults filled in; undefined while not well-formed or not checked. */
  readonly plan: Plan | undefined = $derived(this.#checked?.plan ?? undefined);

  /** The text last sent to the worker: the same text again has nothing new to check. */
  #sent = '';
  // Callers waiting for the current text to be validated; not state anything renders.
  #waiting: Array<() => void> = [];
  readonly #stop: () => void;

  constructor(
    stored: StoredPlan,
    client: Client,
    reopened: boolean,
    matrix?: MatrixService,
    step = '',
  ) {
    this.editor = new PlanEditor(stored, client);
    this.matrix = matrix ?? new MatrixService();
    this.reopened = reopened;
    this.step = step;
    // Posting to the worker is a side effect of a new version, so it is an effect, owned here.
    this.#stop = $effect.root(() => {
      $effect(() => {
        const text = this.editor.text;
        untrack(() => this.#check(text));
      });
    });
  }

  get id(): string {
    return this.editor.id;
  }

  /** Undo and redo of every edit of the plan, across steps, while it is open. */
  get history(): PlanHistory {
    return this.editor.history;
  }

  #check(text: string): void {
    if (text === this.#sent) return;
    this.#sent = text;
    this.matrix.check(text).then(({ issues, plan }) => {
      this.#checked = { text, issues, plan };
      if (text !== untrack(() => this.editor.text)) return;
      for (const resolve of this.#waiting.splice(0)) resolve();
    }, unlessSuperseded);
  }

  /** Resolves once the document as it is now has been validated: its issues are current. */
  validated(): Promise<void> {
    const text = this.editor.current();
    if (untrack(() => this.#checked?.text) === text) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  issuesAt(path: string): PlanIssue[] {
    return this.issuesByPath.get(path) ?? [];
  }

  /** Save what is left (before the window closes, or an export of the stored plan). */
  flush(): Promise<void> {
    return this.editor.flush();
  }

  /** Save what is left, then stop; false (and still open) when the save failed. */
  async close(): Promise<boolean> {
    if (!(await this.editor.close())) return false;
    this.#stop();
    this.matrix.dispose();
    return true;
  }
}
