import type { AnswerReport, AppliedAnswer } from '../../shared/api/change-channels';
import type { Client } from '../../shared/api/contract';
import { MAX_SHEET_BYTES } from '../../shared/change';
import type { PlanSession } from '../plan/plan-session.svelte';
import { failureText } from '../lib/failure';
import { language } from '../lib/i18n.svelte';

/** A file's bytes as base64, in chunks: one call with a large file overflows the argument list. */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/**
 * The network team's answer in the Export step: read the chosen sheet (nothing changes), show what
 * it would set and every row it cannot use, then on confirmation set it as one new plan revision.
 */
export class StatusImport {
  reading: string | null = $state(null);
  report: AnswerReport | null = $state.raw(null);
  applied: AppliedAnswer | null = $state.raw(null);
  error: string | null = $state(null);
  #file: { fileName: string; base64: string } | null = null;

  constructor(
    private readonly client: Client,
    private readonly session: PlanSession,
  ) {}

  async choose(file: File): Promise<void> {
    this.report = null;
    this.applied = null;
    this.error = null;
    if (file.size > MAX_SHEET_BYTES) {
      this.error = language.t('change.import.tooLarge', {
        file: file.name,
        max: MAX_SHEET_BYTES / 1024 / 1024,
      });
      return;
    }
    this.reading = file.name;
    try {
      this.#file = { fileName: file.name, base64: await base64Of(file) };
      await this.session.flush();
      this.report = await this.client['change.readAnswer']({ id: this.session.id, ...this.#file });
    } catch (e) {
      this.error = failureText(e);
    } finally {
      this.reading = null;
    }
  }

  async confirm(): Promise<void> {
    if (!this.#file) return;
    this.reading = this.#file.fileName;
    try {
      await this.session.flush();
      const applied = await this.client['change.importAnswer']({
        id: this.session.id,
        ...this.#file,
      });
      // The open plan shows the statuses at once; its autosave then finds nothing new to save.
      this.session.editor.doc.statuses = applied.statuses;
      this.applied = applied;
      this.report = null;
      this.#file = null;
    } catch (e) {
      this.error = failureText(e);
    } finally {
      this.reading = null;
    }
  }

  cancel(): void {
    this.report = null;
    this.#file = null;
  }
}
