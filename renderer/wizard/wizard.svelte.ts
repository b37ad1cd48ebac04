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

/** Where the technician is in the wizard and what each step's status is. */
export class WizardState {
  index = $state(0);
  /** Steps left at least once: their issues show next to the fields. */
  readonly left = new SvelteSet<StepId>();
  /** The field an error summary link asked for. */
  revealing: string | null = $state(null);

  readonly step = $derived(STEPS[this.index]!);
  readonly issuesByStep: Map<StepId, PlanIssue[]>;

  /** A reopened plan (an existing one) has had its every step filled in before. */
  constructor(private readonly session: PlanSession) {
    this.issuesByStep = $derived(groupIssues(session.issues, (i) => stepOfPath(i.path)));
    // Typed as any Step: once every step has its view, TypeScript would call the check always true.
    if (session.reopened) for (const step of STEPS) if ((step as Step).view) this.left.add(step.id);
  }

  issuesOf(id: StepId): PlanIssue[] {
    return this.issuesByStep.get(id) ?? [];
  }

  status(id: StepId): StepStatus {
    const step = STEPS.find((s) => s.id === id)!;
    const issues = this.issuesOf(id);
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    const state: StepState = !step.view
      ? 'upcoming'
      : !this.left.has(id)
        ? 'not-visited'
        : this.session.checking
          ? 'checking'
          : errors > 0
            ? 'errors'
            : 'complete';
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
