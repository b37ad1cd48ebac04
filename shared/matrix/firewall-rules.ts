import { ZONES } from '../catalog';
import { weakest } from './evidence';
import type { EndpointRef, FirewallRule, HostRule } from './model';
import { formatPortRanges } from './port-ranges';

/**
 * A firewall rule's key: 64-bit FNV-1a over its host rules' ids, sorted, as 16 hex digits. Pure
 * and synchronous (the matrix runs in a worker and in the command line alike); collisions among a
 * plan's rules would need billions of them.
 */
export function ruleKey(hostRuleIds: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (const id of [...hostRuleIds].sort()) {
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x0100019d) >>> 0;
    }
    h1 = Math.imul(h1 ^ 0x0a, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ 0x0a, 0x0100019d) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The host rules between one source and one destination with one purpose and transport. */
interface PairGroup {
  rules: HostRule[];
  ports: number[];
}

/** The pairs of one destination in one class, and the sources they come from. */
interface DestinationGroup {
  pairs: PairGroup[];
  destination: EndpointRef;
  sources: Map<string, EndpointRef>;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

const sourceRef = (r: HostRule): EndpointRef => ({
  key: r.sourceKey,
  name: r.sourceName,
  address: r.source,
  zone: r.sourceZone,
});
const destinationRef = (r: HostRule): EndpointRef => ({
  key: r.destinationKey,
  name: r.destinationName,
  address: r.destination,
  zone: r.destinationZone,
});

const zoneRank = (e: EndpointRef) => ZONES.indexOf(e.zone);
const byZoneThenName = (a: EndpointRef, b: EndpointRef) =>
  zoneRank(a) - zoneRank(b) || a.name.localeCompare(b.name) || a.address.localeCompare(b.address);

/** Pairs of host rules: nested maps rather than string keys, since large plans have half a million. */
function groupPairs(hostRules: readonly HostRule[]): PairGroup[] {
  const bySource = new Map<string, Map<string, Map<string, Map<string, PairGroup>>>>();
  const pairs: PairGroup[] = [];
  for (const r of hostRules) {
    const byDestination = getOrCreate(bySource, r.sourceKey, () => new Map());
    const byPurpose = getOrCreate(byDestination, r.destinationKey, () => new Map());
    const byProtocol = getOrCreate(byPurpose, r.purpose, () => new Map());
    const group = getOrCreate(byProtocol, r.protocol, () => {
      const created: PairGroup = { rules: [], ports: [] };
      pairs.push(created);
      return created;
    });
    group.rules.push(r);
    if (!group.ports.includes(r.port)) group.ports.push(r.port);
  }
  return pairs;
}

/**
 * Level 3: the fewest rules a network team would write. Same zone pair, purpose and transport:
 * first the ports between one pair, then the sources of one destination, then the destinations
 * with the same sources. A host's traffic to itself never crosses a firewall, so a
 * rule may cover it: the OE nodes' mesh becomes one rule "OE nodes to OE nodes".
 */
export function computeFirewallRules(hostRules: readonly HostRule[]): FirewallRule[] {
  // A class: one zone pair, transport, purpose and the same ports. A network team writes its
  // rules per zone pair, so a rule never gathers sources (or destinations) of two zones.
  const classes = new Map<string, Map<string, DestinationGroup>>();
  const classSources = new Map<string, Set<string>>();
  for (const pair of groupPairs(hostRules)) {
    const r = pair.rules[0]!;
    pair.ports.sort((a, b) => a - b);
    const ports = pair.ports.length === 1 ? String(pair.ports[0]) : formatPortRanges(pair.ports);
    const zonePair = `${r.sourceZone}\u0000${r.destinationZone}`;
    const classKey = `${zonePair}\u0000${r.protocol}\u0000${r.purpose}\u0000${ports}`;
    const byDestination = getOrCreate(classes, classKey, () => new Map());
    const group = getOrCreate(byDestination, r.destinationKey, () => ({
      pairs: [],
      destination: destinationRef(r),
      sources: new Map(),
    }));
    group.pairs.push(pair);
    group.sources.set(r.sourceKey, sourceRef(r));
    getOrCreate(classSources, classKey, () => new Set()).add(r.sourceKey);
  }

  const rules: FirewallRule[] = [];
  for (const [classKey, byDestination] of classes) {
    const sourcesOfClass = classSources.get(classKey)!;
    // Destinations whose sources are the same (counting the destination itself as a don't-care).
    const bySources = new Map<string, DestinationGroup[]>();
    for (const group of byDestination.values()) {
      const { destination, sources } = group;
      if (sourcesOfClass.has(destination.key) && !sources.has(destination.key)) {
        sources.set(destination.key, { ...destination });
      }
      getOrCreate(bySources, [...sources.keys()].sort().join('\u0000'), () => []).push(group);
    }
    for (const same of bySources.values()) rules.push(firewallRule(same));
  }
  rules.sort(
    (a, b) =>
      ZONES.indexOf(a.sourceZone) - ZONES.indexOf(b.sourceZone) ||
      ZONES.indexOf(a.destinationZone) - ZONES.indexOf(b.destinationZone) ||
      a.portList[0]! - b.portList[0]! ||
      a.protocol.localeCompare(b.protocol) ||
      a.from[0]!.name.localeCompare(b.from[0]!.name) ||
      a.to[0]!.name.localeCompare(b.to[0]!.name),
  );
  const width = String(rules.length).length;
  rules.forEach((r, i) => (r.id = `FW-${String(i + 1).padStart(Math.max(3, width), '0')}`));
  return rules;
}

function firewallRule(same: DestinationGroup[]): FirewallRule {
  const hostRulesOf = same.flatMap((d) => d.pairs.flatMap((p) => p.rules));
  const first = hostRulesOf[0]!;
  const ports = same[0]!.pairs[0]!.ports;
  const hostRuleIds = hostRulesOf.map((r) => r.id);
  return {
    id: '',
    key: ruleKey(hostRuleIds),
    sourceZone: first.sourceZone,
    destinationZone: first.destinationZone,
    from: [...same[0]!.sources.values()].sort(byZoneThenName),
    to: same.map((d) => d.destination).sort(byZoneThenName),
    protocol: first.protocol,
    ports: formatPortRanges(ports),
    portList: ports,
    services: [...new Set(hostRulesOf.flatMap((r) => r.service.split(', ')))],
    purpose: first.purpose,
    features: [...new Set(hostRulesOf.flatMap((r) => r.features))],
    evidence: hostRulesOf.reduce((e, r) => weakest(e, r.evidence), first.evidence),
    sources: [...new Set(hostRulesOf.flatMap((r) => r.sources))],
    hostRuleIds,
  };
}
