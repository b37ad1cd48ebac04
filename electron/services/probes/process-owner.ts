import type { Transport } from '../../../shared/catalog/model';
import type { PortOwner } from '../../../shared/probes/model';
import { linuxPortOwners } from './process-owner-linux';
import { macosPortOwners } from './process-owner-macos';
import {
  windowsExcludedRanges,
  windowsPortOwners,
  type ExcludedPortRange,
} from './process-owner-windows';

/** Who holds a port on this machine, as far as the operating system tells this user. */
export function portOwners(port: number, protocol: Transport): Promise<PortOwner[]> {
  switch (process.platform) {
    case 'linux':
      return linuxPortOwners(port, protocol);
    case 'win32':
      return windowsPortOwners(port, protocol);
    case 'darwin':
      return macosPortOwners(port, protocol);
    default:
      return Promise.resolve([]);
  }
}

/** The port ranges Windows excluded from use; other systems have none. */
export function excludedPortRanges(protocol: Transport): Promise<ExcludedPortRange[]> {
  return process.platform === 'win32' ? windowsExcludedRanges(protocol) : Promise.resolve([]);
}

/** "nc (PID 4242) on 0.0.0.0", "svchost.exe (PID 1052, services RpcSs) on ::" */
export function describeOwner(owner: PortOwner): string {
  const who =
    owner.process ?? (owner.uid !== undefined ? `a process of user id ${owner.uid}` : 'a process');
  const facts = [
    ...(owner.pid !== undefined ? [`PID ${owner.pid}`] : []),
    ...(owner.services?.length ? [`services ${owner.services.join(', ')}`] : []),
  ];
  return `${who}${facts.length ? ` (${facts.join(', ')})` : ''}${owner.address ? ` on ${owner.address}` : ''}`;
}
