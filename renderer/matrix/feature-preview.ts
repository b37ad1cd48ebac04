import { changeLines, diffHostRules } from '../../shared/compare';
import { computeMatrix, type Matrix } from '../../shared/matrix';
import type { Plan } from '../../shared/plan';
import { toggledFeatures, type FeatureId } from '../../shared/catalog';
import type { FeaturePreview } from './protocol';

/** What the rules of the plan would be with one feature toggled, against the current matrix. */
export function previewToggle(plan: Plan, current: Matrix, feature: FeatureId): FeaturePreview {
  const { features, switchesOff } = toggledFeatures(plan.features, feature);
  const toggled = computeMatrix({ ...plan, features });
  const diff = diffHostRules(current.hostRules, toggled.hostRules);
  return {
    feature,
    turnsOn: !plan.features.includes(feature),
    switchesOff,
    lines: [...changeLines('+', diff.added), ...changeLines('-', diff.removed)],
    firewallRulesBefore: current.firewallRules.length,
    firewallRulesAfter: toggled.firewallRules.length,
  };
}
