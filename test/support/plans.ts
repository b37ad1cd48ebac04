/**
 * A cluster of three OE nodes oe1 to oe3 on the loopback addresses 127.0.0.<first> and the next
 * two: every probe between its hosts stays on this machine. A plan document (before validation).
 */
export function loopbackCluster(name: string, first: number) {
  return {
    schemaVersion: 1,
    project: { name, productVersion: '7.2.0', os: 'linux' },
    installation: 'cluster',
    nodes: [1, 2, 3].map((n) => ({ name: `oe${n}`, address: `127.0.0.${first + n - 1}` })),
  };
}
