import type { IssueParams } from '../i18n';
import { activeFlows, type ActiveFlow } from './active-flows';
import { planIssue, type PlanIssue } from './issues';
import { PLAN_LIMITS } from './limits';
import type { Plan } from './schema';

// The host rule limit (PLAN_LIMITS.hostRules), checked on a parsed plan before its matrix is computed.
// Apart from ./limits, which the schema itself reads its list limits from.

/** Source-destination pairs of one flow that cross a network, counted without listing them. */
function pairCount({ sources, destinations }: ActiveFlow): number {
  const bySite = (list: ActiveFlow['sources']) => {
    const counts = new Map<string, number>();
    for (const e of list) if (e.site) counts.set(e.site, (counts.get(e.site) ?? 0) + 1);
    return counts;
  };
  const sourceSites = bySite(sources);
  const destinationSites = bySite(destinations);
  const sited = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  let sameSite = 0;
  for (const [site, n] of sourceSites) sameSite += n * (destinationSites.get(site) ?? 0);
  // Island to island traffic only stays within one site (crossesNetwork).
  const otherSites = sited(sourceSites) * sited(destinationSites) - sameSite;
  const destinationKeys = new Set(destinations.map((d) => d.key));
  const toItself = sources.filter((s) => destinationKeys.has(s.key)).length;
  return sources.length * destinations.length - otherSites - toItself;
}

/** At most this many host rules: merging claims that need the same rule only makes fewer. */
export function hostRuleBound(plan: Plan): number {
  return activeFlows(plan).reduce((sum, flow) => sum + pairCount(flow), 0);
}

/** A plan within the lists' limits that would still expand past the host rule limit. */
export function checkPlanSize(plan: Plan): PlanIssue[] {
  const count = hostRuleBound(plan);
  if (count <= PLAN_LIMITS.hostRules) return [];
  const params: IssueParams = { count, maximum: PLAN_LIMITS.hostRules };
  return [planIssue('error', '', 'too-many-host-rules', params)];
}
