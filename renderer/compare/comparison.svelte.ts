import type { Client, PlanSummary, RevisionSummary } from '../../shared/api/contract';
import type { CompareRequest, ComparisonAnswer, PlanRef } from '../../shared/api/compare-channels';
import type { ComparisonLevel } from '../../shared/compare';
import type { Locale } from '../../shared/i18n';
import type { PlanIssue } from '../../shared/plan';
import { downloadRendered } from '../lib/download';
import { failureNotice } from '../lib/failure';

/** One side of the comparison as chosen: a plan of the library and one of its kept revisions. */
export class ComparedSide {
  id = $state('');
  revision = $state(0);
  revisions: RevisionSummary[] = $state([]);

  constructor(
    private readonly client: Client,
    /** Which revision a newly chosen plan starts at: the one before the newest, or the newest. */
    private readonly start: 'previous' | 'newest',
  ) {}

  async choose(id: string): Promise<void> {
    this.id = id;
    const revisions = await this.client['plans.revisions']({ id });
    if (this.id !== id) return;
    this.revisions = revisions;
    const newest = revisions[0]?.revision ?? 0;
    this.revision = this.start === 'previous' ? (revisions[1]?.revision ?? newest) : newest;
  }

  get ref(): PlanRef {
    return { id: this.id, revision: this.revision };
  }
}

export interface CompareMessage {
  kind: 'ok' | 'error';
  text: string;
  issues?: PlanIssue[];
}

const messageOf = (e: unknown): CompareMessage => ({ kind: 'error', ...failureNotice(e) });

/** The comparison page: two sides, a level, the answer, and its files. */
export class PlanComparisonState {
  readonly before: ComparedSide;
  readonly after: ComparedSide;
  level: ComparisonLevel = $state('firewall');
  answer: ComparisonAnswer | null = $state.raw(null);
  busy = $state(false);
  message: CompareMessage | null = $state(null);
  /** What the answer shown was asked with: its files are made from the same request. */
  #asked: CompareRequest | null = null;

  constructor(
    private readonly client: Client,
    readonly mode: 'desktop' | 'browser',
  ) {
    this.before = new ComparedSide(client, 'previous');
    this.after = new ComparedSide(client, 'newest');
  }

  /** Start with the latest plan against itself: its previous revision and its newest. */
  async init(plans: readonly PlanSummary[]): Promise<void> {
    const first = plans[0];
    if (!first) return;
    await Promise.all([this.before.choose(first.id), this.after.choose(first.id)]);
  }

  async compare(): Promise<void> {
    const request: CompareRequest = {
      before: this.before.ref,
      after: this.after.ref,
      level: this.level,
    };
    this.busy = true;
    this.message = null;
    try {
      this.answer = await this.client['compare.plans'](request);
      this.#asked = request;
    } catch (e) {
      this.answer = null;
      this.message = messageOf(e);
    } finally {
      this.busy = false;
    }
  }

  /** The change as CSV or PDF: a download in the browser, the save dialog in the desktop app. */
  async save(
    format: 'csv' | 'pdf',
    locale: Locale,
    done: (where: string) => string,
  ): Promise<void> {
    if (!this.#asked) return;
    const request = { ...this.#asked, format, locale };
    this.busy = true;
    try {
      if (this.mode === 'desktop') {
        const saved = await this.client['compare.saveFile'](request);
        if (saved) this.message = { kind: 'ok', text: done(saved.path) };
      } else {
        const file = await this.client['compare.render'](request);
        downloadRendered(file);
        this.message = { kind: 'ok', text: done(file.fileName) };
      }
    } catch (e) {
      this.message = messageOf(e);
    } finally {
      this.busy = false;
    }
  }
}
