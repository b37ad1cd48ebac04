export {
  diffHostRules,
  type RuleDiff,
  type RuleChange,
  type ZonePairDiff,
  type ComparedField,
} from './diff';
export { changeLines, describeChangeLine, type ChangeLine } from './describe';
