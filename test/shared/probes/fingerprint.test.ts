import { describe, expect, it } from 'vitest';
import { reportFingerprint } from '../../../shared/probes/fingerprint';
import { examplePlan } from '../../support/examples';

describe('what a probe report was run against', () => {
  it('is the same plan after a rename or a new contact, never matched by the name', () => {
    const plan = examplePlan('cluster-3-islands');
    const renamed = examplePlan('cluster-3-islands', (d) => {
      d.project.name = 'Another name';
      d.change = { ticket: 'CHG-1' };
    });
    expect(reportFingerprint(renamed)).toBe(reportFingerprint(plan));
  });

  it('is another plan when its rules differ (two nodes more), or when it is another plan of the library', () => {
    const plan = examplePlan('cluster-3-islands');
    const moreRules = examplePlan('cluster-3-islands', (d) =>
      d.nodes.push({ name: 'oe4', address: '10.99.0.4' }, { name: 'oe5', address: '10.99.0.5' }),
    );
    expect(reportFingerprint(moreRules)).not.toBe(reportFingerprint(plan));
    const stored = (id: string) => examplePlan('cluster-3-islands', (d) => (d.planId = id));
    expect(reportFingerprint(stored('a'))).not.toBe(reportFingerprint(stored('b')));
  });
});
