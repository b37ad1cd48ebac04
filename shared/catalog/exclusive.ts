import { FEATURES, featureById } from './features';
import type { FeatureId } from './model';

// The one home of "features of one group exclude each other": validation, the Features step and
// the toggle previews all ask here.

/** The other features of `feature`'s exclusive group, in catalog order; [] when it has none. */
export function excludedBy(feature: FeatureId): FeatureId[] {
  const group = featureById(feature).exclusiveGroup;
  if (!group) return [];
  return FEATURES.filter(
    (f) => f.id !== feature && 'exclusiveGroup' in f && f.exclusiveGroup === group,
  ).map((f) => f.id);
}

/** Each group of features that are on together although they exclude each other, in catalog order. */
export function exclusiveClashes(features: readonly FeatureId[]): FeatureId[][] {
  const on = new Set(features);
  const byGroup = new Map<string, FeatureId[]>();
  for (const f of FEATURES) {
    if (!('exclusiveGroup' in f) || !on.has(f.id)) continue;
    byGroup.set(f.exclusiveGroup, [...(byGroup.get(f.exclusiveGroup) ?? []), f.id]);
  }
  return [...byGroup.values()].filter((chosen) => chosen.length > 1);
}

/** The features a toggle leaves on: switching one on switches off the others of its exclusive group. */
export function toggledFeatures(
  features: readonly FeatureId[],
  feature: FeatureId,
): { features: FeatureId[]; switchesOff: FeatureId[] } {
  if (features.includes(feature)) {
    return { features: features.filter((f) => f !== feature), switchesOff: [] };
  }
  const others = excludedBy(feature);
  const switchesOff = features.filter((f) => others.includes(f));
  return {
    features: [...features.filter((f) => !switchesOff.includes(f)), feature],
    switchesOff,
  };
}
