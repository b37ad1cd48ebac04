import { expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { evidenceSplit, portsText, presalesSummary } from '../../../shared/summary';
import { examplePlan } from '../../support/examples';
import { meshPorts } from '../../support/expected';

it('splits documented from inferred rules with shares that add up to 100', () => {
  const plan = examplePlan('cluster-3-islands');
  const { byEvidence } = presalesSummary(plan, computeMatrix(plan));
  // The mesh on the cluster table's ports rests on the page's sentence (seed), MongoDB's is ours
  // (inferred); test/shared/summary/presales.test.ts has the reasoning for the rest.
  const { cluster, mongodb } = meshPorts(plan);
  const pairs = plan.nodes.length * (plan.nodes.length - 1);
  const documented = pairs * cluster.length + 7 + 4;
  const inferred = pairs * mongodb.length + 14;
  const documentedPercent = Math.round((100 * documented) / (documented + inferred));
  expect(documentedPercent).toBeGreaterThan(90);
  expect(evidenceSplit(byEvidence)).toEqual({
    documented,
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
