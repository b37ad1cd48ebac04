import { describe, expect, it } from 'vitest';
import { describeChangeLine } from '../../shared/compare';
import { computeMatrix } from '../../shared/matrix';
import { previewToggle } from '../../renderer/matrix/feature-preview';
import { examplePlan } from '../support/examples';

describe('feature previews', () => {
  it('announce the rules a toggle adds, the way the review will then show them', () => {
    const plan = examplePlan('cluster-3-islands', (doc) => {
      doc.features = doc.features.filter((f: string) => f !== 'remote-printing');
    });
    const current = computeMatrix(plan);
    const preview = previewToggle(plan, current, 'remote-printing');
    expect(preview.turnsOn).toBe(true);
    const text = preview.lines.map((l) => describeChangeLine('en', l));
    expect(text).toContain('+6 rules: 2119/tcp from 2 island sites to 3 OE nodes');
    const after = computeMatrix({ ...plan, features: [...plan.features, 'remote-printing'] });
    const added = preview.lines.filter((l) => l.sign === '+').reduce((n, l) => n + l.rules, 0);
    const removed = preview.lines.filter((l) => l.sign === '-').reduce((n, l) => n + l.rules, 0);
    expect(after.hostRules.length).toBe(current.hostRules.length + added - removed);
    expect(preview.firewallRulesAfter).toBe(after.firewallRules.length);
  });
});
