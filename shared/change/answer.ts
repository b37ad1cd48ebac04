import { Refusal } from '../api/refusal';
import { text, type Text } from '../i18n';
import {
  firewallStatusKey,
  statusOf,
  STATUS_ORDER,
  type FirewallRule,
  type Matrix,
} from '../matrix';
import type { Plan, RuleStatus, RuleStatusEntry } from '../plan/schema';
import { CONTROL } from '../plan/control';
import { columnOfHeading, type ChangeColumn } from './columns';
import { statusOfWord } from './status-words';

// A network team's answer read back: the sheets of a filled change request (as rows of text, from an
// XLSX or a CSV) matched to the plan's rules by their rule key. Pure: the file is read elsewhere.

/** One sheet of the answer as its cells' text, rows as they stand in the file. */
export interface AnswerGrid {
  /** The sheet's name (a CSV: its file name). */
  name: string;
  rows: readonly (readonly string[])[];
}

/** Where a row is, as the user sees it in the spreadsheet (row numbers from 1, header included). */
export interface RowRef {
  sheet: string;
  row: number;
  ruleId?: string;
}

export interface RowNote extends RowRef {
  text: Text;
}

export interface StatusChange {
  key: string;
  ruleId: string;
  from?: RuleStatus;
  to: RuleStatus;
}

export interface ChangeAnswer {
  /** The plan and revision the sheet says it was made from. */
  sheetPlan: string;
  sheetRevision: string;
  /** Rows whose status was read (a status the rule had already counts too); a rule may have two. */
  used: number;
  /** Statuses the answer writes into the plan (new, or with another approver, date or comment). */
  written: number;
  /** Rows not used, each with why. */
  refused: RowNote[];
  /** Rows used with something to know (a comment cut). */
  notes: RowNote[];
  changes: StatusChange[];
  /** The plan's statuses after the answer. */
  statuses: Record<string, RuleStatusEntry>;
}

/** The plan the sheet is imported into, and who imports it when. */
export interface AnswerTarget {
  plan: Plan;
  matrix: Matrix;
  /** The library's id; undefined for a plan file. */
  planId?: string;
  /** Who set a status when the Approver column is empty. */
  importedBy: string;
  now: Date;
}

/** What the plan schema keeps of a name or comment. */
export const MAX_ANSWER_TEXT = 200;
const HEADER_SEARCH_ROWS = 20;
const SHOWN_RULES = 10;

/** A cell's text as the plan keeps it: on one line, without control characters, at most 200 characters. */
function oneLine(value: string): { value: string; cut: boolean } {
  const flat = value
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(new RegExp(CONTROL.source, 'gu'), '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > MAX_ANSWER_TEXT
    ? { value: `${flat.slice(0, MAX_ANSWER_TEXT - 1)}…`, cut: true }
    : { value: flat, cut: false };
}

/** The exported CSV put an apostrophe before a formula start; the answer gets its text back. */
const unneutralized = (value: string): string => value.replace(/^'(?=[=+\-@\t\r])/, '');

const DAY_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
const DAY_SLASHED_ISO = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/** A spreadsheet's day number (days since 1899-12-30): what a date becomes in a text column. */
const SERIAL_DAY = /^(\d{5})(?:\.\d+)?$/;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A day the Date column may hold: 2026-12-31 (also with a time), 31.12.2026, 31.12.26, 2026/12/31,
 * or a spreadsheet's day number (46359).
 */
export function dayOf(value: string): string | undefined {
  const v = value.trim();
  const serial = SERIAL_DAY.exec(v);
  if (serial)
    return new Date(SERIAL_EPOCH + Number(serial[1]) * 86_400_000).toISOString().slice(0, 10);
  let y: number, m: number, d: number;
  const iso = DAY_ISO.exec(v) ?? DAY_SLASHED_ISO.exec(v);
  const dotted = DAY_DOTTED.exec(v);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) {
    [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (y < 100) y += 2000;
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

interface Header {
  index: number;
  columns: Map<ChangeColumn, number>;
}

/** The first row that names the Rule key and Status columns, in either language. */
function findHeader(grid: AnswerGrid): Header | undefined {
  for (const [index, row] of grid.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns = new Map<ChangeColumn, number>();
    row.forEach((cell, i) => {
      const column = columnOfHeading(cell);
      if (column && !columns.has(column)) columns.set(column, i);
    });
    if (columns.has('ruleKey') && columns.has('status')) return { index, columns };
  }
  return undefined;
}

const listed = (ids: readonly string[]): string | Text =>
  ids.length <= SHOWN_RULES
    ? ids.join(', ')
    : text('change.import.andMore', {
        list: ids.slice(0, SHOWN_RULES).join(', '),
        count: ids.length - SHOWN_RULES,
      });

const sameEntry = (a: RuleStatusEntry | undefined, b: RuleStatusEntry) =>
  a !== undefined &&
  a.status === b.status &&
  a.by === b.by &&
  a.at === b.at &&
  a.reason === b.reason;

/**
 * The statuses a filled sheet gives the plan's rules, and every row it could not use. Refuses the
 * whole sheet (a Refusal, nothing changed) when it is no change request, is of another plan, or
 * names rules the plan no longer has.
 */
export function readAnswer(
  grids: readonly AnswerGrid[],
  target: AnswerTarget,
  fileName: string,
): ChangeAnswer {
  const { plan, matrix } = target;
  const sheets = grids.flatMap((grid) => {
    const header = findHeader(grid);
    return header ? [{ grid, header }] : [];
  });
  if (sheets.length === 0) {
    throw new Refusal('bad-request', text('change.import.notSheet', { file: fileName }));
  }

  const firewallKeyOf = new Map<string, string>();
  const ruleIdOf = new Map<string, string>();
  const firewallRuleOf = new Map<string, FirewallRule>();
  for (const r of matrix.firewallRules) {
    ruleIdOf.set(firewallStatusKey(r.key), r.id);
    firewallRuleOf.set(firewallStatusKey(r.key), r);
    for (const id of r.hostRuleIds) firewallKeyOf.set(id, r.key);
  }
  for (const r of matrix.hostRules) ruleIdOf.set(r.id, r.id);
  const currentStatus = (key: string): RuleStatusEntry | undefined => {
    if (key.startsWith('fw:')) {
      const rule = firewallRuleOf.get(key);
      return rule ? statusOf(plan.statuses, rule) : undefined;
    }
    return statusOf(plan.statuses, { key, hostRuleIds: [key] }, (id) => firewallKeyOf.get(id));
  };

  const planNames = new Set<string>();
  const planIds = new Set<string>();
  const revisions = new Set<string>();
  const unknown: string[] = [];
  const refused: RowNote[] = [];
  const notes: RowNote[] = [];
  const answers = new Map<string, { entry: RuleStatusEntry; ref: RowRef; ipVersion: string }>();
  const now = target.now.toISOString();
  let usedRows = 0;

  for (const { grid, header } of sheets) {
    const cellOf = (row: readonly string[], column: ChangeColumn): string => {
      const i = header.columns.get(column);
      return i === undefined ? '' : unneutralized(row[i] ?? '').trim();
    };
    for (let i = header.index + 1; i < grid.rows.length; i++) {
      const row = grid.rows[i]!;
      if (row.every((c) => c.trim() === '')) continue;
      const ruleIdCell = oneLine(cellOf(row, 'ruleId')).value;
      const ref: RowRef = {
        sheet: grid.name,
        row: i + 1,
        ...(ruleIdCell ? { ruleId: ruleIdCell } : {}),
      };
      const refuse = (said: Text) => refused.push({ ...ref, text: said });
      const planName = cellOf(row, 'planName');
      const planId = cellOf(row, 'planId');
      const revision = cellOf(row, 'revision');
      if (planName) planNames.add(planName);
      if (planId) planIds.add(planId);
      if (revision) revisions.add(revision);

      const key = cellOf(row, 'ruleKey');
      if (!key) {
        refuse(text('change.import.rowNoKey'));
        continue;
      }
      if (!ruleIdOf.has(key)) {
        unknown.push(ruleIdCell || key);
        continue;
      }
      const ruleId = ruleIdOf.get(key)!;
      const statusCell = oneLine(cellOf(row, 'status')).value;
      if (!statusCell) {
        refuse(text('change.import.rowNoStatus'));
        continue;
      }
      const status = statusOfWord(statusCell);
      if (!status) {
        refuse(text('change.import.rowStatusUnknown', { value: statusCell.slice(0, 40) }));
        continue;
      }
      const dateCell = oneLine(cellOf(row, 'date')).value;
      const day = dateCell ? dayOf(dateCell) : undefined;
      if (dateCell && !day) {
        refuse(text('change.import.rowDate', { value: dateCell.slice(0, 40) }));
        continue;
      }
      const first = answers.get(key);
      const ipVersion = cellOf(row, 'ipVersion');
      if (first && (first.ipVersion === ipVersion || !ipVersion)) {
        refuse(text('change.import.rowDuplicate', { rule: ruleId, first: first.ref.row }));
        continue;
      }
      const approver = oneLine(cellOf(row, 'approver'));
      const comment = oneLine(cellOf(row, 'comment'));
      if (approver.cut || comment.cut) {
        notes.push({ ...ref, text: text('change.import.rowCut', { max: MAX_ANSWER_TEXT }) });
      }
      const before = currentStatus(key);
      const same = before?.status === status;
      const entry: RuleStatusEntry = {
        status,
        by: approver.value || (same ? before.by : target.importedBy),
        at: day ?? (same ? before.at : now),
        reason: comment.value,
      };
      usedRows++;
      // The IPv4 and the IPv6 row of one rule: the rule is only as far as the less advanced of them.
      if (first && STATUS_ORDER.indexOf(first.entry.status) <= STATUS_ORDER.indexOf(status))
        continue;
      answers.set(key, { ref: { ...ref, ruleId }, entry, ipVersion });
    }
  }

  const sheetPlan = [...planNames][0] ?? '';
  if (planIds.size > 1 || planNames.size > 1) {
    throw new Refusal(
      'bad-request',
      text('change.import.mixedPlans', { plans: [...planNames, ...planIds].join(', ') }),
    );
  }
  const sheetId = [...planIds][0];
  const otherPlan =
    sheetId !== undefined && target.planId !== undefined
      ? sheetId !== target.planId
      : sheetPlan !== '' && sheetPlan !== plan.project.name;
  if (otherPlan) {
    throw new Refusal(
      'bad-request',
      text('change.import.otherPlan', {
        sheetPlan: sheetPlan || sheetId!,
        plan: plan.project.name,
      }),
    );
  }
  const sheetRevision = [...revisions].join(', ');
  if (unknown.length > 0) {
    throw new Refusal(
      'bad-request',
      text('change.import.otherRules', {
        count: unknown.length,
        revision: sheetRevision || '?',
        rules: listed(unknown),
      }),
    );
  }

  const statuses: Record<string, RuleStatusEntry> = { ...plan.statuses };
  const changes: StatusChange[] = [];
  let written = 0;
  for (const [key, { entry, ref }] of answers) {
    const own = plan.statuses[key];
    if (sameEntry(own, entry)) continue;
    statuses[key] = entry;
    written++;
    const before = currentStatus(key);
    if (before?.status !== entry.status) {
      changes.push({
        key,
        ruleId: ref.ruleId!,
        ...(before ? { from: before.status } : {}),
        to: entry.status,
      });
    }
  }
  changes.sort((a, b) => a.ruleId.localeCompare(b.ruleId, 'en', { numeric: true }));
  return {
    sheetPlan,
    sheetRevision,
    used: usedRows,
    written,
    refused,
    notes,
    changes,
    statuses,
  };
}
