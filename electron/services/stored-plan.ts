import { ApiFailure, type StoredPlan } from '../../shared/api/contract';
import { text } from '../../shared/i18n';
import { hasErrors, validatePlan, type Plan } from '../../shared/plan';
import { mapped } from './api-errors';
import type { Store } from './store';

/**
 * A stored plan whose rules can be computed: the library keeps work in progress with errors, but
 * nothing can be exported (or probed) from it. `then` says what the user can do once it is fixed.
 */
export async function loadValidPlan(
  store: Store,
  id: string,
  then: 'export' | 'probe' | 'summary',
): Promise<{ stored: StoredPlan; plan: Plan }> {
  const stored = await mapped(() => store.plans.get(id));
  const { plan, issues } = validatePlan(stored.document);
  if (!plan || hasErrors(issues)) {
    const errors = issues.filter((i) => i.severity === 'error').length;
    throw new ApiFailure(
      'invalid-plan',
      text(`errors.planHasErrors.${then}`, { name: stored.name, count: errors }),
      issues,
    );
  }
  return { stored, plan };
}
