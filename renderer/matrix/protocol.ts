import type { Evidence, FeatureId, Zone } from '../../shared/catalog';
import type { ChangeLine } from '../../shared/compare';
import type { ZoneGrid } from '../../shared/matrix';
import type { Plan, PlanIssue, RuleStatus } from '../../shared/plan';
import type {
  CoverageSummary,
  RuleCoverage as RuleSourcesCoverage,
} from '../../shared/probes/coverage';
import type { ProbeResult, ProbeStatus } from '../../shared/probes/model';
import type { NodesWhatIf, PresalesSummary } from '../../shared/summary';

// Messages between the review and the matrix worker. The worker holds the matrix (the large plan
// has ~500k host rules) and answers only the rows a table shows, so the window never blocks.

export const RULE_LEVELS = ['firewall', 'hosts'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

export const SORT_KEYS = ['id', 'source', 'destination', 'port', 'service', 'evidence'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RuleQuery {
  level: RuleLevel;
  search: string;
  /** '' for every evidence level. */
  evidence: Evidence | '';
  /** A zone pair key like "clients>oe-nodes"; '' for all. */
  zonePair: string;
  sort: SortKey;
  descending: boolean;
  groupByZonePair: boolean;
  /** Host rules whose latest probe status is this ('untested' when none); '' for all. */
  probe: ProbeStatus | '';
  /** Rules whose change status is this ('none': no status yet); '' for all. */
  status: RuleStatus | 'none' | '';
}

/** A host rule's latest probe result, as the review shows it. */
export type RuleProbe = Pick<
  ProbeResult,
  'status' | 'detail' | 'reason' | 'probedAt' | 'probeHost'
>;

/** Host rules by latest probe status, for the review's summary. */
export interface ProbeCounts {
  counts: Record<ProbeStatus, number>;
  /** The newest result joined; '' when no rule has been probed. */
  latest: string;
  /** Stored results naming rules the plan no longer has (it changed since the probe). */
  stale: number;
  /** Rules of each level by which of their planned sources proved them. */
  coverage?: Record<RuleLevel, CoverageSummary>;
}

export interface EndpointText {
  name: string;
  address: string;
}

/** A rule as the table shows it (firewall rule or host rule alike). */
export interface RuleRow {
  kind: 'rule';
  id: string;
  sourceZones: Zone[];
  /** The first endpoints; sourceCount says how many there are. */
  sources: EndpointText[];
  sourceCount: number;
  destinationZones: Zone[];
  destinations: EndpointText[];
  destinationCount: number;
  ports: string;
  protocol: string;
  services: string;
  purpose: string;
  features: FeatureId[];
  evidence: Evidence;
  sourceUrls: string[];
  /** Host rules only: the latest probe result; absent when untested. */
  probe?: RuleProbe;
  /** Which planned sources proved the rule, found it blocked or have not run yet. */
  coverage?: RuleSourcesCoverage;
  /** Its change status (plan.statuses, shared/matrix statusOf); absent while it has none. */
  status?: RuleStatus;
}

export interface GroupRow {
  kind: 'group';
  zonePair: string;
  sourceZones: Zone[];
  destinationZones: Zone[];
  count: number;
}

export type DisplayRow = RuleRow | GroupRow;

export interface ZonePairOption {
  key: string;
  sourceZones: Zone[];
  destinationZones: Zone[];
  count: number;
}

export interface MatrixSummary {
  generation: number;
  /** How long computeMatrix took in the worker. */
  computeMs: number;
  flows: number;
  hostRules: number;
  firewallRules: number;
  zoneGrid: ZoneGrid;
}

/** What toggling one feature would do to the plan's rules. */
export interface FeaturePreview {
  feature: FeatureId;
  /** true: the toggle switches it on. */
  turnsOn: boolean;
  /** Features of the same exclusive group that switching it on turns off. */
  switchesOff: FeatureId[];
  /** "+3 rules: 2119/tcp from 2 island sites to 3 OE nodes", as data. */
  lines: ChangeLine[];
  /** Firewall rules now and with the toggle: merging can turn two rules into one. */
  firewallRulesBefore: number;
  firewallRulesAfter: number;
}

/** What the window asks the worker and what it answers (see lib/worker-client.ts). */
export type MatrixRequests = {
  // The plan as JSON text: posting a string is far cheaper than cloning a large plan's objects.
  check: { payload: { generation: number; planText: string }; reply: CheckReply };
  rows: { payload: { query: RuleQuery; start: number; end: number }; reply: RowsReply };
  /** Host rules by id, as table rows: what a probe result is about. */
  describe: { payload: { ids: string[] }; reply: RuleRow[] };
  presales: { payload: { addNodes: number }; reply: PresalesReply };
};

/** What the window tells the worker without waiting for an answer. */
export type ToWorker =
  | { kind: 'previews'; wanted: boolean }
  | { kind: 'probes'; results: Array<RuleProbe & { ruleId: string }> };

/** The pre-sales summary of the plan's matrix, and what `addNodes` more OE nodes would change. */
export interface PresalesReply {
  generation: number;
  /** null while the plan is not well-formed. */
  summary: PresalesSummary | null;
  /** null when no nodes were asked for. */
  whatIf: NodesWhatIf | null;
}

export interface RowsReply {
  generation: number;
  /** Rows of the view, group headings included. */
  total: number;
  /** Rules that match the filter. */
  matched: number;
  start: number;
  rows: DisplayRow[];
  zonePairs: ZonePairOption[];
}

/** What validating one version of the plan found: the window shows it beside the fields. */
export interface CheckReply {
  generation: number;
  issues: PlanIssue[];
  /** The plan as the schema reads it (defaults filled in); null when it is not well-formed. */
  plan: Plan | null;
}

/** What the worker tells the window on its own, about the latest plan (by generation). */
export type FromWorker =
  | { kind: 'summary'; generation: number; summary: MatrixSummary | null }
  | { kind: 'preview'; generation: number; preview: FeaturePreview }
  | { kind: 'failed'; generation: number; message: string }
  | { kind: 'probe-counts'; generation: number; probes: ProbeCounts };
