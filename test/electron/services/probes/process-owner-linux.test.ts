import { describe, expect, it } from 'vitest';
import { parseProcNet } from '../../../../electron/services/probes/process-owner-linux';

// Recorded on Debian 12: /proc/net/tcp and /proc/net/tcp6, trimmed.
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000:0277 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 21934 1 0000000000000000 100 0 0 10 0
   1: 0100007F:0CEA 00000000:0000 0A 00000000:00000000 00:00000000 00000000   110        0 24412 1 0000000000000000 100 0 0 10 0
   2: 0B02000A:D2A4 0502000A:01BB 01 00000000:00000000 02:000A6E4B 00000000  1000        0 77120 2 0000000000000000 20 4 30 10 -1
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:0277 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 21935 1 0000000000000000 100 0 0 10 0
   1: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 31337 1 0000000000000000 100 0 0 10 0
   2: 0000000000000000FFFF00000B02000A:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 10 0
   3: B80D0120000000000000000010000000:0801 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 999 1 0000000000000000 100 0 0 10 0
`;

describe('Linux /proc/net sockets', () => {
  it('decodes IPv4 addresses, ports, states, users and inodes', () => {
    expect(parseProcNet(TCP)).toEqual([
      { localAddress: '0.0.0.0', localPort: 631, state: '0A', uid: 0, inode: 21934 },
      { localAddress: '127.0.0.1', localPort: 3306, state: '0A', uid: 110, inode: 24412 },
      { localAddress: '10.0.2.11', localPort: 53924, state: '01', uid: 1000, inode: 77120 },
    ]);
  });

  it('decodes IPv6, IPv4-mapped and compressed addresses', () => {
    expect(parseProcNet(TCP6).map((s) => `${s.localAddress} ${s.localPort}`)).toEqual([
      ':: 631',
      '::1 8080',
      '10.0.2.11 80',
      '2001:db8::10 2049',
    ]);
  });
});
