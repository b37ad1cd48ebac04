// The campaign on a namespaced 5-node cluster with 2 island sites (one namespace and sshd per
// host, real Ansible over SSH) against the slowest single host's own probe run in the same run,
// with Ansible's fixed start-up (`ansible -m ping` over fresh connections) printed separately.
// Goal: campaign ≤ 1.5 × (slowest host + Ansible's start-up).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { validatePlan } from '../../shared/plan';
import { builtCli, cli } from '../support/cli';
import { campaignSupport, createCampaignLab } from '../electron/services/campaign/campaign-lab';

type Print = (line: string) => void;

const HOSTS = [
  ...[1, 2, 3, 4, 5].map((n) => ({ name: `oe${n}`, last: 10 + n })),
  { name: 'mgmt', last: 20 },
  { name: 'island1', last: 31 },
  { name: 'island2', last: 32 },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timed(file: string, args: readonly string[], cwd?: string, env?: NodeJS.ProcessEnv) {
  const start = performance.now();
  return new Promise<{ ms: number; code: number; output: string }>((resolve) => {
    execFile(
      file,
      [...args],
      { encoding: 'utf8', maxBuffer: 50_000_000, ...(cwd ? { cwd } : {}), ...(env ? { env } : {}) },
      (error, stdout, stderr) =>
        resolve({
          ms: performance.now() - start,
          code: error ? Number(error.code ?? 1) : 0,
          output: stdout + stderr,
        }),
    );
  });
}

/** Start `respond` in a namespace; resolves once it listens. */
function respondIn(ns: string, cliFile: string, planFile: string, host: string) {
  const child = spawn(
    'ip',
    ['netns', 'exec', ns, process.execPath, cliFile, 'respond', '--plan', planFile, '--as', host],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const ready = new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`respond --as ${host} exited ${code}`)));
  });
  return ready;
}

export default async function campaignBench(print: Print): Promise<void> {
  if (!campaignSupport.ok) {
    print(`skipped: ${campaignSupport.reason}`);
    return;
  }
  const cliFile = await builtCli();
  const lab = createCampaignLab(HOSTS);
  try {
    const address = lab.addressOf;
    const { plan, issues } = validatePlan({
      schemaVersion: 2,
      project: { name: 'Campaign bench', productVersion: '7.2.0', os: 'linux' },
      installation: 'cluster',
      nodes: [1, 2, 3, 4, 5].map((n) => ({ name: `oe${n}`, address: address(10 + n) })),
      managementServer: { name: 'mgmt', address: address(20) },
      islandSites: [
        { name: 'Leipzig', checkoutHosts: [{ name: 'island1', address: address(31) }] },
        { name: 'Dresden', checkoutHosts: [{ name: 'island2', address: address(32) }] },
      ],
      features: ['remote-printing'],
    });
    if (!plan || issues.some((i) => i.severity === 'error'))
      throw new Error(JSON.stringify(issues));
    const planFile = join(lab.dir, 'bench.oeplan.json');
    writeFileSync(planFile, JSON.stringify(plan));
    for (const h of lab.hosts) lab.startSshd(h.name);

    const folder = join(lab.dir, 'campaign');
    const written = await cli(['campaign', planFile, '--out', folder, '--cli', cliFile]);
    if (written.code !== 0) throw new Error(written.stderr);
    lab.fillInventory(join(folder, 'inventory.yml'), process.execPath);
    const ansibleEnv = (name: string): NodeJS.ProcessEnv => ({
      ...process.env,
      ANSIBLE_NOCOLOR: '1',
      ANSIBLE_SSH_CONTROL_PATH_DIR: join(lab.dir, `cp-${name}`),
    });

    // Each host's own probe run, alone, with every responder up (as a technician would run it).
    const responders = await Promise.all(
      lab.hosts
        .filter((h) => !h.name.startsWith('island'))
        .map((h) => respondIn(h.ns, cliFile, planFile, h.name)),
    );
    let slowest = { host: '', ms: 0 };
    try {
      for (const h of lab.hosts.filter((h) => h.name !== 'mgmt')) {
        const run = await timed('ip', [
          'netns',
          'exec',
          h.ns,
          process.execPath,
          cliFile,
          'probe',
          'reach',
          '--plan',
          planFile,
          '--as',
          h.name,
          '--format',
          'json',
          '--out',
          join(lab.dir, `${h.name}.json`),
        ]);
        if (run.code !== 0) throw new Error(run.output);
        if (run.ms > slowest.ms) slowest = { host: h.name, ms: run.ms };
      }
    } finally {
      for (const r of responders) r.kill('SIGTERM');
      await Promise.all(responders.map((r) => new Promise((resolve) => r.once('exit', resolve))));
    }

    const ping = await timed(
      'ansible',
      ['-i', 'inventory.yml', 'all', '-m', 'ping'],
      folder,
      ansibleEnv('ping'),
    );
    if (ping.code !== 0) throw new Error(ping.output);
    const campaign = await timed(
      'ansible-playbook',
      ['-i', 'inventory.yml', 'playbook.yml'],
      folder,
      ansibleEnv('campaign'),
    );
    if (campaign.code !== 0) throw new Error(campaign.output);

    const budget = 1.5 * (slowest.ms + ping.ms);
    print(
      `hosts: ${lab.hosts.length} (5 OE nodes, management server, 2 island checkouts); load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on this machine`,
    );
    print(`slowest single host's own probe run (${slowest.host}): ${seconds(slowest.ms)}`);
    print(`Ansible's fixed start-up (ansible -m ping, fresh connections): ${seconds(ping.ms)}`);
    print(`the whole campaign (ansible-playbook): ${seconds(campaign.ms)}`);
    print(
      `campaign / (slowest host + start-up) = ${(campaign.ms / (slowest.ms + ping.ms)).toFixed(2)}x (goal ≤ 1.5x, ${seconds(budget)}): ${campaign.ms <= budget ? 'met' : 'NOT met'}`,
    );
  } finally {
    lab.destroy();
  }
}
