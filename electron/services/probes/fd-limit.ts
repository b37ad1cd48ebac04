import { readFileSync } from 'node:fs';

/** File descriptors Node, the resolver and the output need besides the probe sockets. */
export const FD_RESERVE = 48;

/** The soft limit on open files (`ulimit -n`) where the OS tells it (Linux), else undefined. */
export function openFileLimit(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const line = /^Max open files\s+(\d+|unlimited)/m.exec(
      readFileSync('/proc/self/limits', 'utf8'),
    );
    return line && line[1] !== 'unlimited' ? Number(line[1]) : undefined;
  } catch {
    return undefined;
  }
}
