import type { Checklist } from '../../../../../electron/services/documents/checklist/checklist';
import { isCidr, isIpAddress } from '../../../../../shared/plan/addresses';

/** "source|port|transport" for every inbound host rule of a host whose source has an address. */
export function expectedPairs(checklist: Checklist, hostName: string): Set<string> {
  const key = `host:${hostName}`;
  const pairs = new Set<string>();
  for (const r of checklist.matrix.hostRules) {
    if (r.destinationKey !== key || r.sourceKey === key) continue;
    const ip = isCidr(r.source) ? r.source.split('/')[0]! : r.source;
    if (isIpAddress(ip)) pairs.add(`${r.source}|${r.port}|${r.protocol}`);
  }
  return pairs;
}

/** "8300-8302" → 8300, 8301, 8302. */
export function expandPorts(list: readonly string[]): number[] {
  return list.flatMap((p) => {
    const [a, b = a] = p.split('-').map(Number);
    return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
  });
}

export const pairsOf = (addresses: readonly string[], ports: readonly string[], protocol: string) =>
  addresses.flatMap((a) => expandPorts(ports).map((p) => `${a}|${p}|${protocol}`));
