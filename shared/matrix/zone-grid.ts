import { ZONES, type Transport, type Zone } from '../catalog';
import type { HostRule, ZoneGrid } from './model';
import { formatPortRanges } from './port-ranges';

/** Level 4: source zone by destination zone, with the ports in each cell. */
export function computeZoneGrid(hostRules: readonly HostRule[]): ZoneGrid {
  const cells = new Map<
    string,
    { source: Zone; destination: Zone; ports: Map<Transport, Set<number>>; count: number }
  >();
  const present = new Set<Zone>();
  for (const r of hostRules) {
    present.add(r.sourceZone).add(r.destinationZone);
    const key = `${r.sourceZone}>${r.destinationZone}`;
    let cell = cells.get(key);
    if (!cell)
      cells.set(
        key,
        (cell = {
          source: r.sourceZone,
          destination: r.destinationZone,
          ports: new Map(),
          count: 0,
        }),
      );
    let ports = cell.ports.get(r.protocol);
    if (!ports) cell.ports.set(r.protocol, (ports = new Set()));
    ports.add(r.port);
    cell.count++;
  }
  const order = (z: Zone) => ZONES.indexOf(z);
  return {
    zones: ZONES.filter((z) => present.has(z)),
    cells: [...cells.values()]
      .sort(
        (a, b) => order(a.source) - order(b.source) || order(a.destination) - order(b.destination),
      )
      .map((c) => ({
        sourceZone: c.source,
        destinationZone: c.destination,
        ports: (['tcp', 'udp'] as const)
          .filter((t) => c.ports.has(t))
          .flatMap((t) =>
            formatPortRanges(c.ports.get(t)!)
              .split(',')
              .map((p) => `${p}/${t}`),
          ),
        ruleCount: c.count,
      })),
  };
}
