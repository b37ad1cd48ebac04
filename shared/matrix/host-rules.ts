import { crossesNetwork, type ActiveFlow } from '../plan/active-flows';
import { strongest } from './evidence';
import { connectionOf } from './flows';
import type { HostRule } from './model';

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return a === b ? [...a] : [...new Set([...a, ...b])];
}

function appendUnique(list: string, item: string, separator: string): string {
  return list.split(separator).includes(item) ? list : `${list}${separator}${item}`;
}

/** A second claim needs the same rule: keep one rule that carries both reasons. */
function merge(rule: HostRule, other: HostRule): void {
  rule.service = appendUnique(rule.service, other.service, ', ');
  rule.appProtocol = appendUnique(rule.appProtocol, other.appProtocol, ', ');
  rule.purpose = appendUnique(rule.purpose, other.purpose, '; ');
  rule.features = rule.features.filter((f) => other.features.includes(f));
  rule.evidence = strongest(rule.evidence, other.evidence);
  rule.sources = union(rule.sources, other.sources);
  rule.catalogIds = union(rule.catalogIds, other.catalogIds);
}

/** Level 2: each concrete source to each concrete destination, without duplicates. */
export function computeHostRules(active: readonly ActiveFlow[]): HostRule[] {
  const rules = new Map<string, HostRule>();
  for (const claim of active) {
    const { row, sources, destinations } = claim;
    // Written out below, not spread: a large plan makes hundreds of thousands of rules.
    const connection = connectionOf(claim);
    const { port, protocol, service, appProtocol, purpose, features, evidence } = connection;
    const catalogIds = [row.id];
    for (const d of destinations) {
      for (const s of sources) {
        if (!crossesNetwork(s, d)) continue;
        const id = `${s.key}>${d.key}:${port}/${protocol}`;
        const rule: HostRule = {
          id,
          source: s.address,
          sourceName: s.name,
          sourceZone: s.zone,
          sourceKey: s.key,
          destination: d.address,
          destinationName: d.name,
          destinationZone: d.zone,
          destinationKey: d.key,
          port,
          protocol,
          service,
          appProtocol,
          purpose,
          features,
          evidence,
          sources: connection.sources,
          catalogIds,
        };
        const existing = rules.get(id);
        if (existing) merge(existing, rule);
        else rules.set(id, rule);
      }
    }
  }
  return [...rules.values()];
}
