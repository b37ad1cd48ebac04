import { readdir, readFile, readlink } from 'node:fs/promises';
import type { Transport } from '../../../shared/catalog/model';
import type { PortOwner } from '../../../shared/probes/model';

/** One socket line of /proc/net/{tcp,tcp6,udp,udp6}. */
export interface ProcNetSocket {
  localAddress: string;
  localPort: number;
  /** Hex state: 0A is LISTEN for TCP, 07 is an unconnected (bound) UDP socket. */
  state: string;
  uid: number;
  inode: number;
}

/** /proc writes each 32-bit word of an address in host (little-endian) byte order. */
function wordBytes(hex: string): number[] {
  const bytes = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return bytes.reverse();
}

function decodeAddress(hex: string): string {
  if (hex.length === 8) return wordBytes(hex).join('.');
  const bytes = [0, 8, 16, 24].flatMap((i) => wordBytes(hex.slice(i, i + 8)));
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return bytes.slice(12).join('.'); // IPv4-mapped
  }
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return compressIpv6(groups);
}

/** RFC 5952 text: the longest run of two or more zero groups becomes "::". */
function compressIpv6(groups: string[]): string {
  let best = { start: -1, length: 1 };
  for (let i = 0; i < groups.length;) {
    let j = i;
    while (groups[j] === '0') j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j > i ? j : i + 1;
  }
  if (best.start < 0) return groups.join(':');
  const head = groups.slice(0, best.start).join(':');
  const tail = groups.slice(best.start + best.length).join(':');
  return `${head}::${tail}`;
}

/** Parse the text of /proc/net/tcp, tcp6, udp or udp6. */
export function parseProcNet(text: string): ProcNetSocket[] {
  const sockets: ProcNetSocket[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const [address, port] = f[1]!.split(':');
    if (!address || !port) continue;
    sockets.push({
      localAddress: decodeAddress(address),
      localPort: parseInt(port, 16),
      state: f[3]!,
      uid: Number(f[7]),
      inode: Number(f[9]),
    });
  }
  return sockets;
}

const LISTEN = '0A';

/** The sockets that hold a port: TCP listeners, or any UDP socket bound to it. */
export async function socketsOnPort(port: number, protocol: Transport): Promise<ProcNetSocket[]> {
  const files = protocol === 'tcp' ? ['tcp', 'tcp6'] : ['udp', 'udp6'];
  const found: ProcNetSocket[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(`/proc/net/${file}`, 'utf8');
    } catch {
      continue; // e.g. tcp6 without IPv6
    }
    for (const s of parseProcNet(text)) {
      if (s.localPort !== port || s.inode === 0) continue;
      if (protocol === 'tcp' && s.state !== LISTEN) continue;
      found.push(s);
    }
  }
  return found;
}

/** Which process holds each socket inode: /proc/<pid>/fd links read "socket:[inode]". */
async function pidsByInode(inodes: ReadonlySet<number>): Promise<Map<number, number>> {
  const owners = new Map<number, number>();
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = await readdir(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or another user's process without root
    }
    for (const fd of fds) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
      if (inode && inodes.has(Number(inode)) && !owners.has(Number(inode))) {
        owners.set(Number(inode), Number(pid));
      }
    }
    if (owners.size === inodes.size) break;
  }
  return owners;
}

async function readProcText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Who holds the port, from /proc: process name, PID, command line, user id, address. */
export async function linuxPortOwners(port: number, protocol: Transport): Promise<PortOwner[]> {
  const sockets = await socketsOnPort(port, protocol);
  if (sockets.length === 0) return [];
  const pids = await pidsByInode(new Set(sockets.map((s) => s.inode)));
  const owners: PortOwner[] = [];
  const seen = new Set<string>();
  for (const s of sockets) {
    const pid = pids.get(s.inode);
    const key = `${pid ?? `uid${s.uid}`}@${s.localAddress}`;
    if (seen.has(key)) continue; // a server forked into workers shows one socket per process
    seen.add(key);
    if (pid === undefined) {
      owners.push({ address: s.localAddress, uid: s.uid });
      continue;
    }
    const name = (await readProcText(`/proc/${pid}/comm`))?.trim();
    const command = (await readProcText(`/proc/${pid}/cmdline`))
      ?.split('\0')
      .filter(Boolean)
      .join(' ')
      .slice(0, 300);
    owners.push({
      pid,
      ...(name ? { process: name } : {}),
      ...(command ? { command } : {}),
      address: s.localAddress,
      uid: s.uid,
    });
  }
  return owners;
}
