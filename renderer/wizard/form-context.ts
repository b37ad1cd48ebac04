import { getContext, setContext } from 'svelte';
import type { PlanIssue } from '../../shared/plan';
import type { PlanSession } from '../plan/plan-session.svelte';

/** What every field of the wizard needs, handed down by the wizard instead of through each level. */
export interface FormContext {
  /** The open plan: its document, its validation, its matrix. */
  session: PlanSession;
  /** The issues of exactly this field that are shown now (its step was left, or it was touched). */
  shownIssues(path: string): PlanIssue[];
  /** A field was left: its issues show from now on. */
  touch(path: string): void;
  /** Ask the wizard to bring a field into view and focus it (error summary links). */
  reveal(path: string): void;
  /** The field the wizard is bringing into view: long lists page it in. */
  readonly revealing: string | null;
}

const KEY = Symbol('form');
export const setForm = (form: FormContext) => setContext(KEY, form);
export const getForm = () => getContext<FormContext>(KEY);

/** The element id of a field: "nodes[1].address" → "f-nodes-1-address". */
export const fieldId = (path: string) => `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
