import { randomUUID } from 'node:crypto';
import type {
  PlanDocument,
  PlanSummary,
  RevisionSummary,
  StoredPlan,
} from '../../../shared/api/contract';
import { Refusal } from '../../../shared/api/refusal';
import { text } from '../../../shared/i18n';
import type { Db } from './database';
import { freeName } from './plan-names';
import {
  LatestRevisionRow,
  parseRow,
  PlanRow,
  PlanWithDocumentRow,
  RevisionDocumentRow,
  RevisionRow,
} from './rows';

/** How many revisions of each plan are kept. */
export const REVISIONS_KEPT = 50;
/** Autosaves within this long of a revision's first save update it instead of adding one. */
export const COALESCE_MS = 60_000;
export const UNTITLED = 'Untitled plan';

/** Why a revision was written; only autosaves coalesce, so an import or a rename stays visible. */
export type RevisionOrigin =
  | 'create'
  | 'import'
  | 'duplicate'
  | 'rename'
  | 'save'
  /** The network team's answer set rule statuses: one revision, undone as one. */
  | 'status-import';

/** No plan (or no kept revision) with this id: the API's not-found. */
export class PlanNotFound extends Refusal {
  constructor(
    readonly id: string,
    revision?: number,
  ) {
    super(
      'not-found',
      revision === undefined
        ? text('errors.noPlan', { id })
        : text('errors.noRevision', { id, revision, kept: REVISIONS_KEPT }),
    );
  }
}

/** The name is another plan's (plan names are unique in the library). */
export class NameTaken extends Refusal {
  constructor(name: string, field: string) {
    super('name-taken', text('wizard.names.taken', { name }), { field });
  }
}

/** An imported plan whose name is in the library already: replace that plan, or keep both. */
export type ExistingPlan = 'ask' | 'replace' | 'keep-both';

export interface PlanStoreOptions {
  /** The clock; tests pass their own. */
  now?: () => Date;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The list shows the project's name and customer; a document without them keeps what it had. */
export function titleOf(
  document: PlanDocument,
  fallback: { name: string; customer: string },
): { name: string; customer: string } {
  const project = isRecord(document.project) ? document.project : {};
  const name = typeof project.name === 'string' ? project.name.trim().slice(0, 80) : '';
  const customer =
    typeof project.customer === 'string' ? project.customer.trim().slice(0, 200) : undefined;
  return { name: name || fallback.name, customer: customer ?? fallback.customer };
}

/**
 * A plan file's document without the library id it was exported with: that id is another plan's
 * (or this library's plan's, which keeps its own), and a file written from here gets the right one.
 */
function withoutPlanId(document: PlanDocument): PlanDocument {
  if (!isRecord(document) || !('planId' in document)) return document;
  const { planId: _exported, ...rest } = document;
  return rest;
}

/** The document with project.name set, when it has a project to carry it. */
function withName(document: PlanDocument, name: string): PlanDocument {
  return isRecord(document.project)
    ? { ...document, project: { ...document.project, name } }
    : document;
}

export type PlanStore = ReturnType<typeof createPlanStore>;

export function createPlanStore(db: Db, options: PlanStoreOptions = {}) {
  const now = () => (options.now ?? (() => new Date()))();
  const q = {
    list: db.prepare(
      'SELECT id, name, customer, updated_at, revision FROM plans ORDER BY updated_at DESC, name',
    ),
    summary: db.prepare('SELECT id, name, customer, updated_at, revision FROM plans WHERE id = ?'),
    plan: db.prepare(
      'SELECT id, name, customer, updated_at, revision, document FROM plans WHERE id = ?',
    ),
    currentText: db.prepare('SELECT document, revision, name, customer FROM plans WHERE id = ?'),
    insertPlan: db.prepare(
      `INSERT INTO plans (id, name, customer, document, created_at, updated_at, revision)
       VALUES (@id, @name, @customer, @document, @at, @at, @revision)`,
    ),
    updatePlan: db.prepare(
      `UPDATE plans SET name = @name, customer = @customer, document = @document,
       updated_at = @at, revision = @revision WHERE id = @id`,
    ),
    deletePlan: db.prepare('DELETE FROM plans WHERE id = ?'),
    byName: db.prepare('SELECT id FROM plans WHERE name = ? COLLATE NOCASE'),
    latestRevision: db.prepare(
      'SELECT revision, opened_at, origin, document FROM plan_revisions WHERE plan_id = ? AND revision = ?',
    ),
    insertRevision: db.prepare(
      `INSERT INTO plan_revisions (plan_id, revision, opened_at, saved_at, origin, document)
       VALUES (@id, @revision, @at, @at, @origin, @document)`,
    ),
    updateRevision: db.prepare(
      `UPDATE plan_revisions SET document = @document, saved_at = @at
       WHERE plan_id = @id AND revision = @revision`,
    ),
    pruneRevisions: db.prepare('DELETE FROM plan_revisions WHERE plan_id = ? AND revision <= ?'),
    revisions: db.prepare(
      'SELECT revision, saved_at FROM plan_revisions WHERE plan_id = ? ORDER BY revision DESC',
    ),
    revision: db.prepare(
      'SELECT revision, saved_at, document FROM plan_revisions WHERE plan_id = ? AND revision = ?',
    ),
  };

  function summary(id: string): PlanSummary {
    const row = q.summary.get(id);
    if (!row) throw new PlanNotFound(id);
    return parseRow(PlanRow, row, `plans ${id}`);
  }

  /** The id of the plan with this name (ASCII case aside), if any. */
  function idOfName(name: string): string | undefined {
    return (q.byName.get(name.trim()) as { id: string } | undefined)?.id;
  }
  const taken = (name: string) => idOfName(name) !== undefined;

  /** Refused when the name is another plan's than `id`'s. */
  function checkFree(id: string, name: string, field: string): void {
    const owner = idOfName(name);
    if (owner !== undefined && owner !== id) throw new NameTaken(name.trim(), field);
  }

  function get(id: string): StoredPlan {
    const row = q.plan.get(id);
    if (!row) throw new PlanNotFound(id);
    return parseRow(PlanWithDocumentRow, row, `plans ${id}`);
  }

  /** A new revision of a plan, then the oldest beyond REVISIONS_KEPT go. */
  function addRevision(
    id: string,
    document: PlanDocument,
    revision: number,
    origin: RevisionOrigin,
    title: { name: string; customer: string },
    at: string,
  ): void {
    const text = JSON.stringify(document);
    const row = { id, ...title, document: text, at, revision };
    if (revision === 1) q.insertPlan.run(row);
    else q.updatePlan.run(row);
    q.insertRevision.run({ id, revision, at, origin, document: text });
    q.pruneRevisions.run(id, revision - REVISIONS_KEPT);
  }

  // Every write takes the write lock first (BEGIN IMMEDIATE): a deferred transaction that reads
  // first and then writes gets SQLITE_BUSY from a second planner, which busy_timeout cannot retry.
  const create = db.transaction(
    (document: PlanDocument, origin: RevisionOrigin = 'create'): StoredPlan => {
      const id = randomUUID();
      const wanted = titleOf(document, { name: UNTITLED, customer: '' });
      // A new plan never takes a name that is in the library: it becomes "Name (2)".
      const name = freeName(wanted.name, taken);
      const title = { ...wanted, name };
      const named = name === wanted.name ? document : withName(document, name);
      addRevision(id, named, 1, origin, title, now().toISOString());
      return get(id);
    },
  ).immediate;

  function current(id: string) {
    const row = q.currentText.get(id) as
      { document: string; revision: number; name: string; customer: string } | undefined;
    if (!row) throw new PlanNotFound(id);
    return row;
  }

  /** Autosave: coalesces into the latest autosaved revision while it is younger than COALESCE_MS. */
  const save = db.transaction((id: string, document: PlanDocument): PlanSummary => {
    const plan = current(id);
    const text = JSON.stringify(document);
    if (text === plan.document) return summary(id);
    const at = now();
    const title = titleOf(document, plan);
    checkFree(id, title.name, 'project.name');
    const latest = q.latestRevision.get(id, plan.revision);
    const open = latest
      ? parseRow(LatestRevisionRow, latest, `plan_revisions ${id} ${plan.revision}`)
      : undefined;
    if (open && open.origin === 'save' && at.getTime() - Date.parse(open.opened_at) < COALESCE_MS) {
      const row = { id, ...title, document: text, at: at.toISOString(), revision: plan.revision };
      q.updatePlan.run(row);
      q.updateRevision.run(row);
    } else {
      addRevision(id, document, plan.revision + 1, 'save', title, at.toISOString());
    }
    return summary(id);
  }).immediate;

  const rename = db.transaction((id: string, name: string): PlanSummary => {
    const plan = get(id);
    checkFree(id, name, 'name');
    const document = withName(plan.document, name);
    addRevision(
      id,
      document,
      plan.revision + 1,
      'rename',
      { name, customer: plan.customer },
      now().toISOString(),
    );
    return summary(id);
  }).immediate;

  /**
   * A plan file's document into the library. A plan of the same name is there already: 'ask'
   * refuses, naming the choice; 'replace' makes the file the next revision of that plan (its id, so
   * its probe results and reports stay with it); 'keep-both' adds it as "Name (2)".
   */
  const importPlan = db.transaction(
    (file: PlanDocument, existing: ExistingPlan = 'ask'): StoredPlan => {
      const document = withoutPlanId(file);
      const { name } = titleOf(document, { name: UNTITLED, customer: '' });
      const other = idOfName(name);
      if (other === undefined || existing === 'keep-both') return create(document, 'import');
      if (existing === 'ask') {
        throw new Refusal(
          'name-taken',
          text('wizard.names.importExists', { name, copy: freeName(name, taken) }),
          { field: 'existing' },
        );
      }
      const plan = get(other);
      const title = titleOf(document, plan);
      const named = withName(document, plan.name);
      addRevision(
        other,
        named,
        plan.revision + 1,
        'import',
        { ...title, name: plan.name },
        now().toISOString(),
      );
      return get(other);
    },
  ).immediate;

  /** A new revision of a whole document for a reason other than an autosave (never coalesced). */
  const record = db.transaction(
    (id: string, document: PlanDocument, origin: RevisionOrigin): PlanSummary => {
      const plan = current(id);
      const title = titleOf(document, plan);
      addRevision(id, document, plan.revision + 1, origin, title, now().toISOString());
      return summary(id);
    },
  ).immediate;

  function duplicate(id: string): StoredPlan {
    const source = get(id);
    const name = `${source.name} (copy)`.slice(0, 80);
    return create(withName(source.document, name), 'duplicate');
  }

  function remove(id: string): void {
    if (q.deletePlan.run(id).changes === 0) throw new PlanNotFound(id);
  }

  function list(): PlanSummary[] {
    return q.list.all().map((row, i) => parseRow(PlanRow, row, `plans #${i + 1}`));
  }

  function revisions(id: string): RevisionSummary[] {
    summary(id);
    return q.revisions.all(id).map((row) => parseRow(RevisionRow, row, `plan_revisions ${id}`));
  }

  function revision(id: string, number: number): StoredPlan {
    const plan = summary(id);
    const row = q.revision.get(id, number);
    if (!row) throw new PlanNotFound(id, number);
    const old = parseRow(RevisionDocumentRow, row, `plan_revisions ${id} ${number}`);
    return {
      ...plan,
      ...titleOf(old.document, plan),
      revision: old.revision,
      updatedAt: old.savedAt,
      document: old.document,
    };
  }

  return {
    list,
    get,
    create,
    importPlan,
    save,
    record,
    rename,
    duplicate,
    remove,
    revisions,
    revision,
  };
}
