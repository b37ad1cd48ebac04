/** Zone grid ports ("443/tcp", "8300-8302/tcp", "53/udp") the way open questions write them: "443,8300-8302/tcp 53/udp". */
export function portsText(ports: readonly string[]): string {
  const byTransport = new Map<string, string[]>();
  for (const entry of ports) {
    const [port = entry, transport = ''] = entry.split('/');
    const list = byTransport.get(transport);
    if (list) list.push(port);
    else byTransport.set(transport, [port]);
  }
  return [...byTransport].map(([transport, list]) => `${list.join(',')}/${transport}`).join(' ');
}
