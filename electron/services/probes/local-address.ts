import { createSocket } from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { normalizeAddress } from '../../../shared/probes/banner';

/** Does this machine own the address? Binding to it is the test the OS itself applies. */
export function isLocalAddress(address: string): Promise<boolean> {
  const family = isIP(address);
  if (family === 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = createSocket(family === 6 ? 'udp6' : 'udp4');
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind({ address, port: 0 }, () => {
      socket.close();
      resolve(true);
    });
  });
}

/**
 * The planned address of this machine's host, if this machine has it: the address services bind
 * and probes leave from. A host planned by name is looked up, and local answers count.
 */
export async function plannedLocalAddress(planned: string): Promise<string | undefined> {
  let candidates = [planned];
  if (isIP(planned) === 0) {
    try {
      candidates = (await lookup(planned, { all: true })).map((a) => a.address);
    } catch {
      return undefined;
    }
  }
  for (const address of candidates) if (await isLocalAddress(address)) return address;
  return undefined;
}

/**
 * The source address the kernel picks to reach a destination: connecting a UDP socket
 * chooses the route without sending anything.
 */
export function routeSourceAddress(destination: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = createSocket(isIP(destination) === 6 ? 'udp6' : 'udp4');
    socket.once('error', () => {
      socket.close();
      resolve('');
    });
    socket.connect(port, destination, () => {
      const { address } = socket.address();
      socket.close();
      resolve(normalizeAddress(address));
    });
  });
}

/** All addresses of this machine: "::" where IPv6 works (it takes IPv4 too), else "0.0.0.0". */
export async function wildcardAddress(): Promise<string> {
  return (await isLocalAddress('::')) ? '::' : '0.0.0.0';
}
