import {
  CLIENT_KINDS,
  COMPONENTS,
  EXTERNAL_KINDS,
  ZONES,
  type Role,
  type Zone,
} from '../../../../shared/catalog';
import { endpointsOf, type Plan } from '../../../../shared/plan';

/** Every role a plan can fill, in the order the topology lists them. */
const ROLES: readonly Role[] = [
  ...CLIENT_KINDS,
  'oe-node',
  'load-balancer',
  ...COMPONENTS,
  'management-server',
  'island-checkout',
  'island-printers',
  'printers',
  ...EXTERNAL_KINDS,
];

/** A host, or a named group of addresses (client group, printer network), with the roles it plays. */
export interface TopologyEntry {
  /** `host:<name>` for hosts; groups have no single key. */
  key: string;
  zone: Zone;
  name: string;
  addresses: string[];
  roles: Role[];
  isHost: boolean;
}

/** The hosts and networks of a plan, zone by zone, each once with all its roles. */
export function planTopology(plan: Plan): TopologyEntry[] {
  const entries = new Map<string, TopologyEntry>();
  for (const role of ROLES) {
    for (const e of endpointsOf(plan, role)) {
      const isHost = e.key.startsWith('host:');
      // A group's endpoints share zone and name; a host's key is already unique.
      const id = isHost ? e.key : `${e.zone}\u0000${e.key.split(':')[0]}\u0000${e.name}`;
      const entry = entries.get(id);
      if (!entry) {
        entries.set(id, {
          key: isHost ? e.key : id,
          zone: e.zone,
          name: e.name,
          addresses: [e.address],
          roles: [role],
          isHost,
        });
        continue;
      }
      if (!entry.addresses.includes(e.address)) entry.addresses.push(e.address);
      if (!entry.roles.includes(role)) entry.roles.push(role);
    }
  }
  const zoneRank = (z: Zone) => ZONES.indexOf(z);
  return [...entries.values()].sort(
    (a, b) =>
      zoneRank(a.zone) - zoneRank(b.zone) ||
      Number(b.isHost) - Number(a.isHost) ||
      a.name.localeCompare(b.name),
  );
}

/** The hosts of a plan: what firewall scripts are written for. */
export function planHosts(plan: Plan): TopologyEntry[] {
  return planTopology(plan).filter((e) => e.isHost);
}
