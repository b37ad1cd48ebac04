import type { Transport } from '../../../shared/catalog/model';
import type { PortOwner } from '../../../shared/probes/model';
import { runCommand } from './run-command';

export interface LsofFile {
  pid: number;
  process: string;
  /** The local address the port is held on: "*" (all), "127.0.0.1", "::1". */
  address: string;
}

/** lsof names a socket "*:631", "[::1]:631" or "10.0.0.5:515->10.0.0.9:50122". */
function addressOf(name: string): string {
  const local = name.split('->')[0]!;
  return local.slice(0, local.lastIndexOf(':')).replace(/^\[|\]$/g, '');
}

/** Parse `lsof -F pcn` field output: p<pid>, c<command>, then f<fd> and n<name> per file. */
export function parseLsofFields(text: string): LsofFile[] {
  const files: LsofFile[] = [];
  let pid = 0;
  let process = '';
  for (const line of text.split(/\r?\n/)) {
    const value = line.slice(1);
    switch (line[0]) {
      case 'p':
        pid = Number(value);
        process = '';
        break;
      case 'c':
        process = value;
        break;
      case 'n':
        if (pid > 0) files.push({ pid, process, address: addressOf(value) });
        break;
    }
  }
  return files;
}

/** macOS: lsof lists the processes on the port (other users' processes only with sudo). */
export async function macosPortOwners(port: number, protocol: Transport): Promise<PortOwner[]> {
  const args =
    protocol === 'tcp'
      ? ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-F', 'pcn']
      : ['-nP', `-iUDP:${port}`, '-F', 'pcn'];
  const files = parseLsofFields((await runCommand('lsof', args)) ?? '');
  const seen = new Set<string>();
  return files.flatMap((f) => {
    const key = `${f.pid}@${f.address}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ pid: f.pid, process: f.process, address: f.address }];
  });
}
