import { text, type Text } from '../i18n';
import type { Transport } from '../catalog/model';
import type { HostRule } from '../matrix/model';

// What a probe may touch: only hosts and ports of the plan, derived from its host rules.
// The plan's hosts themselves (which host this machine may be) come from shared/plan's planHosts.

const HOST_KEY = 'host:';

/** One connection attempt the prober makes for one host rule. */
export interface ReachTarget {
  ruleId: string;
  /** IP address or host name. */
  address: string;
  port: number;
  protocol: Transport;
  /** Who should answer: our responder names this plan and host (and a campaign's nonce) in its banner. */
  expect?: { plan: string; host: string; nonce?: string };
}

export interface UntestableRule {
  ruleId: string;
  reason: Text;
}

/** A network written as a single host (/32, /128) is that host; any other CIDR is a network. */
function singleHost(destination: string): string | undefined {
  const [address, bits] = destination.split('/');
  if (bits === undefined) return destination;
  const full = address!.includes(':') ? '128' : '32';
  return bits === full ? address : undefined;
}

/**
 * Every host rule whose source is this host, as a probe target, or why it cannot be probed. With a
 * campaign's nonce, only a responder started for that campaign verifies a rule.
 */
export function reachTargets(
  rules: readonly HostRule[],
  planName: string,
  hostName: string,
  nonce?: string,
): { targets: ReachTarget[]; untestable: UntestableRule[] } {
  const targets: ReachTarget[] = [];
  const untestable: UntestableRule[] = [];
  for (const r of rules) {
    if (r.sourceKey !== `${HOST_KEY}${hostName}`) continue;
    const address = singleHost(r.destination);
    if (address === undefined) {
      untestable.push({
        ruleId: r.id,
        reason: text('probeReasons.network', {
          destination: r.destination,
          name: r.destinationName,
        }),
      });
      continue;
    }
    targets.push({
      ruleId: r.id,
      address,
      port: r.port,
      protocol: r.protocol,
      ...(r.destinationKey.startsWith(HOST_KEY)
        ? { expect: { plan: planName, host: r.destinationName, ...(nonce ? { nonce } : {}) } }
        : {}),
    });
  }
  return { targets, untestable };
}

/** A port this host must listen on, with the services and host rules that need it. */
export interface ListenPort {
  port: number;
  protocol: Transport;
  services: string[];
  ruleIds: string[];
}

/** The ports this host must listen on (each port and protocol once), TCP first, by port. */
export function listenPorts(rules: readonly HostRule[], hostName: string): ListenPort[] {
  const ports = new Map<string, ListenPort>();
  for (const r of rules) {
    if (r.destinationKey !== `${HOST_KEY}${hostName}`) continue;
    const key = `${r.port}/${r.protocol}`;
    const entry = ports.get(key) ?? {
      port: r.port,
      protocol: r.protocol,
      services: [],
      ruleIds: [],
    };
    for (const s of r.service.split(', ')) if (!entry.services.includes(s)) entry.services.push(s);
    entry.ruleIds.push(r.id);
    ports.set(key, entry);
  }
  return [...ports.values()].sort(
    (a, b) => a.protocol.localeCompare(b.protocol) || a.port - b.port,
  );
}
