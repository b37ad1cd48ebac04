import { ZONES, type Zone } from '../catalog';
import {
  FIREWALL_RULE_COLUMNS,
  firewallRuleRow,
  HOST_RULE_COLUMNS,
  hostRuleRow,
  type HostRule,
  type Matrix,
  type Table,
} from '../matrix';
import { diffHostRules, type ComparedField, type ZonePairDiff } from './diff';
import { diffFirewallRules, firewallFieldText, type FirewallField } from './firewall-diff';

export const COMPARISON_LEVELS = ['hosts', 'firewall'] as const;
export type ComparisonLevel = (typeof COMPARISON_LEVELS)[number];

export const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A changed field by its column key ("source", "port", …), old and new value as text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** One rule of the change: the level table's row of the new rule (a removed rule: the old one). */
export interface ComparedRule {
  change: ChangeKind;
  sourceZone: Zone;
  destinationZone: Zone;
  row: string[];
  /** Only for a changed rule. */
  fields: FieldChange[];
}

/** What changes between two plans at one level, in the order a network team works through it. */
export interface PlanComparison {
  level: ComparisonLevel;
  /** The level table's column keys, which `row` of each rule follows. */
  columns: readonly string[];
  added: number;
  removed: number;
  changed: number;
  byZonePair: ZonePairDiff[];
  rules: ComparedRule[];
}

const HOST_FIELDS: Record<ComparedField, { column: string; text: (r: HostRule) => string }> = {
  source: { column: 'source', text: (r) => r.source },
  destination: { column: 'destination', text: (r) => r.destination },
  service: { column: 'service', text: (r) => r.service },
  purpose: { column: 'purpose', text: (r) => r.purpose },
  features: { column: 'requiredBy', text: (r) => r.features.join(', ') },
  evidence: { column: 'evidence', text: (r) => r.evidence },
};

const FIREWALL_COLUMN: Record<FirewallField, string> = {
  from: 'source',
  to: 'destination',
  ports: 'port',
  services: 'service',
  purpose: 'purpose',
  features: 'requiredBy',
  evidence: 'evidence',
};

interface Zoned {
  sourceZone: Zone;
  destinationZone: Zone;
}

const zoneRank = (r: Zoned) =>
  ZONES.indexOf(r.sourceZone) * ZONES.length + ZONES.indexOf(r.destinationZone);

/** Zone pair by zone pair, then added, removed, changed; within those the matrix's own order. */
function comparedRules<R extends Zoned, C extends { before: R; after: R }>(
  diff: { added: R[]; removed: R[]; changed: C[] },
  row: (rule: R) => string[],
  fields: (change: C) => FieldChange[],
): ComparedRule[] {
  const entry = (change: ChangeKind, r: R, changes: FieldChange[] = []): ComparedRule => ({
    change,
    sourceZone: r.sourceZone,
    destinationZone: r.destinationZone,
    row: row(r),
    fields: changes,
  });
  return [
    ...diff.added.map((r) => entry('added', r)),
    ...diff.removed.map((r) => entry('removed', r)),
    ...diff.changed.map((c) => entry('changed', c.after, fields(c))),
  ]
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        zoneRank(a.r) - zoneRank(b.r) ||
        CHANGE_KINDS.indexOf(a.r.change) - CHANGE_KINDS.indexOf(b.r.change) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

function comparison(
  level: ComparisonLevel,
  columns: readonly string[],
  diff: { added: unknown[]; removed: unknown[]; changed: unknown[]; byZonePair: ZonePairDiff[] },
  rules: ComparedRule[],
): PlanComparison {
  return {
    level,
    columns,
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.length,
    byZonePair: [...diff.byZonePair].sort((a, b) => zoneRank(a) - zoneRank(b)),
    rules,
  };
}

/** The change from one matrix to another: host rules by id, firewall rules by shared host rules. */
export function compareMatrices(
  before: Matrix,
  after: Matrix,
  level: ComparisonLevel,
): PlanComparison {
  if (level === 'hosts') {
    const diff = diffHostRules(before.hostRules, after.hostRules);
    const rules = comparedRules(diff, hostRuleRow, (c) =>
      c.fields.map((f) => ({
        field: HOST_FIELDS[f].column,
        before: HOST_FIELDS[f].text(c.before),
        after: HOST_FIELDS[f].text(c.after),
      })),
    );
    return comparison(level, HOST_RULE_COLUMNS, diff, rules);
  }
  const diff = diffFirewallRules(before.firewallRules, after.firewallRules);
  const rules = comparedRules(diff, firewallRuleRow, (c) =>
    c.fields.map((f) => ({
      field: FIREWALL_COLUMN[f],
      before: firewallFieldText(c.before, f),
      after: firewallFieldText(c.after, f),
    })),
  );
  return comparison(level, FIREWALL_RULE_COLUMNS, diff, rules);
}

/** "source: 192.0.2.11 → 192.0.2.99; port: 8080/tcp → 8080,8443/tcp" (column keys, as the CSV's values). */
export const fieldChangesText = (fields: readonly FieldChange[]): string =>
  fields.map((f) => `${f.field}: ${f.before || '–'} → ${f.after || '–'}`).join('; ');

/** One row per change: the change, the rule's columns, and what changed from what to what. */
export function comparisonTable(comparison: PlanComparison): Table {
  return {
    columns: ['change', ...comparison.columns, 'changes'],
    rows: comparison.rules.map((r) => [r.change, ...r.row, fieldChangesText(r.fields)]),
  };
}

const LIST_FIELDS = new Set(['source', 'destination', 'port', 'service', 'requiredBy']);

/**
 * What a list-valued field gained and lost ("+192.0.2.14, +192.0.2.15"): a long address or port
 * list that changed in one place reads better as its difference. null where a single value changed.
 */
export function listDelta(change: FieldChange): { added: string[]; removed: string[] } | null {
  if (!LIST_FIELDS.has(change.field)) return null;
  const items = (text: string) => {
    if (change.field !== 'port') return text.split(/,\s*/).filter(Boolean);
    // "53,8301-8302/udp": the transport once at the end; CIDR slashes occur only in addresses.
    const [ports = '', transport = ''] = text.split('/');
    return ports
      .split(',')
      .filter(Boolean)
      .map((p) => `${p}/${transport}`);
  };
  const before = items(change.before);
  const after = items(change.after);
  // One value on each side (a host rule's address): "before → after" says it better.
  if (before.length <= 1 && after.length <= 1) return null;
  return {
    added: after.filter((x) => !before.includes(x)),
    removed: before.filter((x) => !after.includes(x)),
  };
}
