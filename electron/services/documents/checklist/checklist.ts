import { createHash } from 'node:crypto';
import type { ChecklistLevel } from '../../../../shared/export';
import { LOCALE_PROFILES, translator, type Locale } from '../../../../shared/i18n';
import {
  computeMatrix,
  levelTable,
  type EndpointRef,
  type FirewallRule,
  type HostRule,
  type Matrix,
  latestUntil,
  statusOf,
  tableIn,
  temporaryFeatures,
  temporaryUntil,
  type Table,
} from '../../../../shared/matrix';
import type { Plan, RuleStatusEntry } from '../../../../shared/plan';
import {
  detailIn,
  latestByRule,
  PROBE_STATUSES,
  type ProbeResult,
  type ProbeStatus,
} from '../../../../shared/probes/model';
import {
  Coverage,
  summarizeCoverage,
  type CoverageSummary,
  type RuleCoverage,
} from '../../../../shared/probes/coverage';
import { planTopology, type TopologyEntry } from './plan-topology';

export { CHECKLIST_LEVELS, type ChecklistLevel } from '../../../../shared/export';

/** What the probes found for one row: one status when its host rules agree, "mixed" otherwise. */
export interface ProbeSummary {
  status: ProbeStatus | 'mixed';
  counts: Partial<Record<ProbeStatus, number>>;
  /** ISO time of the newest result; '' when untested. */
  probedAt: string;
  detail: string;
}

/**
 * One row of the checklist: a host rule or a firewall rule (a host rule is one with one source and
 * one destination), with its probe status.
 */
export interface ChecklistRule extends Omit<FirewallRule, 'sourceZone' | 'destinationZone'> {
  probe: ProbeSummary;
  /** Which planned sources proved it, found it blocked, or have not run yet. */
  coverage: RuleCoverage;
  /** Where it stands in the network team's change process; undefined before anyone asked. */
  status?: RuleStatusEntry;
  /** YYYY-MM-DD when only temporary features need it (shared/matrix temporaryUntil). */
  temporaryUntil?: string;
}

export interface ChecklistInput {
  plan: Plan;
  locale: Locale;
  /** Results of any number of probe runs; the newest per rule counts. */
  probes?: readonly ProbeResult[];
  /** The stored plan's revision; without one, a hash of the plan document. */
  revision?: string;
  /** The plans library's id of a stored plan: a change request sheet names it. */
  planId?: string;
  generatedAt?: Date;
}

/** The one joined model every exporter reads: plan, matrix, probe status, locale. */
export interface Checklist {
  plan: Plan;
  matrix: Matrix;
  locale: Locale;
  revision: string;
  /** The plans library's id; '' for a plan file. */
  planId: string;
  generatedAt: Date;
  rules: Record<ChecklistLevel, ChecklistRule[]>;
  topology: TopologyEntry[];
  /** Rules of each level by coverage: "37 of 41 rules verified from all their sources, …". */
  coverage: Record<ChecklistLevel, CoverageSummary>;
  /** Probe results that could not be joined, and similar things the user should know. */
  warnings: string[];
}

/** A short, stable fingerprint of the plan document: the same plan gives the same revision. */
export function planFingerprint(plan: Plan): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 12)}`;
}

function summarize(
  ruleIds: readonly string[],
  latest: Map<string, ProbeResult>,
  locale: Locale,
): ProbeSummary {
  const counts: Partial<Record<ProbeStatus, number>> = {};
  let probedAt = '';
  const details = new Set<string>();
  for (const id of ruleIds) {
    const result = latest.get(id);
    const status = result?.status ?? 'untested';
    counts[status] = (counts[status] ?? 0) + 1;
    if (result && result.probedAt > probedAt) probedAt = result.probedAt;
    if (result?.detail) details.add(detailIn(locale, result));
  }
  const statuses = Object.keys(counts) as ProbeStatus[];
  return {
    status: statuses.length === 1 ? statuses[0]! : 'mixed',
    counts,
    probedAt,
    detail: [...details].join('; '),
  };
}

const endpoint = (r: HostRule, side: 'source' | 'destination'): EndpointRef =>
  side === 'source'
    ? { key: r.sourceKey, name: r.sourceName, address: r.source, zone: r.sourceZone }
    : {
        key: r.destinationKey,
        name: r.destinationName,
        address: r.destination,
        zone: r.destinationZone,
      };

function fromHostRule(
  r: HostRule,
  latest: Map<string, ProbeResult>,
  locale: Locale,
  coverage: Coverage,
): ChecklistRule {
  return {
    id: r.id,
    key: r.id,
    from: [endpoint(r, 'source')],
    to: [endpoint(r, 'destination')],
    protocol: r.protocol,
    ports: String(r.port),
    portList: [r.port],
    services: [r.service],
    purpose: r.purpose,
    features: r.features,
    evidence: r.evidence,
    sources: r.sources,
    hostRuleIds: [r.id],
    probe: summarize([r.id], latest, locale),
    coverage: coverage.ofHostRule(r),
  };
}

function fromFirewallRule(
  r: FirewallRule,
  latest: Map<string, ProbeResult>,
  locale: Locale,
  coverage: RuleCoverage,
): ChecklistRule {
  // Its zones stay with its endpoints (from, to), as a host rule's do.
  const { sourceZone: _source, destinationZone: _destination, ...rule } = r;
  return { ...rule, probe: summarize(r.hostRuleIds, latest, locale), coverage };
}

/** Each row's change status and, for a rule only temporary features need, until when. */
function withChange(plan: Plan, matrix: Matrix, rules: Checklist['rules']): Checklist['rules'] {
  const temporary = temporaryFeatures(plan.temporary);
  const untilOf = new Map<string, string | undefined>();
  const firewallKeys = new Map<string, string>();
  for (const r of matrix.hostRules) untilOf.set(r.id, temporaryUntil(r.features, temporary));
  for (const r of matrix.firewallRules) for (const id of r.hostRuleIds) firewallKeys.set(id, r.key);
  const keyOf = (id: string) => firewallKeys.get(id);
  const change = (rule: ChecklistRule): ChecklistRule => {
    const status = statusOf(plan.statuses, rule, keyOf);
    const until =
      plan.temporary.length === 0
        ? undefined
        : latestUntil(rule.hostRuleIds.map((id) => untilOf.get(id)));
    return {
      ...rule,
      ...(status ? { status } : {}),
      ...(until ? { temporaryUntil: until } : {}),
    };
  };
  return { hosts: rules.hosts.map(change), firewall: rules.firewall.map(change) };
}

export function buildChecklist(input: ChecklistInput): Checklist {
  const matrix = computeMatrix(input.plan);
  const latest = latestByRule(input.probes ?? []);
  const known = new Set(matrix.hostRules.map((r) => r.id));
  const stale = [...latest.keys()].filter((id) => !known.has(id));
  const warnings =
    stale.length > 0
      ? [
          translator(input.locale)('exportWarnings.staleProbes', {
            count: stale.length,
            first: stale[0],
          }),
        ]
      : [];
  const coverage = new Coverage(input.probes ?? []);
  const hostRuleById = new Map(matrix.hostRules.map((r) => [r.id, r]));
  const hosts = matrix.hostRules.map((r) => fromHostRule(r, latest, input.locale, coverage));
  const firewall = matrix.firewallRules.map((r) =>
    fromFirewallRule(
      r,
      latest,
      input.locale,
      coverage.ofFirewallRule(r, (id) => hostRuleById.get(id)),
    ),
  );
  return {
    plan: input.plan,
    matrix,
    locale: input.locale,
    revision: input.revision?.trim() || planFingerprint(input.plan),
    planId: input.planId ?? '',
    generatedAt: input.generatedAt ?? new Date(),
    rules: withChange(input.plan, matrix, { hosts, firewall }),
    topology: planTopology(input.plan),
    coverage: {
      hosts: summarizeCoverage(hosts.map((r) => r.coverage.state)),
      firewall: summarizeCoverage(firewall.map((r) => r.coverage.state)),
    },
    warnings,
  };
}

/** The probe status as data (CSV, XLSX): "blocked", or "mixed: verified 3, blocked 2"; in German words for German. */
export function probeStatusText(probe: ProbeSummary, locale: Locale = 'en'): string {
  const say = LOCALE_PROFILES[locale].sourceLanguage
    ? (s: string) => s
    : (s: string) => translator(locale)(`checklist.probe.${s}`);
  if (probe.status !== 'mixed') return say(probe.status);
  const parts = PROBE_STATUSES.filter((s) => probe.counts[s]).map(
    (s) => `${say(s)} ${probe.counts[s]}`,
  );
  return `${say('mixed')}: ${parts.join(', ')}`;
}

/** The columns the checklist adds to a level of the matrix: what the probes and the change say. */
export const CHECKLIST_COLUMNS = ['probeStatus', 'probedAt', 'changeStatus', 'temporaryUntil'];

/**
 * A level of the matrix as the spreadsheet formats write it: its columns plus the probe status,
 * the change status and until when a temporary rule is needed; human text in the checklist's
 * language, identifiers, ports, protocols, addresses and dates (YYYY-MM-DD) as they are.
 */
export function checklistTable(checklist: Checklist, level: ChecklistLevel): Table {
  const { locale } = checklist;
  const table = tableIn(levelTable(checklist.matrix, level), locale);
  const rules = checklist.rules[level];
  const t = translator(locale);
  const status = (rule: ChecklistRule) =>
    rule.status ? t(`ruleChange.status.${rule.status.status}`) : '';
  return {
    columns: [...table.columns, ...CHECKLIST_COLUMNS],
    rows: table.rows.map((row, i) => {
      const rule = rules[i]!;
      return [
        ...row,
        probeStatusText(rule.probe, locale),
        rule.probe.probedAt,
        status(rule),
        rule.temporaryUntil ?? '',
      ];
    }),
  };
}
