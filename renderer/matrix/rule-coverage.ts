import type { Matrix } from '../../shared/matrix';
import type { FirewallRule, HostRule } from '../../shared/matrix/model';
import {
  Coverage,
  firewallCoverageStates,
  hostCoverageStates,
  summarizeCoverage,
  type CoverageSummary,
} from '../../shared/probes/coverage';
import type { DisplayRow, RuleLevel, RuleProbe } from './protocol';

/** Rules of both levels by coverage. */
export type CoverageSummaries = Record<RuleLevel, CoverageSummary>;

const nothingRun = (total: number): CoverageSummary => ({
  total,
  verified: 0,
  blocked: 0,
  unconfirmed: 0,
  notRun: total,
});

/**
 * The worker's coverage of the current matrix: the summary for the review's line, and each
 * shown row's sources. Rules are found by id only when asked (a large plan has ~500k host rules).
 */
export class RuleCoverage {
  readonly #coverage: Coverage;
  readonly #empty: boolean;
  #hostRules: Map<string, HostRule> | null = null;
  #firewallRules: Map<string, FirewallRule> | null = null;
  #summaries: CoverageSummaries | null = null;

  constructor(
    readonly matrix: Matrix,
    results: ReadonlyArray<RuleProbe & { ruleId: string }>,
  ) {
    this.#coverage = new Coverage(results);
    this.#empty = results.length === 0;
  }

  #hostRule = (id: string): HostRule | undefined => {
    this.#hostRules ??= new Map(this.matrix.hostRules.map((r) => [r.id, r]));
    return this.#hostRules.get(id);
  };

  summaries(): CoverageSummaries {
    if (this.#empty) {
      return {
        firewall: nothingRun(this.matrix.firewallRules.length),
        hosts: nothingRun(this.matrix.hostRules.length),
      };
    }
    this.#summaries ??= {
      firewall: summarizeCoverage(firewallCoverageStates(this.#coverage, this.matrix)),
      hosts: summarizeCoverage(hostCoverageStates(this.#coverage, this.matrix.hostRules)),
    };
    return this.#summaries;
  }

  /** The rows with each rule's coverage by source. */
  decorate(level: RuleLevel, rows: DisplayRow[]): DisplayRow[] {
    return rows.map((row) => {
      if (row.kind !== 'rule') return row;
      if (level === 'hosts') {
        const rule = this.#hostRule(row.id);
        return rule ? { ...row, coverage: this.#coverage.ofHostRule(rule) } : row;
      }
      this.#firewallRules ??= new Map(this.matrix.firewallRules.map((r) => [r.id, r]));
      const rule = this.#firewallRules.get(row.id);
      return rule ? { ...row, coverage: this.#coverage.ofFirewallRule(rule, this.#hostRule) } : row;
    });
  }
}
