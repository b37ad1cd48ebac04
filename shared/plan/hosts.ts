import { hostAddress } from './endpoints';
import type { Host, Plan } from './schema';

/** A named host of the plan, with the field it is entered in. */
export interface PlannedHost {
  /** e.g. "nodes[0]", "placement.elastic.hosts[1]", "islandSites[0].checkoutHosts[0]". */
  path: string;
  host: Host;
}

/**
 * Every named host of the plan, in the order the plan lists them, whether or not any rule names it.
 * A dedicated host that carries several components appears once per placement.
 */
export function plannedHosts(plan: Plan): PlannedHost[] {
  const hosts: PlannedHost[] = [];
  plan.nodes.forEach((host, i) => hosts.push({ path: `nodes[${i}]`, host }));
  if (plan.managementServer) hosts.push({ path: 'managementServer', host: plan.managementServer });
  if (plan.loadBalancer) hosts.push({ path: 'loadBalancer', host: plan.loadBalancer });
  if (plan.sapwinServer) hosts.push({ path: 'sapwinServer', host: plan.sapwinServer });
  for (const [component, placement] of Object.entries(plan.placement)) {
    placement.hosts.forEach((host, i) =>
      hosts.push({ path: `placement.${component}.hosts[${i}]`, host }),
    );
  }
  plan.islandSites.forEach((site, s) =>
    site.checkoutHosts.forEach((host, i) =>
      hosts.push({ path: `islandSites[${s}].checkoutHosts[${i}]`, host }),
    ),
  );
  plan.externalSystems.forEach((host, i) => hosts.push({ path: `externalSystems[${i}]`, host }));
  return hosts;
}

/** One host of the plan by name, with the address its rules use (IP, else FQDN, else the name). */
export interface PlanHost {
  name: string;
  address: string;
}

/** The plan's hosts, each name once (case does not matter), sorted by name. */
export function planHosts(plan: Plan): PlanHost[] {
  const byName = new Map<string, PlanHost>();
  for (const { host } of plannedHosts(plan)) {
    const key = host.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, { name: host.name, address: hostAddress(host) });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The plan host with this name (case and surrounding spaces do not matter), or undefined. */
export function findPlanHost(plan: Plan, name: string): PlanHost | undefined {
  const wanted = name.trim().toLowerCase();
  return planHosts(plan).find((h) => h.name.toLowerCase() === wanted);
}
