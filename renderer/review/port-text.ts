// Ports as a network engineer writes them: the transport once, then the ports ("tcp 443, 8300-8302").

export interface TransportPorts {
  transport: string;
  ports: string[];
}

/** Zone grid ports ("443/tcp", "8300-8302/tcp", "53/udp") grouped by transport. */
export function byTransport(ports: readonly string[]): TransportPorts[] {
  const groups = new Map<string, string[]>();
  for (const entry of ports) {
    const [port = entry, transport = ''] = entry.split('/');
    const list = groups.get(transport);
    if (list) list.push(port);
    else groups.set(transport, [port]);
  }
  return [...groups].map(([transport, list]) => ({ transport, ports: list }));
}

/** One short line per transport for an arrow: "tcp 443, 515, 631 +5". */
export function shortPortLines(ports: readonly string[], perLine = 4): string[] {
  return byTransport(ports).map(({ transport, ports: list }) => {
    const shown = list.slice(0, perLine).join(', ');
    return list.length > perLine
      ? `${transport} ${shown} +${list.length - perLine}`
      : `${transport} ${shown}`;
  });
}
