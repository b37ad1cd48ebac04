import type { Transport } from '../../../shared/catalog/model';
import type { PortOwner } from '../../../shared/probes/model';
import { runCommand } from './run-command';

// Windows: `netstat -ano` gives the PID, `tasklist /svc` the image and its services,
// `netsh int ipv(4|6) show excludedportrange` the ranges Windows reserved (Hyper-V, WinNAT).
// The parsers are pure and read only columns of digits and addresses, so a German or
// French Windows (ABHÖREN, À l'écoute) parses the same.

export interface NetstatSocket {
  protocol: Transport;
  localAddress: string;
  localPort: number;
  /** TCP: waiting for connections (remote 0.0.0.0:0 or [::]:0); UDP: always. */
  listening: boolean;
  pid: number;
}

function splitEndpoint(endpoint: string): { address: string; port: number } | undefined {
  const match = /^\[?(.*?)\]?:(\d+|\*)$/.exec(endpoint);
  if (!match || match[2] === '*') return undefined;
  return { address: match[1]!.replace(/%\d+$/, ''), port: Number(match[2]) };
}

/** Parse `netstat -ano` (any language): one entry per TCP or UDP line. */
export function parseNetstatAno(text: string): NetstatSocket[] {
  const sockets: NetstatSocket[] = [];
  for (const line of text.split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    const protocol = f[0]?.toLowerCase();
    if ((protocol !== 'tcp' && protocol !== 'udp') || f.length < 4) continue;
    const local = splitEndpoint(f[1]!);
    const pid = Number(f[f.length - 1]);
    if (!local || !Number.isInteger(pid)) continue;
    const remote = f[2]!;
    sockets.push({
      protocol,
      localAddress: local.address,
      localPort: local.port,
      listening: protocol === 'udp' || /^(0\.0\.0\.0:0|\[::\]:0)$/.test(remote),
      pid,
    });
  }
  return sockets;
}

export interface TasklistEntry {
  image: string;
  pid: number;
  services: string[];
}

/** Parse `tasklist /svc /fo csv /nh`: "image","pid","service,service" (N/A when none). */
export function parseTasklistSvc(text: string): Map<number, TasklistEntry> {
  const entries = new Map<number, TasklistEntry>();
  for (const line of text.split(/\r?\n/)) {
    const cells = [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
    if (cells.length < 3) continue;
    const pid = Number(cells[1]);
    if (!Number.isInteger(pid)) continue;
    const services = cells[2]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !/^(N\/A|Nicht zutreffend|N\/D|S\.O\.)$/i.test(s));
    entries.set(pid, { image: cells[0]!, pid, services });
  }
  return entries;
}

export interface ExcludedPortRange {
  start: number;
  end: number;
  /** Marked "*": an administrator added it (netsh add excludedportrange). */
  administered: boolean;
}

/** Parse `netsh int ipv4 show excludedportrange protocol=tcp`: lines of "start end [*]". */
export function parseExcludedPortRanges(text: string): ExcludedPortRange[] {
  const ranges: ExcludedPortRange[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(\d{1,5})\s+(\d{1,5})\s*(\*)?\s*$/.exec(line);
    if (match) {
      ranges.push({ start: Number(match[1]), end: Number(match[2]), administered: !!match[3] });
    }
  }
  return ranges;
}

export async function windowsPortOwners(port: number, protocol: Transport): Promise<PortOwner[]> {
  const netstat = await runCommand('netstat', ['-ano', '-p', protocol === 'tcp' ? 'TCP' : 'UDP']);
  const netstat6 = await runCommand('netstat', [
    '-ano',
    '-p',
    protocol === 'tcp' ? 'TCPv6' : 'UDPv6',
  ]);
  const holders = parseNetstatAno(`${netstat ?? ''}\n${netstat6 ?? ''}`).filter(
    (s) => s.protocol === protocol && s.localPort === port && s.listening,
  );
  if (holders.length === 0) return [];
  const tasks = parseTasklistSvc(
    (await runCommand('tasklist', ['/svc', '/fo', 'csv', '/nh'])) ?? '',
  );
  return holders.map((h) => {
    const task = tasks.get(h.pid);
    return {
      pid: h.pid,
      ...(task ? { process: task.image } : {}),
      ...(task && task.services.length > 0 ? { services: task.services } : {}),
      address: h.localAddress,
    };
  });
}

/** The ranges Windows keeps for itself (IPv4 and IPv6); a service cannot bind inside them. */
export async function windowsExcludedRanges(protocol: Transport): Promise<ExcludedPortRange[]> {
  const ranges: ExcludedPortRange[] = [];
  for (const family of ['ipv4', 'ipv6']) {
    const text = await runCommand('netsh', [
      'int',
      family,
      'show',
      'excludedportrange',
      `protocol=${protocol}`,
    ]);
    ranges.push(...parseExcludedPortRanges(text ?? ''));
  }
  return ranges;
}
