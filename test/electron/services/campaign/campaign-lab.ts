import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

// A campaign's hosts on this machine: one network namespace per plan host, all on one bridge in
// this (the controller's) namespace, each with its own sshd and an nftables audit that counts
// every IPv4 packet a host sends to an address outside the plan. Only 10.213.x.y addresses, only
// on the lab's own interfaces: nothing is routed off this machine. Used by the tests and the bench.

function run(file: string, args: readonly string[], input?: string): string {
  return execFileSync(file, args, {
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input !== undefined ? { input } : {}),
  });
}

/** Stop every process in one of the lab's namespaces, by its id (the lab started them all). */
function killAllIn(ns: string): void {
  let pids: string[];
  try {
    pids = run('ip', ['netns', 'pids', ns]).split('\n').filter(Boolean);
  } catch {
    return; // no such namespace
  }
  for (const pid of pids) {
    try {
      process.kill(Number(pid));
    } catch {
      // gone already
    }
  }
}

const which = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** Whether a campaign can run here, and if not, why (printed when the tests skip). */
function detectSupport(): { ok: boolean; reason: string } {
  if (process.platform !== 'linux')
    return { ok: false, reason: 'network namespaces are Linux only' };
  if (process.getuid?.() !== 0)
    return { ok: false, reason: 'not running as root (ip netns needs it)' };
  for (const [tool, install] of [
    ['ip', 'iproute2'],
    ['nft', 'nftables'],
    ['ansible-playbook', 'ansible-core'],
    ['ssh', 'openssh-client'],
    ['ssh-keygen', 'openssh-client'],
  ] as const) {
    if (!which(tool))
      return { ok: false, reason: `${tool} is missing (apt-get install ${install})` };
  }
  if (!existsSync('/usr/sbin/sshd'))
    return { ok: false, reason: 'sshd is missing (apt-get install openssh-server)' };
  return { ok: true, reason: '' };
}

export const campaignSupport = detectSupport();

/** A /24 index K such that 10.213.K.0/24 is not in use on this machine. */
function freeSubnet(): number {
  const used = run('ip', ['-4', 'route', 'show', 'table', 'all']) + run('ip', ['-4', 'addr']);
  const start = (process.pid * 13) % 250;
  for (let i = 0; i < 250; i++) {
    const k = (start + i) % 250;
    if (!used.includes(`10.213.${k}.`)) return k;
  }
  throw new Error('no free 10.213.x.0/24 subnet for the campaign lab');
}

export interface LabHost {
  name: string;
  address: string;
  ns: string;
}

export interface CampaignLab {
  /** The plan's hosts with their namespaces and addresses. */
  hosts: LabHost[];
  /** The controller's address on the bridge (SSH comes from it). */
  controller: string;
  /** The test's SSH key and a folder for the lab's files. */
  key: string;
  dir: string;
  subnet: string;
  /** Start sshd in the host's namespace (not started: the host is "down" for Ansible). */
  startSshd(name: string): void;
  stopSshd(name: string): void;
  exec(name: string, args: readonly string[], input?: string): string;
  /** IPv4 packets each host sent to an address outside the plan (SSH answers excepted). */
  strayPackets(): Record<string, number>;
  /** Fill the inventory's blanks as a technician would, for this lab. */
  fillInventory(file: string, node: string): void;
  destroy(): void;
}

/** Namespaces for the hosts `address(k)` names (k: the free /24). */
export function createCampaignLab(
  hosts: readonly { name: string; last: number }[],
): CampaignLab & { addressOf: (last: number) => string } {
  if (!campaignSupport.ok) throw new Error(campaignSupport.reason);
  const id = `${process.pid}${Math.floor(Math.random() * 1000)}`.slice(-6);
  const k = freeSubnet();
  const addressOf = (last: number) => `10.213.${k}.${last}`;
  const bridge = `oecb${id}`;
  const dir = mkdtempSync(join(tmpdir(), 'oepp-campaign-lab-'));
  const labHosts: LabHost[] = hosts.map((h, i) => ({
    name: h.name,
    address: addressOf(h.last),
    ns: `oepp-c${i}-${id}`,
  }));
  const controller = addressOf(254);
  const key = join(dir, 'id_ed25519');
  const pidFile = (h: LabHost) => join(dir, `sshd-${h.name}.pid`);
  const byName = (name: string) => {
    const host = labHosts.find((h) => h.name === name);
    if (!host) throw new Error(`no lab host ${name}`);
    return host;
  };
  const planAddresses = labHosts.map((h) => h.address).join(', ');
  const lab = {
    hosts: labHosts,
    controller,
    key,
    dir,
    subnet: `10.213.${k}.0/24`,
    addressOf,
    exec: (name: string, args: readonly string[], input?: string) =>
      run('ip', ['netns', 'exec', byName(name).ns, ...args], input),
    startSshd(name: string) {
      const host = byName(name);
      const config = join(dir, `sshd-${name}.conf`);
      writeFileSync(
        config,
        [
          `ListenAddress ${host.address}`,
          `HostKey ${join(dir, 'host_key')}`,
          `PidFile ${pidFile(host)}`,
          `AuthorizedKeysFile ${key}.pub`,
          'PermitRootLogin prohibit-password',
          'PasswordAuthentication no',
          'KbdInteractiveAuthentication no',
          'UsePAM no',
          'StrictModes no',
          'UseDNS no',
          'Subsystem sftp internal-sftp',
          '',
        ].join('\n'),
      );
      mkdirSync('/run/sshd', { recursive: true });
      run('ip', ['netns', 'exec', host.ns, '/usr/sbin/sshd', '-f', config]);
    },
    stopSshd(name: string) {
      // sshd and its open sessions: every process of the host's namespace (all started here).
      killAllIn(byName(name).ns);
      rmSync(pidFile(byName(name)), { force: true });
    },
    strayPackets() {
      return Object.fromEntries(
        labHosts.map((h) => {
          const rules = run('ip', [
            'netns',
            'exec',
            h.ns,
            'nft',
            '-j',
            'list',
            'chain',
            'ip',
            'audit',
            'output',
          ]);
          const counter = (
            JSON.parse(rules) as {
              nftables: {
                rule?: { comment?: string; expr: { counter?: { packets: number } }[] };
              }[];
            }
          ).nftables
            .flatMap((e) => (e.rule?.comment === 'stray' ? e.rule.expr : []))
            .find((x) => x.counter)?.counter?.packets;
          return [h.name, counter ?? -1];
        }),
      );
    },
    fillInventory(file: string, node: string) {
      const inventory = parse(readFileSync(file, 'utf8')) as {
        all: { vars: Record<string, unknown> };
      };
      Object.assign(inventory.all.vars, {
        ansible_user: 'root',
        ansible_ssh_private_key_file: key,
        ansible_ssh_common_args:
          '-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ConnectTimeout=5',
        oe_ports_become: false,
        oe_ports_node: node,
      });
      writeFileSync(file, stringify(inventory));
    },
    destroy() {
      for (const h of labHosts) {
        killAllIn(h.ns);
        try {
          run('ip', ['netns', 'del', h.ns]);
        } catch {
          // already gone
        }
      }
      try {
        run('ip', ['link', 'del', bridge]);
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
    run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
    run('ip', ['link', 'add', bridge, 'type', 'bridge']);
    run('ip', ['addr', 'add', `${controller}/24`, 'dev', bridge]);
    run('ip', ['link', 'set', bridge, 'up']);
    labHosts.forEach((h, i) => {
      const outer = `oecv${i}${id}`;
      run('ip', ['netns', 'add', h.ns]);
      run('ip', ['link', 'add', outer, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', h.ns]);
      run('ip', ['link', 'set', outer, 'master', bridge]);
      run('ip', ['link', 'set', outer, 'up']);
      run('ip', ['netns', 'exec', h.ns, 'sysctl', '-q', '-w', 'net.ipv6.conf.all.disable_ipv6=1']);
      run('ip', ['-n', h.ns, 'addr', 'add', `${h.address}/24`, 'dev', 'eth0']);
      for (const dev of ['lo', 'eth0']) run('ip', ['-n', h.ns, 'link', 'set', dev, 'up']);
      run(
        'ip',
        ['netns', 'exec', h.ns, 'nft', '-f', '-'],
        `table ip audit {
  chain output {
    type filter hook output priority 0; policy accept;
    ip daddr 127.0.0.0/8 accept
    ip daddr ${controller} tcp sport 22 accept
    ip daddr != { ${planAddresses} } counter comment "stray"
  }
}
table ip lab {
  chain input {
    type filter hook input priority 0; policy accept;
  }
}
`,
      );
    });
    // Safety: every lab address is on the lab's bridge, never routed to a gateway.
    for (const h of labHosts) {
      const route = run('ip', ['route', 'get', h.address]);
      if (!route.includes(`dev ${bridge}`)) {
        throw new Error(`lab address ${h.address} would leave through another interface: ${route}`);
      }
    }
  } catch (e) {
    lab.destroy();
    throw e;
  }
  return lab;
}

/** Drop one planned port from one source inside the destination's namespace. */
export function dropFrom(
  lab: CampaignLab,
  destination: string,
  source: string,
  port: number,
  protocol: 'tcp' | 'udp',
): void {
  const from = lab.hosts.find((h) => h.name === source)!.address;
  lab.exec(destination, [
    'nft',
    'add',
    'rule',
    'ip',
    'lab',
    'input',
    'ip',
    'saddr',
    from,
    protocol,
    'dport',
    String(port),
    'drop',
  ]);
}

/** The `respond` processes of a campaign still running anywhere on this machine (namespaces share the process table). */
export function respondersLeft(nonce: string): string[] {
  const found = spawnSync('pgrep', ['-af', `respond .*${nonce}`], { encoding: 'utf8' });
  return found.stdout.split('\n').filter((l) => l.trim() && !l.includes('pgrep'));
}
