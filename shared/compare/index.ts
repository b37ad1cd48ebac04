export {
  diffHostRules,
  countByZonePair,
  type RuleDiff,
  type RuleChange,
  type ZonePairDiff,
  type ComparedField,
} from './diff';
export {
  diffFirewallRules,
  firewallFieldText,
  type FirewallDiff,
  type FirewallRuleChange,
  type FirewallField,
} from './firewall-diff';
export {
  compareMatrices,
  comparisonTable,
  fieldChangesText,
  listDelta,
  COMPARISON_LEVELS,
  CHANGE_KINDS,
  type ComparisonLevel,
  type ChangeKind,
  type ComparedRule,
  type FieldChange,
  type PlanComparison,
} from './comparison';
export { changeLines, describeChangeLine, describeFieldChange, type ChangeLine } from './describe';
export { compareStatuses, type StatusChangeRow } from './status-diff';
