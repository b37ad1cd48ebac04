import { expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { evidenceSplit, portsText, presalesSummary } from '../../../shared/summary';
import { examplePlan } from '../../support/examples';
import { meshRules } from '../../support/expected';

it('splits documented from inferred rules with shares that add up to 100', () => {
  const plan = examplePlan('cluster-3-islands');
  const { byEvidence } = presalesSummary(plan, computeMatrix(plan));
  // 13 vendor port list + 3 vendor docs = 16 documented of 241 (6.6 %), 225 inferred (93.4 %): the
  // mesh and 9 more (test/shared/summary/presales.test.ts has the reasoning).
  const inferred = meshRules(plan) + 9;
  const documentedPercent = Math.round((100 * 16) / (16 + inferred));
  expect(documentedPercent).toBeGreaterThan(0);
  expect(evidenceSplit(byEvidence)).toEqual({
    documented: 16,
    inferred,
    documentedPercent,
    inferredPercent: 100 - documentedPercent,
  });
  expect(evidenceSplit({ seed: 0, docs: 0, inferred: 0 })).toEqual({
    documented: 0,
    inferred: 0,
    documentedPercent: 0,
    inferredPercent: 0,
  });
});

it('writes an opening’s ports once per transport, as the open questions do', () => {
  expect(portsText(['53/tcp', '8300-8302/tcp', '53/udp', '8301-8302/udp'])).toBe(
    '53,8300-8302/tcp 53,8301-8302/udp',
  );
  expect(portsText([])).toBe('');
});
