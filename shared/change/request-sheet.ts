import type { FeatureId } from '../catalog';
import type { ChecklistLevel } from '../export/options';
import { featureLabel, purposeText, translator, type Locale } from '../i18n';
import {
  firewallStatusKey,
  statusOf,
  temporaryFeatures,
  temporaryUntil,
  type FirewallRule,
  type HostRule,
  type Matrix,
} from '../matrix';
import type { Plan, RuleStatusEntry } from '../plan/schema';
import { CHANGE_COLUMNS, type ChangeColumn } from './columns';

// The change request sheet as rows of text: one row per rule at the chosen level, in the reader's
// language, each row carrying the key that matches its answer back to the rule and the plan it is of.

/** Which plan a sheet is of: the library's id (empty for a plan file), its name and revision. */
export interface SheetIdentity {
  planId: string;
  planName: string;
  revision: string;
}

export type IpVersion = '4' | '6';

export interface RequestSheet {
  columns: readonly ChangeColumn[];
  headings: string[];
  /**
   * IPv4 rules (and rules of names without an address), then IPv6 rules: FireFlow takes one at a
   * time. A rule with endpoints of both versions has a row on each, with the same rule key.
   */
  rows: Record<IpVersion, string[][]>;
}

interface SheetRule {
  id: string;
  statusKey: string;
  status: RuleStatusEntry | undefined;
  from: readonly { name: string; address: string }[];
  to: readonly { name: string; address: string }[];
  protocol: string;
  ports: string;
  appProtocols: string[];
  purpose: string;
  features: readonly FeatureId[];
  evidence: HostRule['evidence'];
}

/** A function of a text, computed once per distinct text. */
function memo(fn: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = fn(key)));
    return value;
  };
}

const unique = (items: readonly string[]) => [...new Set(items.filter(Boolean))];
const joined = (items: readonly string[]) => unique(items).join(', ');

type Endpoint = SheetRule['from'][number];
const isV6 = (e: Endpoint) => e.address.includes(':');

/**
 * A rule per IP version it has: its IPv4 sources to its IPv4 destinations, its IPv6 sources to its
 * IPv6 destinations (a firewall rule merges both; FireFlow takes one version per request). Names
 * without an address count as IPv4. A rule with no such pair stays whole, on the IPv4 sheet.
 */
function byIpVersion(rule: SheetRule): [IpVersion, SheetRule][] {
  const parts: [IpVersion, SheetRule][] = [];
  const from6 = rule.from.filter(isV6);
  const to6 = rule.to.filter(isV6);
  const from4 = rule.from.filter((e) => !isV6(e));
  const to4 = rule.to.filter((e) => !isV6(e));
  if (from4.length > 0 && to4.length > 0) parts.push(['4', { ...rule, from: from4, to: to4 }]);
  if (from6.length > 0 && to6.length > 0) parts.push(['6', { ...rule, from: from6, to: to6 }]);
  return parts.length > 0 ? parts : [['4', rule]];
}

/** The rules at a level with what the sheet says of them, their change status joined. */
function sheetRules(plan: Plan, matrix: Matrix, level: ChecklistLevel): SheetRule[] {
  const hostRules = new Map(matrix.hostRules.map((r) => [r.id, r]));
  const firewallKeyOfHostRule = new Map<string, string>();
  for (const r of matrix.firewallRules) {
    for (const id of r.hostRuleIds) firewallKeyOfHostRule.set(id, r.key);
  }
  if (level === 'firewall') {
    return matrix.firewallRules.map((r: FirewallRule) => ({
      id: r.id,
      statusKey: firewallStatusKey(r.key),
      status: statusOf(plan.statuses, r),
      from: r.from,
      to: r.to,
      protocol: r.protocol,
      ports: r.ports,
      appProtocols: r.hostRuleIds.map((id) => hostRules.get(id)?.appProtocol ?? ''),
      purpose: r.purpose,
      features: r.features,
      evidence: r.evidence,
    }));
  }
  return matrix.hostRules.map((r) => ({
    id: r.id,
    statusKey: r.id,
    status: statusOf(plan.statuses, { key: r.id, hostRuleIds: [r.id] }, (id) =>
      firewallKeyOfHostRule.get(id),
    ),
    from: [{ name: r.sourceName, address: r.source }],
    to: [{ name: r.destinationName, address: r.destination }],
    protocol: r.protocol,
    ports: String(r.port),
    appProtocols: [r.appProtocol],
    purpose: r.purpose,
    features: r.features,
    evidence: r.evidence,
  }));
}

/** Someone as one cell: the name, and the e-mail address in brackets when there is one. */
export const contactCell = (contact: { name: string; email: string }): string =>
  contact.email ? `${contact.name} (${contact.email})`.trim() : contact.name;

export function requestSheet(
  plan: Plan,
  matrix: Matrix,
  locale: Locale,
  level: ChecklistLevel,
  identity: SheetIdentity,
): RequestSheet {
  const t = translator(locale);
  // Each text once: a large plan's sheet has thousands of rows of the same few words.
  const said = memo((key: string) => t(key));
  const purpose = memo((p: string) => purposeText(locale, p));
  const requiredBy = memo((features: string) =>
    features === ''
      ? t('change.theInstallation')
      : features
          .split(',')
          .map((f) => featureLabel(locale, f as FeatureId))
          .join(', '),
  );
  const requester = contactCell(plan.change.technician);
  const temporary = temporaryFeatures(plan.temporary);
  const rows: Record<IpVersion, string[][]> = { '4': [], '6': [] };
  for (const [version, rule] of sheetRules(plan, matrix, level).flatMap(byIpVersion)) {
    const status = rule.status?.status ?? 'requested';
    const cells: Record<ChangeColumn, string> = {
      ruleId: rule.id,
      action: said('change.action.allow'),
      sourceName: joined(rule.from.map((e) => e.name)),
      source: joined(rule.from.map((e) => e.address)),
      destinationName: joined(rule.to.map((e) => e.name)),
      destination: joined(rule.to.map((e) => e.address)),
      service: rule.ports
        .split(',')
        .map((p) => `${rule.protocol}/${p}`)
        .join(', '),
      appProtocol: joined(rule.appProtocols),
      purpose: purpose(rule.purpose),
      requiredBy: requiredBy(rule.features.join(',')),
      evidence: said(`evidence.${rule.evidence}`),
      temporaryUntil: temporaryUntil(rule.features, temporary) ?? '',
      requester,
      ticket: plan.change.ticket,
      status: said(`change.statuses.${status}`),
      approver: rule.status?.by ?? '',
      date: rule.status?.at.slice(0, 10) ?? '',
      comment: rule.status?.reason ?? '',
      ipVersion: `IPv${version}`,
      ruleKey: rule.statusKey,
      planName: identity.planName,
      planId: identity.planId,
      revision: identity.revision,
    };
    rows[version].push(CHANGE_COLUMNS.map((c) => cells[c]));
  }
  return {
    columns: CHANGE_COLUMNS,
    headings: CHANGE_COLUMNS.map((c) => t(`change.columns.${c}`)),
    rows,
  };
}
