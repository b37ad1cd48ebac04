import type { HostRule } from '../matrix/model';
import { Coverage } from '../probes/coverage';
import type { ProbeResult, ProbeStatus } from '../probes/model';

export { newestPerRuleAndSource } from '../probes/coverage';

/** One rule of the campaign: its source host and what the newest probe from there found. */
export interface RuleCoverage {
  ruleId: string;
  source: string;
  destination: string;
  port: number;
  protocol: string;
  /** Absent: the source has not run (no report from it, or the rule was not in its report). */
  status?: ProbeStatus;
}

export interface CampaignCoverage {
  /** Every host rule a campaign host is the source of. */
  rules: RuleCoverage[];
  verified: number;
  blocked: number;
  /** Probed, but not verified nor blocked (open, refused, unreachable, untested...). */
  other: number;
  notRun: number;
  /** Hosts that should have probed and sent no report. */
  hostsNotRun: string[];
}

const HOST = 'host:';

/** Which rules were proved from their source, which found blocked, which not run yet. */
export function campaignCoverage(
  rules: readonly HostRule[],
  probers: readonly string[],
  results: readonly ProbeResult[],
): CampaignCoverage {
  const coverage = new Coverage(results);
  const probing = new Set(probers.map((p) => p.toLowerCase()));
  const reported = new Set(results.map((r) => r.probeHost.toLowerCase()));
  const covered: RuleCoverage[] = [];
  for (const rule of rules) {
    if (!rule.sourceKey.startsWith(HOST)) continue;
    const source = rule.sourceKey.slice(HOST.length);
    if (!probing.has(source.toLowerCase())) continue;
    const result = coverage.resultOf(rule);
    covered.push({
      ruleId: rule.id,
      source,
      destination: rule.destinationName,
      port: rule.port,
      protocol: rule.protocol,
      ...(result ? { status: result.status } : {}),
    });
  }
  const count = (test: (r: RuleCoverage) => boolean) => covered.filter(test).length;
  return {
    rules: covered,
    verified: count((r) => r.status === 'verified'),
    blocked: count((r) => r.status === 'blocked'),
    other: count(
      (r) => r.status !== undefined && r.status !== 'verified' && r.status !== 'blocked',
    ),
    notRun: count((r) => r.status === undefined),
    hostsNotRun: probers.filter((p) => !reported.has(p.toLowerCase())),
  };
}
