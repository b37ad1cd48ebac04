import type { TFunction } from 'i18next';
import {
  CATALOG,
  EVIDENCE_LEVELS,
  SOURCES,
  ZONES,
  type FeatureId,
  type Zone,
} from '../../../../shared/catalog';
import { featureLabel, purposeText, serviceText, type Locale } from '../../../../shared/i18n';
import { temporaryFeatures, temporaryUntil, type EndpointRef } from '../../../../shared/matrix';
import { statusOf } from '../../../../shared/matrix/status';
import { RULE_STATUSES, type Plan } from '../../../../shared/plan';
import type {
  Checklist,
  ChecklistLevel,
  ChecklistRule,
  ProbeSummary,
} from '../checklist/checklist';
import { formatShortDate, sourceLabel, zoneLabel } from '../document-text';

// What the page's script reads: the rules of one level as compact rows that point into tables of
// names, zone pairs, phrases, probe results and sources (a 5,000-rule plan repeats a few of each thousands of
// times), and the few words the script itself writes, in the reader's language.

/** An endpoint: its name (index into `names`) and its address. */
export type ReportEndpoint = [name: number, address: string];

/** A rule's change status as the page shows it: an index into RULE_STATUSES, or -1 for none. */
export interface ReportStatus {
  s: number;
  by?: string;
  at?: string;
  reason?: string;
}

/** A host rule under a firewall rule: shown when the firewall rule is expanded. */
export interface ReportHostRule {
  id: string;
  from: ReportEndpoint;
  to: ReportEndpoint;
  port: string;
  status: ReportStatus;
  /** Index into `probes`. */
  probe: number;
}

export interface ReportRule {
  id: string;
  /** Index into `pairs`. */
  pair: number;
  from: ReportEndpoint[];
  to: ReportEndpoint[];
  /** "443/tcp", "tcp: 2118-2119, 8080". */
  port: string;
  /** Every port it opens, for the port filter. */
  ports: number[];
  /** Indexes into `phrases`: a 5,000-rule plan says the same few things thousands of times. */
  purpose: number;
  services: number;
  requiredBy: number;
  temporary?: number;
  /** Index into EVIDENCE_LEVELS. */
  evidence: number;
  status: ReportStatus;
  /** Index into `probes`. */
  probe: number;
  /** Indexes into `sources` and `quotes`. */
  sources: number[];
  quotes?: number[];
  /** Firewall level: indexes into `hostRules`. */
  hostRules?: number[];
}

/** The words the page's script writes; everything else is in the page's markup already. */
export interface ReportTexts {
  shown: string;
  showMore: string;
  noMatch: string;
  columns: Record<
    'id' | 'from' | 'to' | 'port' | 'purpose' | 'evidence' | 'status' | 'probe',
    string
  >;
  statuses: string[];
  noStatus: string;
  evidence: string[];
  statusBy: string;
  statusAt: string;
  statusReason: string;
  hostRules: string;
  services: string;
  requiredBy: string;
  sources: string;
  quote: string;
  check: string;
  intlTag: string;
}

export interface ReportData {
  level: ChecklistLevel;
  texts: ReportTexts;
  names: string[];
  /** Zone pair headings, in zone order. */
  pairs: string[];
  phrases: string[];
  /** [status id of checklist.probe (or 'mixed'), what it says]. */
  probes: [string, string][];
  /** [label, url]: the url is empty for what is no page (this planner's modeling). */
  sources: [string, string][];
  quotes: string[];
  rules: ReportRule[];
  hostRules: ReportHostRule[];
}

/** The vendor's sentences behind each catalog purpose, as the PDF's "vendor's words" quotes them. */
const QUOTES = new Map<string, string>(
  CATALOG.flatMap((row) =>
    row.flows.flatMap((f): [string, string][] => (f.quote ? [[f.purpose, f.quote]] : [])),
  ),
);

const PAGE_URLS = new Set<string>(Object.values(SOURCES).map((s) => s.url));

/** Strings listed once, referred to by their place. */
class Interned {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) this.index.set(value, (i = this.list.push(value) - 1));
    return i;
  }
}

const portText = (rule: Pick<ChecklistRule, 'ports' | 'protocol'>): string =>
  rule.ports.includes(',')
    ? `${rule.protocol}: ${rule.ports.replace(/,/g, ', ')}`
    : `${rule.ports}/${rule.protocol}`;

function probeText(t: TFunction, locale: Locale, probe: ProbeSummary): string {
  if (probe.status === 'untested') return t('checklist.probe.untested');
  const counts =
    probe.status === 'mixed'
      ? Object.entries(probe.counts).map(([s, n]) => `${t(`checklist.probe.${s}`)} ${n}`)
      : [];
  const when = probe.probedAt ? [formatShortDate(probe.probedAt, locale)] : [];
  const detail = probe.detail ? [probe.detail] : [];
  return [t(`checklist.probe.${probe.status}`), ...counts, ...when, ...detail].join(' · ');
}

/** The zones of a plan as the customer's firewall names them too: "OE nodes (DMZ_OE)". */
export function zoneTitle(t: TFunction, plan: Plan, zone: Zone): string {
  const own = plan.zoneNames[zone];
  return own ? `${zoneLabel(t, zone)} (${own})` : zoneLabel(t, zone);
}

/** A calendar day (YYYY-MM-DD) as the reader's language writes it: "18. Dezember 2026". */
export function longDay(day: string, intlTag: string): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat(intlTag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Until when a rule is needed, when every feature that needs it is temporary. */
function temporaryText(
  t: TFunction,
  plan: Plan,
  features: readonly FeatureId[],
  intlTag: string,
): string | undefined {
  const until = temporaryUntil(features, temporaryFeatures(plan.temporary));
  if (until === undefined) return undefined;
  const entries = plan.temporary.filter((x) => features.includes(x.feature));
  const reasons = [...new Set(entries.map((x) => t(`report.temporaryReasons.${x.reason}`)))];
  return t('report.temporary', { until: longDay(until, intlTag), reason: reasons.join(', ') });
}

export function reportTexts(t: TFunction, intlTag: string): ReportTexts {
  return {
    shown: t('report.shown', { shown: '{shown}', total: '{total}' }),
    showMore: t('report.showMore', { count: '{count}' }),
    noMatch: t('report.noMatch'),
    columns: {
      id: t('report.columns.id'),
      from: t('report.columns.from'),
      to: t('report.columns.to'),
      port: t('report.columns.port'),
      purpose: t('report.columns.purpose'),
      evidence: t('report.columns.evidence'),
      status: t('report.columns.status'),
      probe: t('report.columns.probe'),
    },
    statuses: RULE_STATUSES.map((s) => t(`report.statuses.${s}`)),
    noStatus: t('report.statuses.none'),
    evidence: EVIDENCE_LEVELS.map((e) => t(`evidence.${e}`)),
    statusBy: t('report.statusBy', { by: '{by}' }),
    statusAt: t('report.statusAt', { at: '{at}' }),
    statusReason: t('report.statusReason', { reason: '{reason}' }),
    hostRules: t('checklist.hostRules'),
    services: t('report.services'),
    requiredBy: t('report.requiredBy'),
    sources: t('report.sources'),
    quote: t('report.quote'),
    check: t('checklist.check'),
    intlTag,
  };
}

/** The page's data: one level's rules, and for firewall rules the host rules they merge. */
export function reportData(
  checklist: Checklist,
  level: ChecklistLevel,
  t: TFunction,
  intlTag: string,
): ReportData {
  const { plan, locale, matrix } = checklist;
  const names = new Interned();
  const pairs = new Interned();
  const phrases = new Interned();
  const probes = new Interned();
  const probe = (summary: ProbeSummary) =>
    probes.of(JSON.stringify([summary.status, probeText(t, locale, summary)]));
  const sources = new Interned();
  const quotes = new Interned();
  const endpoint = (e: EndpointRef): ReportEndpoint => [names.of(e.name), e.address];
  const firewallKeys = new Map<string, string>();
  for (const rule of matrix.firewallRules)
    for (const id of rule.hostRuleIds) firewallKeys.set(id, rule.key);
  const firewallKeyOf = (id: string) => firewallKeys.get(id);
  const status = (subject: { key: string; hostRuleIds: readonly string[] }): ReportStatus => {
    const entry = statusOf(plan.statuses, subject, firewallKeyOf);
    if (!entry) return { s: -1 };
    return {
      s: RULE_STATUSES.indexOf(entry.status),
      ...(entry.by ? { by: entry.by } : {}),
      ...(entry.at ? { at: entry.at } : {}),
      ...(entry.reason ? { reason: entry.reason } : {}),
    };
  };
  // Pairs in zone order, so the filter's list and the print view read like the PDF.
  const pairRank = (from: Zone, to: Zone) => ZONES.indexOf(from) * ZONES.length + ZONES.indexOf(to);
  const pairKeys = [
    ...new Set(checklist.rules[level].map((r) => pairRank(r.from[0]!.zone, r.to[0]!.zone))),
  ].sort((a, b) => a - b);
  for (const rank of pairKeys) {
    const [from, to] = [ZONES[Math.floor(rank / ZONES.length)]!, ZONES[rank % ZONES.length]!];
    pairs.of(t('report.pair', { from: zoneTitle(t, plan, from), to: zoneTitle(t, plan, to) }));
  }
  const pairOf = (r: ChecklistRule) => pairKeys.indexOf(pairRank(r.from[0]!.zone, r.to[0]!.zone));

  const hostRules: ReportHostRule[] = [];
  const hostRuleIndex = new Map<string, number>();
  if (level === 'firewall') {
    for (const r of checklist.rules.hosts) {
      hostRuleIndex.set(r.id, hostRules.length);
      hostRules.push({
        id: r.id,
        from: endpoint(r.from[0]!),
        to: endpoint(r.to[0]!),
        port: portText(r),
        status: status(r),
        probe: probe(r.probe),
      });
    }
  }
  const rules = checklist.rules[level].map((r): ReportRule => {
    const temporary = temporaryText(t, plan, r.features, intlTag);
    const ruleQuotes = [...new Set(r.purpose.split('; ').flatMap((p) => QUOTES.get(p) ?? []))].map(
      (q) => quotes.of(q),
    );
    return {
      id: r.id,
      pair: pairOf(r),
      from: r.from.map(endpoint),
      to: r.to.map(endpoint),
      port: portText(r),
      ports: r.portList,
      purpose: phrases.of(purposeText(locale, r.purpose)),
      services: phrases.of(serviceText(locale, r.services.join(', '))),
      requiredBy: phrases.of(
        r.features.length === 0
          ? t('report.installationItself')
          : r.features.map((f) => featureLabel(locale, f)).join(', '),
      ),
      ...(temporary ? { temporary: phrases.of(temporary) } : {}),
      evidence: EVIDENCE_LEVELS.indexOf(r.evidence),
      status: status(r),
      probe: probe(r.probe),
      sources: r.sources.map((url) => sources.of(url)),
      ...(ruleQuotes.length > 0 ? { quotes: ruleQuotes } : {}),
      ...(level === 'firewall'
        ? { hostRules: r.hostRuleIds.flatMap((id) => hostRuleIndex.get(id) ?? []) }
        : {}),
    };
  });
  return {
    level,
    texts: reportTexts(t, intlTag),
    names: names.list,
    pairs: pairs.list,
    phrases: phrases.list,
    probes: probes.list.map((p) => JSON.parse(p) as [string, string]),
    sources: sources.list.map((url): [string, string] => [
      sourceLabel(t, url),
      PAGE_URLS.has(url) && /^https:\/\//.test(url) ? url : '',
    ]),
    quotes: quotes.list,
    rules,
    hostRules,
  };
}
