import type { HostRule } from '../matrix/model';
import { hostAddress, plannedHosts, type HostSystem, type Plan } from '../plan';
import { listenPorts, reachTargets } from '../probes/scope';

// Which hosts of a plan take part in a campaign, in which inventory group, doing what.

/**
 * The inventory's groups. Client groups and printer networks are address lists, not hosts: no
 * group runs them (their rules stay "not run" until probed from a machine there by hand).
 */
export const CAMPAIGN_GROUPS = [
  'oe_nodes',
  'management',
  'servers',
  'islands',
  'external',
] as const;
export type CampaignGroup = (typeof CAMPAIGN_GROUPS)[number];

export interface CampaignHost {
  /** The plan host's name: the inventory name and `--as`. */
  name: string;
  /** ansible_host: the planned IP address, else the FQDN, else the name. */
  address: string;
  group: CampaignGroup;
  os: HostSystem;
  /** Host rules this host is the source of with a single address as destination. */
  probes: number;
  /** Ports the responder opens here; 0 for external systems (their own services listen). */
  listens: number;
}

export interface CampaignScope {
  hosts: CampaignHost[];
  /** Client groups: no single host to run on; their rules are "not run" after the campaign. */
  clientGroups: string[];
}

/** The group of a host by the field the plan lists it in (shared/plan plannedHosts' paths). */
function groupOf(path: string): CampaignGroup {
  if (path.startsWith('nodes[')) return 'oe_nodes';
  if (path === 'managementServer') return 'management';
  if (path.startsWith('islandSites[')) return 'islands';
  // A load balancer is an appliance like the customer's own systems: probed, never run on.
  if (path.startsWith('externalSystems[') || path === 'loadBalancer') return 'external';
  return 'servers';
}

/** Every host that probes or answers in a campaign of the plan, in the plan's order. */
export function campaignScope(plan: Plan, rules: readonly HostRule[]): CampaignScope {
  const hosts: CampaignHost[] = [];
  const seen = new Set<string>();
  for (const { path, host } of plannedHosts(plan)) {
    const key = host.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const group = groupOf(path);
    const probes = reachTargets(rules, plan.project.name, host.name).targets.length;
    const listens = group === 'external' ? 0 : listenPorts(rules, host.name).length;
    if (probes === 0 && listens === 0) continue;
    // Absent: the OE servers' system for OE nodes and the management server, Linux elsewhere.
    const os =
      host.os ??
      (group === 'oe_nodes' || group === 'management' ? plan.project.os : ('linux' as const));
    hosts.push({ name: host.name, address: hostAddress(host), group, os, probes, listens });
  }
  return { hosts, clientGroups: plan.clientGroups.map((g) => g.name) };
}
