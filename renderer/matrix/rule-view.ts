import { ZONES, type Evidence, type FeatureId, type Zone } from '../../shared/catalog';
import { featureLabel, LOCALES, purposeText, serviceText } from '../../shared/i18n';
import {
  statusOf,
  type EndpointRef,
  type FirewallRule,
  type HostRule,
  type Matrix,
  type Statuses,
} from '../../shared/matrix';
import type { RuleStatus } from '../../shared/plan';
import { PROBE_STATUSES, type ProbeStatus } from '../../shared/probes/model';
import type {
  DisplayRow,
  EndpointText,
  GroupRow,
  ProbeCounts,
  RuleLevel,
  RuleProbe,
  RuleQuery,
  RuleRow,
  SortKey,
  ZonePairOption,
} from './protocol';

/** How many endpoints of a side a row carries; the table shows a few and the count. */
const ENDPOINTS_SHOWN = 20;
const EVIDENCE_ORDER: readonly Evidence[] = ['seed', 'docs', 'inferred'];

const shownWords = new Map<string, string>();

/**
 * What the table shows for a rule's purpose, services and features, in English and German: the
 * worker does not know the UI's language, and a search finds a rule by the words on screen.
 */
function wordsShown(purpose: string, services: readonly string[], features: readonly FeatureId[]) {
  const key = `${purpose}\u0000${services.join(',')}\u0000${features.join(',')}`;
  let words = shownWords.get(key);
  if (words === undefined) {
    words = [
      ...LOCALES.map((locale) => purposeText(locale, purpose)),
      ...services.flatMap((s) => LOCALES.map((locale) => serviceText(locale, s))),
      ...features.flatMap((f) => LOCALES.map((locale) => featureLabel(locale, f))),
    ].join('\n');
    shownWords.set(key, words);
  }
  return words;
}

/** What a search matches in a rule, lower case: its own fields, then the words the table shows. */
function searchText(
  own: readonly string[],
  services: readonly string[],
  rule: { purpose: string; features: readonly FeatureId[]; evidence: Evidence },
): string {
  const { purpose, features, evidence } = rule;
  return [
    ...own,
    ...services,
    purpose,
    ...features,
    wordsShown(purpose, services, features),
    evidence,
  ]
    .join('\n')
    .toLowerCase();
}

/** One level of the matrix seen uniformly, so filtering, sorting and grouping are written once. */
interface Level {
  size: number;
  zonePair(i: number): string;
  evidence(i: number): Evidence;
  /** The level's own sort keys; id and evidence sort alike at every level (see sortKeyOf). */
  sortKey(i: number, key: Exclude<SortKey, 'id' | 'evidence'>): string | number;
  text(i: number): string;
  row(i: number): RuleRow;
  /** Host rules: the latest probe status, untested when none; firewall rules have none. */
  probe(i: number): ProbeStatus | undefined;
  /** Its change status; undefined while it has none. */
  status(i: number): RuleStatus | undefined;
}

/** Latest probe results by host rule id. */
export type ProbesByRule = ReadonlyMap<string, RuleProbe>;

const zoneRank = (z: Zone) => ZONES.indexOf(z);
const distinctZones = (refs: readonly EndpointRef[]) =>
  [...new Set(refs.map((r) => r.zone))].sort((a, b) => zoneRank(a) - zoneRank(b));

export const zonePairKey = (sources: readonly Zone[], destinations: readonly Zone[]) =>
  `${sources.join(',')}>${destinations.join(',')}`;

export function splitZonePair(key: string): { sourceZones: Zone[]; destinationZones: Zone[] } {
  const [from = '', to = ''] = key.split('>');
  return {
    sourceZones: from.split(',').filter(Boolean) as Zone[],
    destinationZones: to.split(',').filter(Boolean) as Zone[],
  };
}

const endpointText = (r: EndpointRef): EndpointText => ({ name: r.name, address: r.address });
const label = (r: { name: string; address: string }) =>
  r.name === r.address ? r.name : `${r.name} ${r.address}`;

/** Rules keep their order in the matrix for id, and sort by evidence alike at every level. */
function sortKeyOf(level: Level, i: number, key: SortKey): string | number {
  if (key === 'id') return i;
  if (key === 'evidence') return EVIDENCE_ORDER.indexOf(level.evidence(i));
  return level.sortKey(i, key);
}

function firewallLevel(rules: readonly FirewallRule[], statuses: Statuses): Level {
  const status = (i: number) => statusOf(statuses, rules[i]!)?.status;
  const pairs = rules.map((r) => zonePairKey(distinctZones(r.from), distinctZones(r.to)));
  return {
    size: rules.length,
    zonePair: (i) => pairs[i]!,
    evidence: (i) => rules[i]!.evidence,
    sortKey: (i, key) => {
      const r = rules[i]!;
      switch (key) {
        case 'source':
          return label(r.from[0]!).toLowerCase();
        case 'destination':
          return label(r.to[0]!).toLowerCase();
        case 'port':
          return r.portList[0]!;
        case 'service':
          return r.services.join(', ').toLowerCase();
      }
    },
    text: (i) => {
      const r = rules[i]!;
      return searchText(
        [r.id, ...r.from.map(label), ...r.to.map(label), `${r.ports}/${r.protocol}`],
        r.services,
        r,
      );
    },
    row: (i) => {
      const r = rules[i]!;
      return {
        kind: 'rule',
        id: r.id,
        sourceZones: distinctZones(r.from),
        sources: r.from.slice(0, ENDPOINTS_SHOWN).map(endpointText),
        sourceCount: r.from.length,
        destinationZones: distinctZones(r.to),
        destinations: r.to.slice(0, ENDPOINTS_SHOWN).map(endpointText),
        destinationCount: r.to.length,
        ports: r.ports,
        protocol: r.protocol,
        services: r.services.join(', '),
        purpose: r.purpose,
        features: r.features,
        evidence: r.evidence,
        sourceUrls: r.sources,
        ...(status(i) ? { status: status(i)! } : {}),
      };
    },
    probe: () => undefined,
    status,
  };
}

function hostLevel(
  rules: readonly HostRule[],
  probes: () => ProbesByRule,
  statuses: Statuses,
  firewallKeyOf: ReadonlyMap<string, string>,
): Level {
  const status = (i: number) =>
    statusOf(statuses, { key: rules[i]!.id, hostRuleIds: [rules[i]!.id] }, (id) =>
      firewallKeyOf.get(id),
    )?.status;
  return {
    size: rules.length,
    zonePair: (i) => zonePairKey([rules[i]!.sourceZone], [rules[i]!.destinationZone]),
    evidence: (i) => rules[i]!.evidence,
    sortKey: (i, key) => {
      const r = rules[i]!;
      switch (key) {
        case 'source':
          return `${r.sourceName} ${r.source}`.toLowerCase();
        case 'destination':
          return `${r.destinationName} ${r.destination}`.toLowerCase();
        case 'port':
          return r.port;
        case 'service':
          return r.service.toLowerCase();
      }
    },
    text: (i) => {
      const r = rules[i]!;
      return searchText(
        [r.id, r.sourceName, r.source, r.destinationName, r.destination, `${r.port}/${r.protocol}`],
        [r.service],
        r,
      );
    },
    row: (i) => {
      const r = rules[i]!;
      return {
        kind: 'rule',
        id: r.id,
        sourceZones: [r.sourceZone],
        sources: [{ name: r.sourceName, address: r.source }],
        sourceCount: 1,
        destinationZones: [r.destinationZone],
        destinations: [{ name: r.destinationName, address: r.destination }],
        destinationCount: 1,
        ports: String(r.port),
        protocol: r.protocol,
        services: r.service,
        purpose: r.purpose,
        features: r.features,
        evidence: r.evidence,
        sourceUrls: r.sources,
        ...(probes().has(r.id) ? { probe: probes().get(r.id)! } : {}),
        ...(status(i) ? { status: status(i)! } : {}),
      };
    },
    probe: (i) => probes().get(rules[i]!.id)?.status ?? 'untested',
    status,
  };
}

function pairOrder(a: string, b: string): number {
  const x = splitZonePair(a);
  const y = splitZonePair(b);
  return (
    zoneRank(x.sourceZones[0]!) - zoneRank(y.sourceZones[0]!) ||
    zoneRank(x.destinationZones[0]!) - zoneRank(y.destinationZones[0]!) ||
    a.localeCompare(b)
  );
}

interface View {
  /** A rule index, or -(g + 1) for the g-th group heading. */
  entries: number[];
  groups: GroupRow[];
}

/** The rules of both levels, filtered, sorted and grouped on request; the last views are kept. */
export class RuleViews {
  readonly #levels: Record<RuleLevel, Level>;
  readonly #haystacks = new Map<RuleLevel, string[]>();
  readonly #pairs = new Map<RuleLevel, ZonePairOption[]>();
  readonly #hostRules: readonly HostRule[];
  #hostIndex: Map<string, number> | null = null;
  #probes: ProbesByRule;
  #cache: { key: string; view: View } | null = null;

  constructor(matrix: Matrix, probes: ProbesByRule = new Map(), statuses: Statuses = {}) {
    this.#hostRules = matrix.hostRules;
    this.#probes = probes;
    const firewallKeyOf = new Map<string, string>();
    for (const r of matrix.firewallRules) {
      for (const id of r.hostRuleIds) firewallKeyOf.set(id, r.key);
    }
    this.#levels = {
      firewall: firewallLevel(matrix.firewallRules, statuses),
      hosts: hostLevel(matrix.hostRules, () => this.#probes, statuses, firewallKeyOf),
    };
  }

  /** New probe results: statuses, the status filter and the counts follow. */
  setProbes(probes: ProbesByRule): void {
    this.#probes = probes;
    this.#cache = null;
  }

  /** Host rules by latest probe status; results for rules the plan no longer has are counted apart. */
  probeCounts(): ProbeCounts {
    const counts = Object.fromEntries(PROBE_STATUSES.map((s) => [s, 0])) as Record<
      ProbeStatus,
      number
    >;
    let latest = '';
    let joined = 0;
    for (const rule of this.#hostRules) {
      const probe = this.#probes.get(rule.id);
      counts[probe?.status ?? 'untested']++;
      if (!probe) continue;
      joined++;
      if (probe.probedAt > latest) latest = probe.probedAt;
    }
    return { counts, latest, stale: this.#probes.size - joined };
  }

  /** Host rules by id, as table rows (unknown ids are left out). */
  describe(ids: readonly string[]): RuleRow[] {
    this.#hostIndex ??= new Map(this.#hostRules.map((r, i) => [r.id, i]));
    const level = this.#levels.hosts;
    return ids.flatMap((id) => {
      const i = this.#hostIndex!.get(id);
      return i === undefined ? [] : [level.row(i)];
    });
  }

  /** The zone pairs of a level with their rule counts, for the filter. */
  zonePairs(level: RuleLevel): ZonePairOption[] {
    let pairs = this.#pairs.get(level);
    if (!pairs) {
      const l = this.#levels[level];
      const counts = new Map<string, number>();
      for (let i = 0; i < l.size; i++) {
        const key = l.zonePair(i);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      pairs = [...counts.keys()]
        .sort(pairOrder)
        .map((key) => ({ key, count: counts.get(key)!, ...splitZonePair(key) }));
      this.#pairs.set(level, pairs);
    }
    return pairs;
  }

  #haystack(level: RuleLevel): string[] {
    let texts = this.#haystacks.get(level);
    if (!texts) {
      const l = this.#levels[level];
      texts = Array.from({ length: l.size }, (_, i) => l.text(i));
      this.#haystacks.set(level, texts);
    }
    return texts;
  }

  #view(query: RuleQuery): View {
    const key = JSON.stringify(query);
    if (this.#cache?.key === key) return this.#cache.view;
    const l = this.#levels[query.level];
    const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
    const texts = words.length > 0 ? this.#haystack(query.level) : [];
    const selected: number[] = [];
    for (let i = 0; i < l.size; i++) {
      if (query.evidence && l.evidence(i) !== query.evidence) continue;
      if (query.zonePair && l.zonePair(i) !== query.zonePair) continue;
      if (query.probe && l.probe(i) !== query.probe) continue;
      if (query.status && (l.status(i) ?? 'none') !== query.status) continue;
      if (words.length > 0 && !words.every((w) => texts[i]!.includes(w))) continue;
      selected.push(i);
    }
    // Keys and pair ranks computed once per rule: the comparator runs millions of times on large plans.
    const keys: (string | number)[] = new Array<string | number>(l.size);
    for (const i of selected) keys[i] = sortKeyOf(l, i, query.sort);
    const pairRank = new Int32Array(query.groupByZonePair ? l.size : 0);
    if (query.groupByZonePair) {
      const rank = new Map(this.zonePairs(query.level).map((p, r) => [p.key, r]));
      for (const i of selected) pairRank[i] = rank.get(l.zonePair(i))!;
    }
    const direction = query.descending ? -1 : 1;
    if (query.sort !== 'id' || query.descending || query.groupByZonePair) {
      selected.sort((a, b) => {
        if (query.groupByZonePair && pairRank[a] !== pairRank[b])
          return pairRank[a]! - pairRank[b]!;
        const x = keys[a]!;
        const y = keys[b]!;
        return (x < y ? -direction : x > y ? direction : 0) || a - b;
      });
    }
    const view: View = { entries: selected, groups: [] };
    if (query.groupByZonePair) {
      view.entries = [];
      let current = '';
      for (const i of selected) {
        const pair = l.zonePair(i);
        if (pair !== current) {
          current = pair;
          view.groups.push({ kind: 'group', zonePair: pair, count: 0, ...splitZonePair(pair) });
          view.entries.push(-view.groups.length);
        }
        view.groups.at(-1)!.count++;
        view.entries.push(i);
      }
    }
    this.#cache = { key, view };
    return view;
  }

  rows(
    query: RuleQuery,
    start: number,
    end: number,
  ): { total: number; matched: number; rows: DisplayRow[]; zonePairs: ZonePairOption[] } {
    const view = this.#view(query);
    const l = this.#levels[query.level];
    const rows = view.entries
      .slice(Math.max(0, start), Math.max(start, end))
      .map((e): DisplayRow => (e >= 0 ? l.row(e) : view.groups[-e - 1]!));
    return {
      total: view.entries.length,
      matched: view.entries.length - view.groups.length,
      rows,
      zonePairs: this.zonePairs(query.level),
    };
  }
}
