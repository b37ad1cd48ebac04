import type { Client, PlanSummary } from '../../shared/api/contract';
import type { PlanIssue } from '../../shared/plan';
import { download } from '../lib/download';
import { failureNotice } from '../lib/failure';

export interface LibraryMessage {
  kind: 'ok' | 'error';
  text: string;
  issues?: PlanIssue[];
}

const messageOf = (e: unknown): LibraryMessage => ({ kind: 'error', ...failureNotice(e) });

/** The saved plans on the home screen and what can be done with them. */
export class PlanLibrary {
  plans: PlanSummary[] = $state([]);
  loaded = $state(false);
  message: LibraryMessage | null = $state(null);

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

  /** Browser mode: a file the user picked; anything but a valid plan is refused with its issues. */
  async importFile(file: File, done: (name: string) => string): Promise<void> {
    const content = await file.text();
    const plan = await this.#run(
      () => this.client['plans.import']({ fileName: file.name, content }),
      (p) => done(p.name),
    );
    if (plan) await this.refresh();
  }

  /** Desktop app: the native open dialog. */
  async importWithDialog(done: (name: string) => string): Promise<void> {
    const plan = await this.#run(() => this.client['plans.importFile']({}));
    if (plan) {
      this.message = { kind: 'ok', text: done(plan.name) };
      await this.refresh();
    }
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
