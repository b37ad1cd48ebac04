import { describe, expect, it } from 'vitest';
import { parseLsofFields } from '../../../../electron/services/probes/process-owner-macos';

// `sudo lsof -nP -iTCP:631 -sTCP:LISTEN -F pcn` on macOS 14, and a UDP one.
const LSOF_TCP = `p512
ccupsd
f5
n*:631
f6
n[::1]:631
p9931
cnode
f23
n127.0.0.1:631
`;
const LSOF_UDP = `p301
cmDNSResponder
f7
n*:5353
p88
csshd
f3
n10.0.0.5:22->10.0.0.9:50122
`;

describe('macOS lsof -F pcn', () => {
  it('names each process and the address it holds the port on', () => {
    expect(parseLsofFields(LSOF_TCP)).toEqual([
      { pid: 512, process: 'cupsd', address: '*' },
      { pid: 512, process: 'cupsd', address: '::1' },
      { pid: 9931, process: 'node', address: '127.0.0.1' },
    ]);
    expect(parseLsofFields(LSOF_UDP)).toEqual([
      { pid: 301, process: 'mDNSResponder', address: '*' },
      { pid: 88, process: 'sshd', address: '10.0.0.5' },
    ]);
  });

  it('gives nothing for empty output (lsof found no process)', () => {
    expect(parseLsofFields('')).toEqual([]);
  });
});
