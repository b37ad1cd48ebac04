import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PlanDocument, StoredPlan } from '../../shared/api/contract';
import { Refusal } from '../../shared/api/refusal';
import { text, type Text } from '../../shared/i18n';
import {
  hasErrors,
  parseJsonText,
  planIssue,
  validatePlan,
  type Plan,
  type PlanIssue,
} from '../../shared/plan';
import type { Store } from './store';

// The one way to a plan, for every face: a file or a stored plan, then JSON text, the schema and
// the validation. Whatever stops it is a Refusal naming the file as the user gave it.

/** No plan file is larger; a larger one is refused before it is read. */
export const MAX_PLAN_FILE_BYTES = 10_000_000;

export interface LoadedPlan {
  plan: Plan;
  /** The plan's warnings (a plan with errors is refused). */
  warnings: PlanIssue[];
  /** The document as written: defaults stay implicit, like the file had them. */
  document: PlanDocument;
}

/** The checked plan of a document; `said` names the refusal for the user (errors counted). */
export function checkedPlan(
  document: unknown,
  said: (errors: number, isPlan: boolean) => Text,
  path?: string,
): LoadedPlan {
  const { plan, issues, document: current } = validatePlan(document);
  if (!plan || hasErrors(issues)) {
    const errors = issues.filter((i) => i.severity === 'error').length;
    throw new Refusal('invalid-plan', said(errors, plan !== undefined), {
      issues,
      document: current,
      ...(path === undefined ? {} : { path }),
    });
  }
  // validatePlan has checked it: the document (an older version migrated) is a plan document.
  return { plan, warnings: issues, document: current as PlanDocument };
}

/** Why a file the user named cannot be read (missing, a folder, not allowed), as a refusal. */
export function unreadable(e: unknown, path: string): Refusal {
  if (e instanceof Refusal) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const said =
    code === 'ENOENT'
      ? text('cli.read.missing', { path })
      : code === 'EACCES' || code === 'EPERM'
        ? text('cli.read.denied', { path })
        : code === 'EISDIR'
          ? text('cli.read.folder', { path })
          : text('cli.read.failed', { path, message: (e as Error).message });
  return new Refusal('bad-request', said, { path });
}

/** A file's text, or a refusal saying why it cannot be read (missing, a folder, not allowed). */
export async function readUserFile(path: string, maxBytes?: number): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new Refusal('bad-request', text('cli.read.folder', { path }));
    if (maxBytes !== undefined && info.size > maxBytes) {
      throw new Refusal('invalid-plan', text('errors.tooLarge', { file: basename(path) }), {
        path,
      });
    }
    return await readFile(path, 'utf8');
  } catch (e) {
    throw unreadable(e, path);
  }
}

/** A JSON file as a value; refused with the line and column when it is not JSON. */
export async function readJsonFile(path: string, maxBytes?: number): Promise<unknown> {
  const json = parseJsonText(path, await readUserFile(path, maxBytes));
  if (!json.ok) {
    throw new Refusal('invalid-plan', text('cli.invalidJson', { message: json.text }), { path });
  }
  return json.value;
}

/** A plan file on disk (the command line, a file the desktop app opens), checked. */
export async function readPlanFile(path: string): Promise<LoadedPlan> {
  const document = await readJsonFile(path, MAX_PLAN_FILE_BYTES);
  return checkedPlan(document, (count) => text('cli.invalidPlan', { path, count }), path);
}

/** An imported file's text (plans.import: a name and the content) as a document to store. */
export function planOfFileText(fileName: string, content: string): LoadedPlan {
  const json = parseJsonText(fileName, content);
  if (!json.ok) {
    throw new Refusal('invalid-plan', json.text, { issues: [planIssue('error', '', 'not-json')] });
  }
  return checkedPlan(json.value, (count, isPlan) =>
    text(isPlan ? 'errors.invalidPlan' : 'errors.notAPlan', { file: fileName, count }),
  );
}

/** A stored plan: the library's "no such plan" is already a not-found Refusal. */
export const storedPlan = async (store: Store, id: string, revision?: number) =>
  revision === undefined ? store.plans.get(id) : store.plans.revision(id, revision);

/**
 * A stored plan whose rules can be computed: the library keeps work in progress with errors, but
 * nothing can be exported (or probed) from it. `then` says what the user can do once it is fixed.
 */
export async function loadValidPlan(
  store: Store,
  id: string,
  then: 'export' | 'probe' | 'summary',
): Promise<{ stored: StoredPlan; plan: Plan }> {
  const stored = await storedPlan(store, id);
  const { plan } = checkedPlan(stored.document, (count) =>
    text(`errors.planHasErrors.${then}`, { name: stored.name, count }),
  );
  return { stored, plan };
}
