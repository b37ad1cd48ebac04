import { SvelteSet } from 'svelte/reactivity';
import type { ClientKind } from '../../shared/catalog';
import {
  applyImport,
  headingsOfMapping,
  overLimits,
  previewImport,
  readSpreadsheet,
  type ColumnMapping,
  type ImportField,
  type ImportPreview,
  type ImportTarget,
  type Sheet,
  type SummaryNetwork,
} from '../../shared/hosts-import';
import type { Plan } from '../../shared/plan';
import type { PlanEditor } from '../plan/plan-editor.svelte';

/** A proposed summary's identity across previews (the same network of the same place). */
export const summaryKey = (s: SummaryNetwork) => `${s.site ?? ''}|${s.group ?? ''}|${s.network}`;

/**
 * One spreadsheet import into the open plan: the file read, the technician's choices (target,
 * columns, headings, summaries) and the preview they give. Nothing touches the plan until
 * `confirm`, which changes the document in one assignment: one edit, one step to undo.
 */
export class HostsImport {
  fileName = $state('');
  sheet: Sheet | null = $state.raw(null);
  readError: string | null = $state(null);
  target: ImportTarget = $state.raw({ into: 'printers' });
  /** The technician's columns; null: remembered or guessed. */
  mapping: ColumnMapping | null = $state.raw(null);
  /** null: detected from the first row. */
  headed: boolean | null = $state(null);
  /** The widest summary network (a prefix length), or null for none. */
  widest: number | null = $state(null);
  clientKind: ClientKind = $state('lpr-clients');
  /** Summaries the technician turned down. */
  readonly rejected = new SvelteSet<string>();

  constructor(
    private readonly editor: PlanEditor,
    private readonly defaultGroup: () => string,
  ) {}

  readonly preview: ImportPreview | null = $derived.by(() => {
    if (!this.sheet) return null;
    return previewImport(this.editor.doc, this.sheet, {
      target: this.target,
      ...(this.mapping ? { mapping: this.mapping } : {}),
      ...(this.headed === null ? {} : { headed: this.headed }),
      ...(this.widest === null ? {} : { widest: this.widest }),
      clientKind: this.clientKind,
      defaultGroup: this.defaultGroup(),
    });
  });

  readonly accepted: SummaryNetwork[] = $derived(
    this.preview?.summaries.filter((s) => !this.rejected.has(summaryKey(s))) ?? [],
  );

  /** The plan as it would be: what the limits are checked against. */
  readonly result: Plan | null = $derived.by(() => {
    const preview = this.preview;
    if (!preview || preview.mapping.address === undefined) return null;
    return applyImport(
      this.editor.doc,
      this.target,
      preview.accounting,
      this.accepted,
      headingsOfMapping(preview.mapping, preview.headings),
    );
  });

  readonly overLimits = $derived(this.result ? overLimits(this.result) : []);

  /** Rows that change the plan (imported or merged into an existing network). */
  readonly changing = $derived(
    (this.preview?.accounting.counts.imported ?? 0) + (this.preview?.accounting.counts.merged ?? 0),
  );

  readonly canConfirm = $derived(
    this.result !== null && this.changing > 0 && this.overLimits.length === 0,
  );

  async read(file: File): Promise<void> {
    this.fileName = file.name;
    this.readError = null;
    this.mapping = null;
    this.headed = null;
    this.rejected.clear();
    try {
      this.sheet = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()));
    } catch (e) {
      this.sheet = null;
      this.readError = e instanceof Error ? e.message : String(e);
    }
  }

  /** A field's column changed in the mapping step (null: no column). */
  choose(field: ImportField, column: number | null): void {
    const mapping = { ...(this.preview?.mapping ?? {}) };
    for (const [other, c] of Object.entries(mapping)) {
      if (c === column) delete mapping[other as ImportField];
    }
    if (column === null) delete mapping[field];
    else mapping[field] = column;
    this.mapping = mapping;
  }

  toggleSummary(summary: SummaryNetwork, accept: boolean): void {
    if (accept) this.rejected.delete(summaryKey(summary));
    else this.rejected.add(summaryKey(summary));
  }

  /** Put the rows into the plan: one assignment of the document, so one undo takes it all back. */
  confirm(): number {
    const result = this.result;
    if (!result || !this.canConfirm) return 0;
    const changing = this.changing;
    this.editor.doc = result;
    return changing;
  }
}
