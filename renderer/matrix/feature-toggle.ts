import { FEATURE_IDS, featureById, type FeatureId } from '../../shared/catalog';

/** The features a toggle leaves on: switching one on switches off the others of its exclusive group. */
export function toggledFeatures(
  features: readonly FeatureId[],
  feature: FeatureId,
): { features: FeatureId[]; switchesOff: FeatureId[] } {
  if (features.includes(feature)) {
    return { features: features.filter((f) => f !== feature), switchesOff: [] };
  }
  const group = featureById(feature).exclusiveGroup;
  const switchesOff = group
    ? features.filter(
        (f) => f !== feature && FEATURE_IDS.includes(f) && featureById(f).exclusiveGroup === group,
      )
    : [];
  return {
    features: [...features.filter((f) => !switchesOff.includes(f)), feature],
    switchesOff,
  };
}
