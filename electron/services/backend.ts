import { Refusal, type Handlers, type StoredPlan } from '../../shared/api/contract';
import { text } from '../../shared/i18n';
import { writeFileAtomic } from './files';
import { emptyPlanDocument, planFileOf } from './plan-file';
import { planOfFileText, readPlanFile } from './plan-loader';
import type { DesktopServices } from './desktop';
import { createChangeService } from './change/change-service';
import { createComparisonService } from './documents/comparison/comparison-service';
import { createExportService } from './documents/checklist/export-service';
import { createPresalesService } from './documents/presales/presales-service';
import { createProbeService } from './probes/probe-service';
import { createCampaignService } from './campaign/campaign-service';
import { openStore, type Store } from './store';
import type { ExistingPlan } from './store/plans';

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
  importPlanFile(path: string, existing?: ExistingPlan): Promise<StoredPlan>;
  /** Stops running probes (a responder closes its ports, a run stores what it finished), then closes the library. */
  close(): Promise<void>;
}

function unsupported(): never {
  throw new Refusal('unsupported', text('errors.needsDesktop'));
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
  const changes = createChangeService(store, options.now ? { now: options.now } : {});

  /** The file chosen in the open dialog whose plan's name was taken: imported once the user says how. */
  let awaitingChoice: string | null = null;

  async function importPlanFile(path: string, existing?: ExistingPlan): Promise<StoredPlan> {
    const { document } = await readPlanFile(path);
    try {
      const plan = plans.importPlan(document, existing);
      desktop?.addRecentDocument(path);
      return plan;
    } catch (e) {
      if (e instanceof Refusal && e.code === 'name-taken') awaitingChoice = path;
      throw e;
    }
  }

  const handlers: Handlers = {
    'app.info': () => ({ version: options.version, mode: options.mode, dataDir: options.dataDir }),
    // Browser mode has no native menu or dialogs: nothing to tell.
    'app.setLocale': ({ locale }) => {
      desktop?.setLocale?.(locale);
      return null;
    },
    'plans.list': () => plans.list(),
    'plans.get': ({ id }) => plans.get(id),
    'plans.create': ({ document }) => plans.create(document ?? emptyPlanDocument()),
    'plans.save': ({ id, document }) => plans.save(id, document),
    'plans.duplicate': ({ id }) => plans.duplicate(id),
    'plans.rename': ({ id, name }) => plans.rename(id, name),
    'plans.delete': ({ id }) => {
      plans.remove(id);
      return { deleted: true as const };
    },
    'plans.revisions': ({ id }) => plans.revisions(id),
    'plans.revision': ({ id, revision }) => plans.revision(id, revision),
    'plans.import': ({ fileName, content, existing }) =>
      plans.importPlan(planOfFileText(fileName || 'the file', content).document, existing),
    'plans.export': ({ id }) => planFileOf(plans.get(id)),
    'plans.importFile': async ({ existing }) => {
      if (!desktop) unsupported();
      const chosen = existing && existing !== 'ask' ? awaitingChoice : null;
      awaitingChoice = null;
      const path = chosen ?? (await desktop.chooseFileToOpen());
      return path === null ? null : importPlanFile(path, existing);
    },
    'plans.exportFile': async ({ id }) => {
      if (!desktop) unsupported();
      const file = planFileOf(plans.get(id));
      const path = await desktop.chooseFileToSave(file.fileName);
      if (path === null) return null;
      await writeFileAtomic(path, file.content);
      desktop.addRecentDocument(path);
      return { path };
    },
    ...probes.handlers,
    ...createCampaignService(store).handlers,
    ...exports.handlers,
    ...presales.handlers,
    ...comparisons.handlers,
    ...changes.handlers,
  };

  // With nothing running the library closes at once, so a caller that does not wait finds it closed.
  const close = (): Promise<void> =>
    probes.idle() ? Promise.resolve(store.close()) : probes.stop().then(() => store.close());

  return { handlers, store, importPlanFile, close };
}
