import { SvelteSet } from 'svelte/reactivity';
import type { ClientKind } from '../../shared/catalog';
import type { ColumnMapping, ImportField, ImportTarget } from '../../shared/hosts-import';
import { Superseded, WorkerClient, type MessageEnd } from '../lib/worker-client';
import type { PlanEditor } from '../plan/plan-editor.svelte';
import type { ImportRequests, PreviewReply, PreviewRequest, SheetInfo } from './protocol';

/** No printer list is larger (the command line's limit too). */
const MAX_BYTES = 50_000_000;

// The worker's address is resolved by Vite at build time.
const importWorker = () =>
  new Worker(new URL('./hosts-import.worker.ts', import.meta.url), { type: 'module' });

/**
 * One spreadsheet import into the open plan: the file read, the technician's choices (target,
 * columns, headings, summaries) and the preview they give, all computed in a worker. Nothing
 * touches the plan until `confirm`, which changes the document in one assignment: one edit, one
 * step to undo.
 */
export class HostsImport {
  fileName = $state('');
  /** The Get-PrinterPort export joined to a Get-Printer export, when one is chosen. */
  portsName = $state('');
  #file: File | null = null;
  #ports: File | null = null;
  sheet: SheetInfo | null = $state.raw(null);
  readError: string | null = $state(null);
  preview: PreviewReply | null = $state.raw(null);
  /** true from a choice until its preview arrives. */
  computing = $state(false);
  target: ImportTarget = $state.raw({ into: 'printers' });
  /** The technician's columns; null: remembered or guessed. */
  mapping: ColumnMapping | null = $state.raw(null);
  /** null: detected from the first row. */
  headed: boolean | null = $state(null);
  /** The widest summary network (a prefix length), or null for none. */
  widest: number | null = $state(null);
  clientKind: ClientKind = $state('lpr-clients');
  /** Summaries the technician turned down, by key. */
  readonly rejected = new SvelteSet<string>();

  readonly #worker: WorkerClient<ImportRequests>;
  readonly #end: Worker;

  constructor(
    private readonly editor: PlanEditor,
    private readonly defaultGroup: () => string,
    end: Worker = importWorker(),
  ) {
    this.#end = end;
    this.#worker = new WorkerClient<ImportRequests>(end as unknown as MessageEnd);
  }

  /** Rows that change the plan: imported, or inside a network they add a protocol to. */
  readonly changing = $derived(this.preview?.changing ?? 0);

  readonly canConfirm = $derived(
    !this.computing &&
      this.preview !== null &&
      this.preview.mapping.address !== undefined &&
      this.changing > 0 &&
      this.preview.over.length === 0,
  );

  #request(): PreviewRequest {
    return {
      planText: this.editor.current(),
      choices: {
        target: this.target,
        ...(this.mapping ? { mapping: this.mapping } : {}),
        ...(this.headed === null ? {} : { headed: this.headed }),
        ...(this.widest === null ? {} : { widest: this.widest }),
        clientKind: this.clientKind,
        defaultGroup: this.defaultGroup(),
      },
      rejected: [...this.rejected],
    };
  }

  /** Ask the worker for the preview of the choices as they are now; an older answer is dropped. */
  async refresh(): Promise<void> {
    if (!this.sheet) return;
    this.computing = true;
    try {
      this.preview = await this.#worker.request('preview', this.#request(), {
        supersede: 'preview',
      });
      this.computing = false;
    } catch (e) {
      if (e instanceof Superseded) return;
      this.computing = false;
      this.readError = e instanceof Error ? e.message : String(e);
    }
  }

  async read(file: File): Promise<void> {
    this.#file = file;
    this.#ports = null;
    this.fileName = file.name;
    this.portsName = '';
    await this.#read();
  }

  /** The server's Get-PrinterPort export, joined to the Get-Printer export read before. */
  async readPorts(file: File): Promise<void> {
    this.#ports = file;
    this.portsName = file.name;
    await this.#read();
  }

  async #read(): Promise<void> {
    if (!this.#file) return;
    this.readError = null;
    this.preview = null;
    this.mapping = null;
    this.headed = null;
    this.rejected.clear();
    if (this.#file.size > MAX_BYTES || (this.#ports?.size ?? 0) > MAX_BYTES) {
      this.sheet = null;
      this.readError = 'too-large';
      return;
    }
    try {
      const bytes = await this.#file.arrayBuffer();
      const ports = this.#ports ? await this.#ports.arrayBuffer() : undefined;
      this.sheet = await this.#worker.request('read', { bytes, ...(ports ? { ports } : {}) });
    } catch (e) {
      this.sheet = null;
      this.readError = e instanceof Error ? e.message : String(e);
      return;
    }
    await this.refresh();
  }

  /** A choice of the mapping step: set it, then preview again. */
  set<K extends 'target' | 'headed' | 'widest' | 'clientKind'>(choice: K, value: this[K]): void {
    this[choice] = value;
    if (choice === 'headed') this.mapping = null;
    void this.refresh();
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
    void this.refresh();
  }

  toggleSummary(key: string, accept: boolean): void {
    if (accept) this.rejected.delete(key);
    else this.rejected.add(key);
    void this.refresh();
  }

  /**
   * Put the rows into the plan: the lists an import changes, written in one turn between two seals
   * of the plan's history, so that one undo takes it all back.
   */
  async confirm(): Promise<number> {
    if (!this.canConfirm) return 0;
    const changing = this.changing;
    this.computing = true;
    const result = await this.#worker.request('apply', this.#request());
    const { history } = this.editor;
    const doc = this.editor.doc;
    history.seal();
    doc.printerNetworks = result.printerNetworks;
    doc.islandSites = result.islandSites;
    doc.clientGroups = result.clientGroups;
    doc.importMappings = result.importMappings;
    history.seal();
    this.dispose();
    return changing;
  }

  dispose(): void {
    this.#worker.dispose();
    this.#end.terminate();
  }
}
