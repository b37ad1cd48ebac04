import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiFailure, type Handlers, type StoredPlan } from '../../shared/api/contract';
import { text, type Locale } from '../../shared/i18n';
import { writeFileAtomic } from './files';
import { emptyPlanDocument, parsePlanFile, planFileOf } from './plan-file';
import { mapped } from './api-errors';
import { createComparisonService } from './documents/comparison/comparison-service';
import { createExportService } from './documents/checklist/export-service';
import { createPresalesService } from './documents/presales/presales-service';
import { createProbeService } from './probes/probe-service';
import { openStore, type Store } from './store';

/** The largest plan file read from disk; the contract's limit for plans.import. */
const MAX_PLAN_FILE_BYTES = 10_000_000;

/** The kind of file a save dialog offers, e.g. { name: 'PDF checklist', extensions: ['pdf'] }. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

/** What only the desktop app has: native dialogs and the OS's recent documents. */
export interface DesktopServices {
  /** The native open dialog: the chosen path, or null when cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** The native save dialog, starting at defaultName (a plan file unless filter says otherwise): the chosen path, or null when cancelled. */
  chooseFileToSave(defaultName: string, filter?: SaveFilter): Promise<string | null>;
  /** The native folder dialog (an export of several files): the chosen folder, or null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
  addRecentDocument(path: string): void;
  /** The language chosen in the UI: the native menu and dialogs speak it from now on. */
  setLocale?(locale: Locale): void;
}

export interface BackendOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  version: string;
  /** Desktop only; without it the desktop-only channels answer "unsupported". */
  desktop?: DesktopServices;
  /** The clock, for tests. */
  now?: () => Date;
}

export interface Backend {
  handlers: Handlers;
  store: Store;
  /** Import a plan file from disk (a file given on the command line, a recent document). */
  importPlanFile(path: string): Promise<StoredPlan>;
  /** Stops running probes (a responder closes its ports, a run stores what it finished), then closes the library. */
  close(): Promise<void>;
}

function unsupported(): never {
  throw new ApiFailure('unsupported', text('errors.needsDesktop'));
}

async function readPlanFile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new ApiFailure('bad-request', text('errors.folderNotPlan', { path }));
    if (info.size > MAX_PLAN_FILE_BYTES)
      throw new ApiFailure('invalid-plan', text('errors.tooLarge', { file: basename(path) }));
    return await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw new ApiFailure(
      'bad-request',
      text('errors.cannotRead', { path, message: (e as Error).message }),
    );
  }
}

/** The Node side of the API contract over the plans library in dataDir. */
export function createBackend(options: BackendOptions): Backend {
  const store = openStore(options.dataDir, options.now ? { now: options.now } : {});
  const { plans } = store;
  const desktop = options.mode === 'desktop' ? options.desktop : undefined;
  const probes = createProbeService(store);
  const exports = createExportService(store, desktop);
  const presales = createPresalesService(store, desktop);
  const comparisons = createComparisonService(store, desktop);

  async function importPlanFile(path: string): Promise<StoredPlan> {
    const document = parsePlanFile(basename(path), await readPlanFile(path));
    const plan = plans.create(document, 'import');
    desktop?.addRecentDocument(path);
    return plan;
  }

  const handlers: Handlers = {
    'app.info': () => ({ version: options.version, mode: options.mode, dataDir: options.dataDir }),
    // Browser mode has no native menu or dialogs: nothing to tell.
    'app.setLocale': ({ locale }) => {
      desktop?.setLocale?.(locale);
      return null;
    },
    'plans.list': () => plans.list(),
    'plans.get': ({ id }) => mapped(() => plans.get(id)),
    'plans.create': ({ document }) => plans.create(document ?? emptyPlanDocument()),
    'plans.save': ({ id, document }) => mapped(() => plans.save(id, document)),
    'plans.duplicate': ({ id }) => mapped(() => plans.duplicate(id)),
    'plans.rename': ({ id, name }) => mapped(() => plans.rename(id, name)),
    'plans.delete': ({ id }) =>
      mapped(() => {
        plans.remove(id);
        return { deleted: true as const };
      }),
    'plans.revisions': ({ id }) => mapped(() => plans.revisions(id)),
    'plans.revision': ({ id, revision }) => mapped(() => plans.revision(id, revision)),
    'plans.import': ({ fileName, content }) =>
      plans.create(parsePlanFile(fileName || 'the file', content), 'import'),
    'plans.export': ({ id }) => mapped(() => planFileOf(plans.get(id))),
    'plans.importFile': async () => {
      if (!desktop) unsupported();
      const path = await desktop.chooseFileToOpen();
      return path === null ? null : importPlanFile(path);
    },
    'plans.exportFile': ({ id }) =>
      mapped(async () => {
        if (!desktop) unsupported();
        const file = planFileOf(plans.get(id));
        const path = await desktop.chooseFileToSave(file.fileName);
        if (path === null) return null;
        await writeFileAtomic(path, file.content);
        desktop.addRecentDocument(path);
        return { path };
      }),
    ...probes.handlers,
    ...exports.handlers,
    ...presales.handlers,
    ...comparisons.handlers,
  };

  // With nothing running the library closes at once, so a caller that does not wait finds it closed.
  const close = (): Promise<void> =>
    probes.idle() ? Promise.resolve(store.close()) : probes.stop().then(() => store.close());

  return { handlers, store, importPlanFile, close };
}
