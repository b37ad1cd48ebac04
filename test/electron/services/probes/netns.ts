import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';

// Real separate hosts on this machine: network namespaces joined by veth pairs, with nftables
// inside them. Only private 10.231.x.y addresses, only inside namespaces and on the veth ends;
// nothing is routed off this machine. Used by the tests and by the benchmark.
//
//   this process (root namespace, "oe1")  10.231.K.1 ──veth── 10.231.K.2  ns A ("oe2", a router)
//   ns A  10.231.K+1.1 ──veth── 10.231.K+1.2  ns B ("oe3"), behind A's masquerade (NAT)
//   10.231.K+2.0/24: routed to A, which has an "unreachable" route for it (ICMP back)
//   ns A drops 7001/tcp and 7004/udp, resets 7002/tcp, rejects 7003/tcp as admin-prohibited.
//   Programs run with `ip netns exec` resolve names against the namespace's loopback only.

export const PORTS = { dropTcp: 7001, resetTcp: 7002, prohibitedTcp: 7003, dropUdp: 7004 } as const;

function run(file: string, args: readonly string[], input?: string): string {
  return execFileSync(file, args, {
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input !== undefined ? { input } : {}),
  });
}

/** Whether namespaces can be used here, and if not, why (shown when the tests skip). */
function detectSupport(): { ok: boolean; reason: string } {
  if (process.platform !== 'linux')
    return { ok: false, reason: 'network namespaces are Linux only' };
  if (process.getuid?.() !== 0)
    return { ok: false, reason: 'not running as root (ip netns needs it)' };
  for (const tool of ['/usr/sbin/ip', '/usr/sbin/nft']) {
    if (!existsSync(tool) && !existsSync(tool.replace('/usr/sbin', '/sbin'))) {
      return {
        ok: false,
        reason: `${tool.split('/').pop()} is not installed (apt-get install iproute2 nftables)`,
      };
    }
  }
  const probe = `oepp-check-${process.pid}`;
  try {
    run('ip', ['netns', 'add', probe]);
    run('ip', ['netns', 'exec', probe, 'nft', 'list', 'tables']);
    return { ok: true, reason: '' };
  } catch (e) {
    return {
      ok: false,
      reason: `ip netns does not work here: ${(e as Error).message.split('\n')[0]}`,
    };
  } finally {
    try {
      run('ip', ['netns', 'del', probe]);
    } catch {
      // it was never created
    }
  }
}

export const netnsSupport = detectSupport();
export const canUseNetns = netnsSupport.ok;

/** A /24 index K such that K, K+1 and K+2 are not in use on this machine. */
function freeSubnets(): number {
  const used = run('ip', ['-4', 'route', 'show', 'table', 'all']) + run('ip', ['-4', 'addr']);
  const start = (process.pid * 7) % 80;
  for (let i = 0; i < 80; i++) {
    const k = ((start + i) % 80) * 3;
    if ([k, k + 1, k + 2].every((n) => !used.includes(`10.231.${n}.`))) return k;
  }
  throw new Error('no free 10.231.x.0/24 subnets for the test lab');
}

export interface Lab {
  /** Namespace names. */
  a: string;
  b: string;
  /** This process's address towards A ("oe1"). */
  rootAddress: string;
  /** A's address towards this process ("oe2"). */
  aAddress: string;
  /** A's address towards B: what B sees when A masquerades. */
  routerAddress: string;
  /** B's address ("oe3"), reached through A with NAT. */
  bAddress: string;
  /** A network A answers with ICMP unreachable. */
  unreachableNet: string;
  /** Run a command inside a namespace. */
  exec(ns: string, args: readonly string[]): string;
  /** Start a long-running process inside a namespace. */
  spawnIn(ns: string, file: string, args: readonly string[]): ChildProcess;
  destroy(): void;
}

const RULESET = `
table inet lab {
  chain input {
    type filter hook input priority 0; policy accept;
    tcp dport ${PORTS.dropTcp} drop
    tcp dport ${PORTS.resetTcp} reject with tcp reset
    tcp dport ${PORTS.prohibitedTcp} reject with icmpx type admin-prohibited
    udp dport ${PORTS.dropUdp} drop
  }
}
table ip nat {
  chain postrouting {
    type nat hook postrouting priority 100; policy accept;
    oifname "SIDE_B" masquerade
  }
}
`;

export function createLab(): Lab {
  if (!canUseNetns) throw new Error(netnsSupport.reason);
  const id = `${process.pid}${Math.floor(Math.random() * 1000)}`.slice(-7);
  const a = `oepp-a-${id}`;
  const b = `oepp-b-${id}`;
  // Interface names: at most 15 characters.
  const rootSide = `oer${id}`;
  const aLeft = `oea${id}`;
  const aRight = `oeb${id}`;
  const bSide = `oec${id}`;
  const k = freeSubnets();
  const net = (n: number, host: number) => `10.231.${k + n}.${host}`;
  // `ip netns exec` reads /etc/netns/<ns>/resolv.conf: a name server on the namespace's own
  // loopback, where nothing listens, so name lookups fail at once and never leave the machine
  // (nor spend the router's ICMP budget, which would hide later "unreachable" answers).
  const resolvConfDirs = [a, b].map((ns) => `/etc/netns/${ns}`);
  const createdEtcNetns = !existsSync('/etc/netns');
  const lab: Lab = {
    a,
    b,
    rootAddress: net(0, 1),
    aAddress: net(0, 2),
    routerAddress: net(1, 1),
    bAddress: net(1, 2),
    unreachableNet: `${net(2, 0)}/24`,
    exec: (ns, args) => run('ip', ['netns', 'exec', ns, ...args]),
    spawnIn: (ns, file, args) =>
      spawn('ip', ['netns', 'exec', ns, file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }),
    destroy: () => {
      for (const ns of [a, b]) {
        try {
          run('ip', ['netns', 'del', ns]);
        } catch {
          // already gone
        }
      }
      try {
        run('ip', ['link', 'del', rootSide]); // gone with A normally
      } catch {
        // already gone
      }
      for (const dir of resolvConfDirs) rmSync(dir, { recursive: true, force: true });
      if (createdEtcNetns) {
        try {
          rmdirSync('/etc/netns'); // only if empty: another lab may still use it
        } catch {
          // not empty, or gone
        }
      }
    },
  };
  try {
    run('ip', ['netns', 'add', a]);
    run('ip', ['netns', 'add', b]);
    for (const dir of resolvConfDirs) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/resolv.conf`, 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n');
    }
    run('ip', ['link', 'add', rootSide, 'type', 'veth', 'peer', 'name', aLeft, 'netns', a]);
    run('ip', ['-n', a, 'link', 'add', aRight, 'type', 'veth', 'peer', 'name', bSide, 'netns', b]);
    run('ip', ['addr', 'add', `${lab.rootAddress}/24`, 'dev', rootSide]);
    run('ip', ['link', 'set', rootSide, 'up']);
    run('ip', ['route', 'add', `${net(1, 0)}/24`, 'via', lab.aAddress, 'dev', rootSide]);
    run('ip', ['route', 'add', lab.unreachableNet, 'via', lab.aAddress, 'dev', rootSide]);
    run('ip', ['-n', a, 'addr', 'add', `${lab.aAddress}/24`, 'dev', aLeft]);
    run('ip', ['-n', a, 'addr', 'add', `${lab.routerAddress}/24`, 'dev', aRight]);
    for (const dev of ['lo', aLeft, aRight]) run('ip', ['-n', a, 'link', 'set', dev, 'up']);
    run('ip', ['-n', a, 'route', 'add', 'unreachable', lab.unreachableNet]);
    lab.exec(a, ['sysctl', '-q', '-w', 'net.ipv4.ip_forward=1']);
    run('ip', ['netns', 'exec', a, 'nft', '-f', '-'], RULESET.replace('SIDE_B', aRight));
    run('ip', ['-n', b, 'addr', 'add', `${lab.bAddress}/24`, 'dev', bSide]);
    for (const dev of ['lo', bSide]) run('ip', ['-n', b, 'link', 'set', dev, 'up']);
    run('ip', ['-n', b, 'route', 'add', 'default', 'via', lab.routerAddress]);
    // Safety: every lab address must be routed into the lab, never to a gateway.
    for (const address of [lab.aAddress, lab.bAddress, net(2, 5)]) {
      const route = run('ip', ['route', 'get', address]);
      if (!route.includes(`dev ${rootSide}`)) {
        throw new Error(`lab address ${address} would leave through another interface: ${route}`);
      }
    }
  } catch (e) {
    lab.destroy();
    throw e;
  }
  return lab;
}
