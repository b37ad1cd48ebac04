import {
  ApiFailure,
  type Client,
  type PlanSummary,
  type StoredPlan,
} from '../../shared/api/contract';
import type { PlanIssue } from '../../shared/plan';
import { download } from '../lib/download';
import { failureNotice } from '../lib/failure';

export interface LibraryMessage {
  kind: 'ok' | 'error';
  text: string;
  issues?: PlanIssue[];
}

const messageOf = (e: unknown): LibraryMessage => ({ kind: 'error', ...failureNotice(e) });

/** How to import a plan whose name is in the library already. */
export type ExistingChoice = 'replace' | 'keep-both';

/** An import waiting for the user: the plan's name is in the library (the text says so). */
export interface ImportConflict {
  text: string;
  choose(existing: ExistingChoice): Promise<void>;
}

/** The refusal of an import because its plan's name is taken: then the user chooses. */
export const isNameConflict = (e: unknown): e is ApiFailure =>
  e instanceof ApiFailure && e.code === 'name-taken' && e.error.field === 'existing';

/** The saved plans on the home screen and what can be done with them. */
export class PlanLibrary {
  plans: PlanSummary[] = $state([]);
  loaded = $state(false);
  message: LibraryMessage | null = $state(null);
  /** An import that asks: replace the plan of that name, or keep both. */
  conflict: ImportConflict | null = $state(null);

  constructor(
    private readonly client: Client,
    readonly mode: 'desktop' | 'browser',
  ) {}

  async #run<T>(action: () => Promise<T>, success?: (value: T) => string): Promise<T | null> {
    try {
      const value = await action();
      // Without a success text the message of the last action stays (a refresh after an import).
      if (success) this.message = { kind: 'ok', text: success(value) };
      return value;
    } catch (e) {
      this.message = messageOf(e);
      return null;
    }
  }

  async refresh(): Promise<void> {
    const plans = await this.#run(() => this.client['plans.list']({}));
    if (plans) this.plans = plans;
    this.loaded = true;
  }

  async duplicate(plan: PlanSummary, done: (name: string) => string): Promise<void> {
    await this.#run(
      () => this.client['plans.duplicate']({ id: plan.id }),
      (p) => done(p.name),
    );
    await this.refresh();
  }

  async rename(plan: PlanSummary, name: string, done: string): Promise<void> {
    await this.#run(
      () => this.client['plans.rename']({ id: plan.id, name }),
      () => done,
    );
    await this.refresh();
  }

  async remove(plan: PlanSummary, done: string): Promise<void> {
    await this.#run(
      () => this.client['plans.delete']({ id: plan.id }),
      () => done,
    );
    await this.refresh();
  }

  /**
   * An import; when its plan's name is in the library, it waits in `conflict` for the user's choice
   * and is then tried again with it (`replaced` words that outcome).
   */
  async #import(
    attempt: (existing?: ExistingChoice) => Promise<StoredPlan | null>,
    done: (name: string) => string,
    replaced: (name: string) => string,
  ): Promise<void> {
    this.conflict = null;
    try {
      const plan = await attempt();
      if (plan) this.message = { kind: 'ok', text: done(plan.name) };
      if (plan) await this.refresh();
    } catch (e) {
      if (!isNameConflict(e)) {
        this.message = messageOf(e);
        return;
      }
      this.message = null;
      this.conflict = {
        text: failureNotice(e).text,
        choose: async (existing) => {
          this.conflict = null;
          const plan = await this.#run(
            () => attempt(existing),
            (p) => (p ? (existing === 'replace' ? replaced(p.name) : done(p.name)) : ''),
          );
          if (plan) await this.refresh();
        },
      };
    }
  }

  /** Browser mode: a file the user picked; anything but a valid plan is refused with its issues. */
  async importFile(
    file: File,
    done: (name: string) => string,
    replaced: (name: string) => string = done,
  ): Promise<void> {
    const content = await file.text();
    await this.#import(
      (existing) =>
        this.client['plans.import']({
          fileName: file.name,
          content,
          ...(existing ? { existing } : {}),
        }),
      done,
      replaced,
    );
  }

  /** Desktop app: the native open dialog (asked again with the choice, it imports the same file). */
  async importWithDialog(
    done: (name: string) => string,
    replaced: (name: string) => string = done,
  ): Promise<void> {
    await this.#import(
      (existing) => this.client['plans.importFile'](existing ? { existing } : {}),
      done,
      replaced,
    );
  }

  /** A plan file opened from the system whose name is taken: the same choice, then that file. */
  askAboutOpened(
    e: unknown,
    done: (name: string) => string,
    replaced: (name: string) => string,
  ): boolean {
    if (!isNameConflict(e)) return false;
    void this.#import(
      (existing) => {
        if (!existing) return Promise.reject(e);
        return this.client['plans.importFile']({ existing });
      },
      done,
      replaced,
    );
    return true;
  }

  export(plan: PlanSummary, done: (where: string) => string): Promise<void> {
    return this.exportById(plan.id, done);
  }

  /** Browser mode: a download; desktop app: the native save dialog. */
  async exportById(id: string, done: (where: string) => string): Promise<void> {
    if (this.mode === 'desktop') {
      const saved = await this.#run(() => this.client['plans.exportFile']({ id }));
      if (saved) this.message = { kind: 'ok', text: done(saved.path) };
      return;
    }
    const file = await this.#run(() => this.client['plans.export']({ id }));
    if (!file) return;
    download(file.fileName, file.content, 'application/json');
    this.message = { kind: 'ok', text: done(file.fileName) };
  }
}
