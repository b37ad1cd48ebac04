import { SvelteSet } from 'svelte/reactivity';
import type { PlanIssue } from '../../shared/plan';
import { groupIssues } from '../plan/issue-groups';
import type { PlanSession } from '../plan/plan-session.svelte';
import { STEPS, stepOfPath, type Step, type StepId } from './steps';

/** 'checking': the plan has not been validated yet since it was opened. */
export type StepState = 'checking' | 'complete' | 'errors' | 'not-visited' | 'upcoming';
export interface StepStatus {
  state: StepState;
  errors: number;
  warnings: number;
}

/** A touched field shows its own issues, its container's, and those of the items it lists. */
const covers = (touched: string, path: string) =>
  touched === path ||
  touched.startsWith(`${path}.`) ||
  touched.startsWith(`${path}[`) ||
  path.startsWith(`${touched}[`);

const VISITED_KEY = (planId: string) => `oe-ports.visited.${planId}`;

/** The steps of this plan shown in this browser tab (a reload keeps them; another tab does not). */
function loadVisited(planId: string): StepId[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(VISITED_KEY(planId)) ?? '[]');
    const ids = new Set<string>(STEPS.map((s) => s.id));
    return Array.isArray(stored) ? stored.filter((id): id is StepId => ids.has(id as string)) : [];
  } catch {
    return [];
  }
}

/** The index of a step in the address; an unknown one is the first step. */
export const stepIndexOf = (id: string | null | undefined): number =>
  Math.max(
    0,
    STEPS.findIndex((s) => s.id === id && (s as Step).view),
  );

/** Where the technician is in the wizard and what each step's status is. */
export class WizardState {
  /** The step shown: the session keeps it, so that the address can name it. */
  get index(): number {
    return stepIndexOf(this.session.step);
  }
  set index(index: number) {
    this.session.step = STEPS[index]!.id;
  }
  /** Steps left at least once: their issues show next to the fields. */
  readonly left = new SvelteSet<StepId>();
  /** Steps shown at least once: only those can be complete. */
  readonly visited: SvelteSet<StepId>;
  /** The field an error summary link asked for. */
  revealing: string | null = $state(null);

  readonly step = $derived(STEPS[this.index]!);
  readonly issuesByStep: Map<StepId, PlanIssue[]>;

  /** A reopened plan (an existing one) has had its every step filled in before. */
  constructor(private readonly session: PlanSession) {
    this.issuesByStep = $derived(groupIssues(session.issues, (i) => stepOfPath(i.path)));
    // Typed as any Step: once every step has its view, TypeScript would call the check always true.
    if (session.reopened) for (const step of STEPS) if ((step as Step).view) this.left.add(step.id);
    this.visited = new SvelteSet(loadVisited(session.id));
    this.visit();
  }

  /** The step shown now counts as visited (kept for this tab, per plan). */
  visit(): void {
    const id = this.step.id;
    if (this.visited.has(id)) return;
    this.visited.add(id);
    try {
      sessionStorage.setItem(VISITED_KEY(this.session.id), JSON.stringify([...this.visited]));
    } catch {
      // A browser without session storage forgets them on reload: nothing else depends on it.
    }
  }

  issuesOf(id: StepId): PlanIssue[] {
    return this.issuesByStep.get(id) ?? [];
  }

  status(id: StepId): StepStatus {
    const step = STEPS.find((s) => s.id === id)!;
    const issues = this.issuesOf(id);
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    // Complete only once seen and without errors; errors show as such once the step was left.
    const state: StepState = !step.view
      ? 'upcoming'
      : !this.visited.has(id)
        ? 'not-visited'
        : this.session.checking
          ? 'checking'
          : errors === 0
            ? 'complete'
            : this.left.has(id)
              ? 'errors'
              : 'not-visited';
    return { state, errors, warnings };
  }

  shownIssues(path: string): PlanIssue[] {
    const issues = this.session.issuesAt(path);
    if (issues.length === 0) return issues;
    if (this.left.has(stepOfPath(path))) return issues;
    for (const touched of this.session.editor.touched) if (covers(touched, path)) return issues;
    return [];
  }

  goTo(index: number): void {
    const target = STEPS[index];
    if (!target?.view || index === this.index) return;
    this.left.add(this.step.id);
    this.index = index;
    this.visit();
  }

  /** Show the step an address names (Back, Forward, a link): the one shown before counts as left. */
  show(id: string): void {
    this.goTo(stepIndexOf(id));
  }

  /** Next, unless the step has errors: then they are shown and the wizard stays. */
  next(): boolean {
    // Unvalidated is neither valid nor invalid: the wizard waits for the check (see Wizard.svelte).
    if (this.session.checking) return false;
    const errors = this.issuesOf(this.step.id).some((i) => i.severity === 'error');
    if (errors) {
      this.left.add(this.step.id);
      return false;
    }
    this.goTo(this.index + 1);
    return true;
  }

  back(): void {
    this.goTo(this.index - 1);
  }

  get hasNext(): boolean {
    return Boolean(STEPS[this.index + 1]?.view);
  }
}
