import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../shared/plan';
import { PLAN_LIMITS } from '../../../shared/plan/limits';
import { hostRuleBound } from '../../../shared/plan/rule-bound';
import { generatedDocument, LARGE } from '../../support/generated-plans';

// The limits are the large benchmark plan's sizes (docs/plan-format.md, "Limits"): that plan is
// accepted, and a plan one host rule past the limit is refused.

type Document = ReturnType<typeof generatedDocument>;

/** The large benchmark plan with single LPR client and API consumer addresses added. */
function largeWith(lprClients: number, apiConsumers: number): Document {
  const document = generatedDocument(LARGE);
  let next = 0;
  const add = (kind: string, count: number) => {
    for (const group of document.clientGroups.filter((g) => g.kind === kind)) {
      const added = Math.min(count, PLAN_LIMITS.addresses - group.addresses.length);
      for (let i = 0; i < added; i++, next++)
        group.addresses.push(`10.200.${next >> 8}.${next & 255}`);
      count -= added;
    }
    expect(count, `room for more ${kind}`).toBe(0);
  };
  add('lpr-clients', lprClients);
  add('api-consumers', apiConsumers);
  return document;
}

function bound(document: Document): number {
  const { plan, issues } = validatePlan(document);
  expect(issues).toEqual([]);
  return hostRuleBound(plan!);
}

describe('the host rule limit', () => {
  it('accepts the large benchmark plan, and a plan at the limit, and refuses one rule more', () => {
    const large = bound(largeWith(0, 0));
    expect(large).toBeLessThanOrEqual(PLAN_LIMITS.hostRules);
    // One LPR client adds a rule per node; one API consumer one more (so any count is reachable).
    const perClient = bound(largeWith(1, 0)) - large;
    expect(perClient).toBe(LARGE.nodes);
    expect(bound(largeWith(0, 1)) - large).toBe(perClient + 1);
    const adding = (rules: number) => {
      const consumers = rules % perClient;
      return largeWith(Math.floor(rules / perClient) - consumers, consumers);
    };

    expect(bound(adding(PLAN_LIMITS.hostRules - large))).toBe(PLAN_LIMITS.hostRules);
    const over = validatePlan(adding(PLAN_LIMITS.hostRules + 1 - large));
    expect(over.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '',
        code: 'too-many-host-rules',
        params: { count: PLAN_LIMITS.hostRules + 1, maximum: PLAN_LIMITS.hostRules },
      }),
    ]);
  }, 60_000);
});
