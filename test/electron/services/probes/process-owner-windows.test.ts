import { describe, expect, it } from 'vitest';
import {
  parseExcludedPortRanges,
  parseNetstatAno,
  parseTasklistSvc,
} from '../../../../electron/services/probes/process-owner-windows';

// Outputs recorded on Windows Server 2022 (English) and Windows 11 (German), trimmed.

const NETSTAT_EN = `
Active Connections

  Proto  Local Address          Foreign Address        State           PID
  TCP    0.0.0.0:80             0.0.0.0:0              LISTENING       4
  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1052
  TCP    0.0.0.0:443            0.0.0.0:0              LISTENING       4
  TCP    10.1.2.30:49731        10.1.2.5:443           ESTABLISHED     6120
  TCP    [::]:443               [::]:0                 LISTENING       4
  TCP    [fe80::1c2d:5e:9a3b:77%12]:515  [::]:0        LISTENING       2980
  UDP    0.0.0.0:53             *:*                                    2412
  UDP    [::1]:1900             *:*                                    4664
`;

const NETSTAT_DE = `
Aktive Verbindungen

  Proto  Lokale Adresse         Remoteadresse          Status           PID
  TCP    0.0.0.0:631            0.0.0.0:0              ABHÖREN         3344
  TCP    127.0.0.1:631          127.0.0.1:50123        HERGESTELLT     3344
`;

const TASKLIST_SVC = `"System Idle Process","0","N/A"
"System","4","N/A"
"svchost.exe","1052","RpcEptMapper, RpcSs"
"dns.exe","2412","DNS"
"LPDSVC.exe","2980","LPDSVC"
"printsrv ""Hamburg"".exe","3344","Nicht zutreffend"
`;

const EXCLUDED_EN = `
Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
      2869        2869
      5357        5357
     50000       50059     *

* - Administered port exclusions.
`;

const EXCLUDED_DE = `
Protokoll tcp Portausschlussbereiche

Startport    Endport
----------    --------
      1080        1179
`;

describe('Windows netstat -ano', () => {
  it('finds the listening sockets and their PIDs, IPv4 and IPv6', () => {
    const sockets = parseNetstatAno(NETSTAT_EN);
    expect(sockets.filter((s) => s.listening && s.localPort === 443)).toEqual([
      { protocol: 'tcp', localAddress: '0.0.0.0', localPort: 443, listening: true, pid: 4 },
      { protocol: 'tcp', localAddress: '::', localPort: 443, listening: true, pid: 4 },
    ]);
    expect(sockets.find((s) => s.localPort === 515)).toMatchObject({
      localAddress: 'fe80::1c2d:5e:9a3b:77',
      pid: 2980,
      listening: true,
    });
    expect(sockets.find((s) => s.localPort === 49731)?.listening).toBe(false);
    expect(sockets.filter((s) => s.protocol === 'udp').map((s) => [s.localPort, s.pid])).toEqual([
      [53, 2412],
      [1900, 4664],
    ]);
  });

  it('reads a German Windows the same (ABHÖREN, HERGESTELLT)', () => {
    const sockets = parseNetstatAno(NETSTAT_DE);
    expect(sockets.filter((s) => s.listening)).toEqual([
      { protocol: 'tcp', localAddress: '0.0.0.0', localPort: 631, listening: true, pid: 3344 },
    ]);
  });
});

describe('Windows tasklist /svc', () => {
  it('names the image and the services of each PID', () => {
    const tasks = parseTasklistSvc(TASKLIST_SVC);
    expect(tasks.get(1052)).toEqual({
      image: 'svchost.exe',
      pid: 1052,
      services: ['RpcEptMapper', 'RpcSs'],
    });
    expect(tasks.get(4)?.services).toEqual([]);
    expect(tasks.get(3344)).toEqual({ image: 'printsrv "Hamburg".exe', pid: 3344, services: [] });
  });
});

describe('Windows excluded port ranges', () => {
  it('reads the ranges and marks the administered ones', () => {
    expect(parseExcludedPortRanges(EXCLUDED_EN)).toEqual([
      { start: 2869, end: 2869, administered: false },
      { start: 5357, end: 5357, administered: false },
      { start: 50000, end: 50059, administered: true },
    ]);
    expect(parseExcludedPortRanges(EXCLUDED_DE)).toEqual([
      { start: 1080, end: 1179, administered: false },
    ]);
  });
});
