import { describe, expect, it } from 'vitest';
import {
  FEATURES,
  excludedBy,
  exclusiveClashes,
  toggledFeatures,
  type FeatureId,
} from '../../../shared/catalog';
import { validatePlan } from '../../../shared/plan';
import { exampleDocument } from '../../support/examples';

const groups = new Map<string, FeatureId[]>();
for (const f of FEATURES)
  if ('exclusiveGroup' in f)
    groups.set(f.exclusiveGroup, [...(groups.get(f.exclusiveGroup) ?? []), f.id]);

describe('exclusive features', () => {
  it('switch off the other feature of an exclusive group', () => {
    expect(toggledFeatures(['lpr', 'seal-keycloak'], 'external-idp')).toEqual({
      features: ['lpr', 'external-idp'],
      switchesOff: ['seal-keycloak'],
    });
    expect(toggledFeatures(['lpr', 'kibana'], 'kibana').features).toEqual(['lpr']);
  });

  it('name the other members of each group of the catalog, and nothing for a feature without one', () => {
    expect(groups.size).toBeGreaterThan(0);
    for (const members of groups.values())
      for (const id of members)
        expect(excludedBy(id)).toEqual(members.filter((other) => other !== id));
    expect(excludedBy('lpr')).toEqual([]);
  });

  it('are the clashes validation reports, one error per group', () => {
    const all = [...groups.values()];
    expect(exclusiveClashes(all.flat())).toEqual(all);
    expect(exclusiveClashes(['lpr', ...all.map((members) => members[0]!)])).toEqual([]);
    const doc = exampleDocument('cluster-5-every-feature');
    doc.features = [...new Set([...(doc.features as FeatureId[]), ...all.flat()])];
    const { issues } = validatePlan(doc);
    const reported = issues.filter((i) => i.code === 'features-exclusive');
    expect(reported.map((i) => i.params.features)).toEqual(all);
  });
});
