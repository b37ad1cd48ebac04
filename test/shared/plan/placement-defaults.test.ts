import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../shared/plan';
import { exampleDocument } from '../../support/examples';

const placementOf = (edit: (doc: any) => void) => {
  const doc = structuredClone(exampleDocument('cluster-3-islands')) as any;
  delete doc.placement;
  edit(doc);
  const { plan } = validatePlan(doc);
  return plan && Object.fromEntries(Object.entries(plan.placement).map(([c, p]) => [c, p.on]));
};

describe('where components go when the plan does not say', () => {
  it('puts the Elastic Stack and Keycloak on the management server of a cluster, as the vendor recommends', () => {
    expect(placementOf(() => {})).toEqual({
      elastic: 'management-server',
      mongodb: 'oe-nodes',
      keycloak: 'management-server',
    });
  });

  it('keeps them on the OE nodes of a cluster without a management server', () => {
    expect(placementOf((d) => delete d.managementServer)).toEqual({
      elastic: 'oe-nodes',
      mongodb: 'oe-nodes',
      keycloak: 'oe-nodes',
    });
  });

  it('keeps what the plan says', () => {
    expect(
      placementOf(
        (d) => (d.placement = { elastic: { on: 'oe-nodes' }, keycloak: { on: 'oe-nodes' } }),
      ),
    ).toEqual({ elastic: 'oe-nodes', mongodb: 'oe-nodes', keycloak: 'oe-nodes' });
  });
});
