import { ZONES } from '../catalog';
import { weakest } from './evidence';
import type { EndpointRef, FirewallRule, HostRule } from './model';
import { formatPortRanges } from './port-ranges';

interface Group {
  rules: HostRule[];
  ports: Set<number>;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const ref = (r: HostRule, side: 'source' | 'destination'): EndpointRef =>
  side === 'source'
    ? { key: r.sourceKey, name: r.sourceName, address: r.source, zone: r.sourceZone }
    : {
        key: r.destinationKey,
        name: r.destinationName,
        address: r.destination,
        zone: r.destinationZone,
      };

const zoneRank = (e: EndpointRef) => ZONES.indexOf(e.zone);
const byZoneThenName = (a: EndpointRef, b: EndpointRef) =>
  zoneRank(a) - zoneRank(b) || a.name.localeCompare(b.name) || a.address.localeCompare(b.address);

/**
 * Level 3: the fewest rules a network team would write. Same purpose and transport; first the ports
 * between one pair, then the sources of one destination, then destinations with the same sources.
 * A host's traffic to itself never crosses a firewall, so a rule may cover it: the OE nodes' mesh
 * becomes one rule "OE nodes to OE nodes".
 */
export function computeFirewallRules(hostRules: readonly HostRule[]): FirewallRule[] {
  const pairs = new Map<string, Group>();
  for (const r of hostRules) {
    const key = `${r.sourceKey}\u0000${r.destinationKey}\u0000${r.protocol}\u0000${r.purpose}`;
    let group = pairs.get(key);
    if (!group) pairs.set(key, (group = { rules: [], ports: new Set() }));
    group.rules.push(r);
    group.ports.add(r.port);
  }

  const withPorts = [...pairs.values()].map((g) => ({
    ...g,
    portKey: formatPortRanges(g.ports),
    first: g.rules[0]!,
  }));
  const classKey = (g: (typeof withPorts)[number]) =>
    `${g.first.protocol}\u0000${g.first.purpose}\u0000${g.portKey}`;

  // Sources of each destination, within one class (transport, purpose, ports).
  const byDestination = groupBy(withPorts, (g) => `${classKey(g)}\u0000${g.first.destinationKey}`);
  const classSources = new Map<string, Set<string>>();
  for (const g of withPorts) {
    const k = classKey(g);
    let set = classSources.get(k);
    if (!set) classSources.set(k, (set = new Set()));
    set.add(g.first.sourceKey);
  }

  const destinations = [...byDestination.values()].map((groups) => {
    const first = groups[0]!;
    const sources = new Map(groups.map((g) => [g.first.sourceKey, ref(g.first, 'source')]));
    const destination = ref(first.first, 'destination');
    if (classSources.get(classKey(first))!.has(destination.key)) {
      sources.set(destination.key, { ...destination });
    }
    const sourceKey = [...sources.keys()].sort().join('\u0000');
    return { groups, sources, destination, key: `${classKey(first)}\u0000${sourceKey}` };
  });

  const rules: FirewallRule[] = [];
  for (const same of groupBy(destinations, (d) => d.key).values()) {
    const hostRulesOf = same.flatMap((d) => d.groups.flatMap((g) => g.rules));
    const first = hostRulesOf[0]!;
    const ports = [...same[0]!.groups[0]!.ports].sort((a, b) => a - b);
    rules.push({
      id: '',
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
      hostRuleIds: hostRulesOf.map((r) => r.id),
    });
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
