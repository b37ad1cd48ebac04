import type { Plan } from '../plan/schema';
import { activeFlows } from '../plan/active-flows';
import { computeFirewallRules } from './firewall-rules';
import { computeFlows } from './flows';
import { computeHostRules } from './host-rules';
import type { Matrix } from './model';
import { computeZoneGrid } from './zone-grid';

export * from './model';
export { activeFlows, computeFlows, computeHostRules, computeFirewallRules, computeZoneGrid };
export { formatPortRanges } from './port-ranges';
export { ruleKey } from './firewall-rules';
export {
  firewallStatusKey,
  statusOf,
  STATUS_ORDER,
  type Statuses,
  type StatusSubject,
} from './status';
export { latestUntil, temporaryFeatures, temporaryUntil, type TemporaryUntil } from './temporary';

/** Plan + catalog to every level of the matrix, deterministically. */
export function computeMatrix(plan: Plan): Matrix {
  const active = activeFlows(plan);
  const hostRules = computeHostRules(active);
  return {
    flows: computeFlows(active),
    hostRules,
    firewallRules: computeFirewallRules(hostRules),
    zoneGrid: computeZoneGrid(hostRules),
  };
}
export {
  levelTable,
  tableIn,
  catalogTable,
  hostRuleRow,
  firewallRuleRow,
  HOST_RULE_COLUMNS,
  FIREWALL_RULE_COLUMNS,
  type Table,
} from './tables';
