import { text, type Text } from '../i18n';
import type { FirewallRule, HostRule } from '../matrix/model';
import type { ProbeResult, ProbeStatus } from './model';

// Which of a rule's planned sources proved it. A path is proven only from its real source: a
// host rule's source is one plan host (only that host's results count) or one address of a
// client group or network (any address of that group counts: "any address of <group>").
// A firewall rule's sources are those of its host rules. Each source's newest result counts.

/** What one planned source found for a rule. */
export const SOURCE_STATES = ['verified', 'blocked', 'unconfirmed', 'not-run'] as const;
export type SourceState = (typeof SOURCE_STATES)[number];

/**
 * A rule as a whole: verified from every planned source; blocked from at least one; not run
 * from any; else unconfirmed (some sources verified or still to run, or no banner came back).
 */
export type CoverageState = SourceState;

/** A source as the coverage names it: a plan host, or any address of a group. */
export interface CoverageSource {
  /** "host:oe1", or "clients:Office" for every address of the group. */
  key: string;
  name: string;
  group: boolean;
}

export interface SourceCoverage extends CoverageSource {
  state: SourceState;
  /** The newest result's time; absent when not run. */
  probedAt?: string;
}

export interface RuleCoverage {
  state: CoverageState;
  /** In the order the rule names them. */
  sources: SourceCoverage[];
}

export interface CoverageSummary {
  total: number;
  verified: number;
  blocked: number;
  notRun: number;
  unconfirmed: number;
}

/** Only our responder's banner proves a path; a firewall's drop or reject shows it is blocked. */
function stateOf(status: ProbeStatus | undefined): SourceState {
  if (status === undefined) return 'not-run';
  if (status === 'verified') return 'verified';
  if (status === 'blocked' || status === 'unreachable') return 'blocked';
  return 'unconfirmed';
}

/** The planned source of a host rule: its host, or its group as one source. */
export function sourceOf(rule: HostRule): CoverageSource {
  if (rule.sourceKey.startsWith('host:')) {
    return { key: rule.sourceKey, name: rule.sourceName, group: false };
  }
  // `${prefix}:${group}:${address}`: the group without the address.
  const suffix = `:${rule.source}`;
  const key = rule.sourceKey.endsWith(suffix)
    ? rule.sourceKey.slice(0, -suffix.length)
    : rule.sourceKey;
  return { key, name: rule.sourceName, group: true };
}

/** A source in the reader's words: "oe1", or "any address of Office". */
export const sourceText = (source: CoverageSource): Text =>
  source.group
    ? text('coverage.anyAddressOf', { group: source.name })
    : text('coverage.host', { host: source.name });

/** The state of several results that must all hold (a rule's sources, a host's destinations). */
function combine(states: readonly SourceState[]): CoverageState {
  if (states.includes('blocked')) return 'blocked';
  if (states.every((s) => s === 'verified')) return 'verified';
  if (states.every((s) => s === 'not-run')) return 'not-run';
  return 'unconfirmed';
}

/** A group's state: one address that proved the path proves it for "any address of" the group. */
function combineGroup(states: readonly SourceState[]): SourceState {
  if (states.includes('blocked')) return 'blocked';
  if (states.includes('verified')) return 'verified';
  if (states.includes('unconfirmed')) return 'unconfirmed';
  return 'not-run';
}

type Newest = Pick<ProbeResult, 'ruleId' | 'status' | 'probedAt' | 'probeHost'>;

/** The newest result per rule and probing host (a rule probed twice from one host counts once). */
export function newestPerRuleAndSource<R extends Newest>(results: Iterable<R>): R[] {
  const newest = new Map<string, R>();
  for (const r of results) {
    const key = `${r.ruleId}\u0000${r.probeHost.toLowerCase()}`;
    const seen = newest.get(key);
    if (!seen || seen.probedAt <= r.probedAt) newest.set(key, r);
  }
  return [...newest.values()];
}

/**
 * The coverage of a plan's rules by any number of probe results (of any runs and hosts): built
 * once, then asked per rule, so a plan with half a million host rules keeps no object per rule.
 */
export class Coverage {
  /** Per host rule id: the newest result per probing host (lower case). */
  readonly #newest = new Map<string, Map<string, Newest>>();

  constructor(results: Iterable<Newest>) {
    for (const r of newestPerRuleAndSource(results)) {
      let byHost = this.#newest.get(r.ruleId);
      if (!byHost) this.#newest.set(r.ruleId, (byHost = new Map()));
      byHost.set(r.probeHost.toLowerCase(), r);
    }
  }

  /** The newest result that counts for a host rule: from its source host, or any for a group. */
  resultOf(rule: HostRule): Newest | undefined {
    const byHost = this.#newest.get(rule.id);
    if (!byHost) return undefined;
    if (rule.sourceKey.startsWith('host:')) return byHost.get(rule.sourceName.toLowerCase());
    let newest: Newest | undefined;
    for (const r of byHost.values()) if (!newest || newest.probedAt <= r.probedAt) newest = r;
    return newest;
  }

  /** One host rule: its one source. */
  ofHostRule(rule: HostRule): RuleCoverage {
    const result = this.resultOf(rule);
    const state = stateOf(result?.status);
    return {
      state,
      sources: [{ ...sourceOf(rule), state, ...(result ? { probedAt: result.probedAt } : {}) }],
    };
  }

  /**
   * One firewall rule: per host source, all its host rules from there must be verified; per
   * group, one address that verified is enough. One blocked makes the source blocked.
   */
  ofFirewallRule(rule: FirewallRule, hostRule: (id: string) => HostRule | undefined): RuleCoverage {
    const bySource = new Map<
      string,
      { source: CoverageSource; states: SourceState[]; at: string }
    >();
    for (const id of rule.hostRuleIds) {
      const h = hostRule(id);
      if (!h) continue;
      const source = sourceOf(h);
      const result = this.resultOf(h);
      let entry = bySource.get(source.key);
      if (!entry) bySource.set(source.key, (entry = { source, states: [], at: '' }));
      entry.states.push(stateOf(result?.status));
      if (result && result.probedAt > entry.at) entry.at = result.probedAt;
    }
    const sources = [...bySource.values()].map(({ source, states, at }) => ({
      ...source,
      state: source.group ? combineGroup(states) : combine(states),
      ...(at ? { probedAt: at } : {}),
    }));
    return { state: combine(sources.map((s) => s.state)), sources };
  }
}

/** Rules by coverage state: the campaign's summary. */
export function summarizeCoverage(states: Iterable<CoverageState>): CoverageSummary {
  const summary: CoverageSummary = { total: 0, verified: 0, blocked: 0, notRun: 0, unconfirmed: 0 };
  for (const state of states) {
    summary.total++;
    if (state === 'verified') summary.verified++;
    else if (state === 'blocked') summary.blocked++;
    else if (state === 'not-run') summary.notRun++;
    else summary.unconfirmed++;
  }
  return summary;
}

/** Every firewall rule's coverage state, in the rules' order. */
export function* firewallCoverageStates(
  coverage: Coverage,
  rules: { hostRules: readonly HostRule[]; firewallRules: readonly FirewallRule[] },
): Generator<CoverageState> {
  const byId = new Map(rules.hostRules.map((r) => [r.id, r]));
  for (const rule of rules.firewallRules) {
    yield coverage.ofFirewallRule(rule, (id) => byId.get(id)).state;
  }
}

/** Every host rule's coverage state, in the rules' order. */
export function* hostCoverageStates(
  coverage: Coverage,
  hostRules: readonly HostRule[],
): Generator<CoverageState> {
  for (const rule of hostRules) yield stateOf(coverage.resultOf(rule)?.status);
}

/**
 * "37 of 41 rules verified from all their sources, 2 blocked, 2 not run": the counts that are
 * not zero, as one text.
 */
export function coverageText(summary: CoverageSummary): Text {
  const parts: Text[] = [];
  if (summary.blocked > 0) parts.push(text('coverage.blocked', { count: summary.blocked }));
  if (summary.unconfirmed > 0) {
    parts.push(text('coverage.unconfirmed', { count: summary.unconfirmed }));
  }
  if (summary.notRun > 0) parts.push(text('coverage.notRun', { count: summary.notRun }));
  return text('coverage.summary', {
    verified: summary.verified,
    count: summary.total,
    rest: parts.length > 0 ? text('coverage.rest', { parts: listOf(parts) }) : '',
  });
}

/** Texts joined with ", " (TextValue's own list joins with "; "). */
function listOf(parts: readonly Text[]): Text {
  return parts
    .slice(1)
    .reduce<Text>((list, part) => text('coverage.and', { list, part }), parts[0]!);
}
