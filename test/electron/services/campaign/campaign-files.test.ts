import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeMatrix } from '../../../../shared/matrix';
import { reportFingerprint } from '../../../../shared/probes/fingerprint';
import type { ProbeReport } from '../../../../shared/probes/model';
import { cli } from '../../../support/cli';
import { EXAMPLES_DIR, examplePlan } from '../../../support/examples';

// The files a campaign writes, checked by Ansible itself without running them anywhere, and the
// import of a campaign's reports.

const ansible = spawnSync('sh', [
  '-c',
  'command -v ansible-playbook && command -v ansible-inventory',
]);
const haveAnsible = ansible.status === 0;
if (!haveAnsible) console.warn('Ansible checks skipped: ansible-core is not installed');

const dir = mkdtempSync(join(tmpdir(), 'oepp-campaign-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for the single-file command line: these tests never run it. */
const fakeCli = join(dir, 'oe-ports.js');
writeFileSync(fakeCli, '#!/usr/bin/env node\n');

let count = 0;
async function writeCampaign(planFile: string, extra: readonly string[] = []) {
  const out = join(dir, `campaign-${++count}`);
  const run = await cli(['campaign', planFile, '--out', out, '--cli', fakeCli, ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return out;
}

function ansibleIn(folder: string, tool: string, args: readonly string[]) {
  return spawnSync(tool, args, {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, ANSIBLE_NOCOLOR: '1', ANSIBLE_LOCAL_TEMP: join(folder, '.ansible') },
  });
}

const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.oeplan.json'));

describe('oe-ports campaign', () => {
  it.each(examples)(
    '%s: an inventory and playbook that Ansible reads, every host with its address and connection',
    async (file) => {
      const out = await writeCampaign(join(EXAMPLES_DIR, file));
      const inventory = parse(readFileSync(join(out, 'inventory.yml'), 'utf8')) as {
        all: {
          vars: Record<string, unknown>;
          children: Record<string, { hosts: Record<string, Record<string, unknown>> }>;
        };
      };
      expect(inventory.all.vars.ansible_user).toMatch(/^FILL IN: /);
      expect(inventory.all.vars.oe_ports_become).toMatch(/^FILL IN: /);
      const hosts = Object.values(inventory.all.children).flatMap((g) => Object.entries(g.hosts));
      expect(hosts.length).toBeGreaterThan(0);
      for (const [, vars] of hosts) {
        expect(['ssh', 'winrm']).toContain(vars.ansible_connection);
        expect(vars.ansible_host).toBeTruthy();
      }
      expect(readdirSync(join(out, 'reports'))).toEqual([]);
      const readme = readFileSync(join(out, 'README.md'), 'utf8');
      expect(readme).toContain('ansible-playbook -i inventory.yml playbook.yml');
      expect(readme).toContain('oe-ports import-reports');
      if (!haveAnsible) return;
      const syntax = ansibleIn(out, 'ansible-playbook', [
        '-i',
        'inventory.yml',
        'playbook.yml',
        '--syntax-check',
      ]);
      expect(syntax.status, syntax.stderr).toBe(0);
      const listed = ansibleIn(out, 'ansible-inventory', ['-i', 'inventory.yml', '--list']);
      expect(listed.status, listed.stderr).toBe(0);
      const hostvars = (
        JSON.parse(listed.stdout) as { _meta: { hostvars: Record<string, unknown> } }
      )._meta.hostvars;
      expect(Object.keys(hostvars).sort()).toEqual(hosts.map(([name]) => name).sort());
    },
    60_000,
  );

  it('groups hosts by role, reaches Windows hosts over WinRM with win_ modules, and leaves client groups out with a line saying so', async () => {
    const plan = examplePlan('cluster-3-islands', (doc) => {
      doc.nodes[1].os = 'windows';
    });
    const planFile = join(dir, 'windows.oeplan.json');
    writeFileSync(planFile, JSON.stringify(plan));
    const out = await writeCampaign(planFile);
    const inventory = parse(readFileSync(join(out, 'inventory.yml'), 'utf8')) as {
      all: { children: Record<string, { hosts: Record<string, Record<string, unknown>> }> };
    };
    expect(Object.keys(inventory.all.children)).toEqual(['oe_nodes', 'management', 'islands']);
    const oe2 = inventory.all.children.oe_nodes!.hosts.oe2!;
    expect(oe2).toMatchObject({ ansible_connection: 'winrm', ansible_port: 5986 });
    expect(oe2.ansible_password).toMatch(/^FILL IN: /);
    expect(inventory.all.children.oe_nodes!.hosts.oe1!.ansible_connection).toBe('ssh');
    const windows = readFileSync(join(out, 'windows.yml'), 'utf8');
    expect(windows).toContain('ansible.windows.win_copy');
    expect(windows).toContain('ansible.windows.win_shell');
    expect(readFileSync(join(out, 'playbook.yml'), 'utf8')).toContain('windows.yml');
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('"Office PCs"');
    expect(readme).toMatch(/never|not been run against a Windows host/);
    if (haveAnsible) {
      const syntax = ansibleIn(out, 'ansible-playbook', [
        '-i',
        'inventory.yml',
        'playbook.yml',
        '--syntax-check',
      ]);
      expect(syntax.status, syntax.stderr).toBe(0);
    }
  });

  it('never lets a plan’s free text reach Ansible’s templates', async () => {
    const plan = examplePlan('single-minimal', (doc) => {
      doc.project.name = "{{ lookup('pipe', 'touch /tmp/oepp-pwned') }} =1+1";
    });
    const planFile = join(dir, 'hostile.oeplan.json');
    writeFileSync(planFile, JSON.stringify(plan));
    const out = await writeCampaign(planFile);
    const playbook = readFileSync(join(out, 'playbook.yml'), 'utf8');
    // Only in comments: a YAML comment is never templated.
    for (const line of playbook.split('\n').filter((l) => l.includes('lookup'))) {
      expect(line.startsWith('#')).toBe(true);
    }
    expect(
      readFileSync(join(out, 'inventory.yml'), 'utf8')
        .split('\n')
        .filter((l) => l.includes('lookup'))
        .every((l) => l.startsWith('#')),
    ).toBe(true);
  });

  it('stops at its first task while a blank is left, before connecting to any host', async () => {
    if (!haveAnsible) return;
    const out = await writeCampaign(join(EXAMPLES_DIR, 'loopback-lab.oeplan.json'));
    const run = ansibleIn(out, 'ansible-playbook', ['-i', 'inventory.yml', 'playbook.yml']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('in inventory.yml for this host, then run again.');
    expect(run.stdout).not.toContain('UNREACHABLE');
  }, 60_000);

  it('refuses a folder that already holds a campaign, naming --out', async () => {
    const out = await writeCampaign(join(EXAMPLES_DIR, 'single-minimal.oeplan.json'));
    const again = await cli([
      'campaign',
      join(EXAMPLES_DIR, 'single-minimal.oeplan.json'),
      '--out',
      out,
      '--cli',
      fakeCli,
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--out:');
    expect(again.stderr).toContain('already holds a campaign');
  });
});

describe('oe-ports import-reports', () => {
  const plan = examplePlan('cluster-3-islands');
  const planFile = join(dir, 'import.oeplan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const rules = computeMatrix(plan).hostRules;
  const fromOe1 = rules.filter((r) => r.sourceKey === 'host:oe1');

  function report(
    nonce: string,
    at: string,
    status: 'verified' | 'blocked',
    edit: Partial<ProbeReport> = {},
  ): ProbeReport {
    return {
      kind: 'oe-port-planner/probe-results',
      version: 1,
      planName: plan.project.name,
      planFingerprint: reportFingerprint(plan),
      nonce,
      probeHost: 'oe1',
      startedAt: at,
      finishedAt: at,
      results: fromOe1.map((r) => ({
        ruleId: r.id,
        status,
        detail: '',
        probedAt: at,
        probeHost: 'oe1',
        sourceAddress: '192.0.2.11',
        nat: false,
      })),
      ...edit,
    };
  }

  async function campaignWith(reports: Record<string, ProbeReport | string>) {
    const out = await writeCampaign(planFile);
    const { nonce } = JSON.parse(readFileSync(join(out, 'campaign.json'), 'utf8')) as {
      nonce: string;
    };
    for (const [name, content] of Object.entries(reports)) {
      const value =
        typeof content === 'string' ? content : JSON.stringify(content).replaceAll('NONCE', nonce);
      writeFileSync(join(out, 'reports', name), value);
    }
    return { out, nonce };
  }

  it('keeps the newest result per rule and source, and says which hosts have not run', async () => {
    const { out } = await campaignWith({
      'oe1-old.json': report('NONCE', '2026-12-05T10:00:00.000Z', 'blocked'),
      'oe1.json': report('NONCE', '2026-12-05T11:00:00.000Z', 'verified'),
    });
    const run = await cli(['import-reports', planFile, out, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      results: unknown[];
      coverage: { verified: number; blocked: number; hostsNotRun: string[] };
    };
    expect(result.results).toHaveLength(fromOe1.length);
    expect(result.coverage.verified).toBe(fromOe1.length);
    expect(result.coverage.blocked).toBe(0);
    expect(result.coverage.hostsNotRun).toEqual(['oe2', 'oe3', 'lej-island', 'drs-island']);
    const text = await cli(['import-reports', planFile, out]);
    expect(text.stdout).toContain(`${fromOe1.length} of `);
    expect(text.stdout).toContain('not run: oe2 sent no report');
  });

  it('reads the reports folder named directly, without its campaign.json', async () => {
    const { out } = await campaignWith({
      'oe1.json': report('NONCE', '2026-12-05T11:00:00.000Z', 'verified'),
    });
    const run = await cli(['import-reports', planFile, join(out, 'reports'), '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      coverage: { verified: number; hostsNotRun: string[] };
    };
    expect(result.coverage.verified).toBe(fromOe1.length);
    // Without campaign.json the hosts that should have probed are not known: only those that did.
    expect(result.coverage.hostsNotRun).toEqual([]);
  });

  it('reads the same campaign from a zip', async () => {
    const { out, nonce } = await campaignWith({});
    const zip = join(dir, 'campaign.zip');
    writeFileSync(
      zip,
      zipSync({
        'campaign/campaign.json': readFileSync(join(out, 'campaign.json')),
        'campaign/reports/oe1.json': strToU8(
          JSON.stringify(report(nonce, '2026-12-05T11:00:00.000Z', 'verified')),
        ),
      }),
    );
    const run = await cli(['import-reports', planFile, zip, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { nonce: string }).nonce).toBe(nonce);
  });

  it('refuses a report of another campaign, naming the file, and imports nothing', async () => {
    const { out } = await campaignWith({
      'oe1.json': report('NONCE', '2026-12-05T11:00:00.000Z', 'verified'),
      'oe2.json': report('an0therCampaign1', '2026-12-05T11:00:00.000Z', 'verified', {
        probeHost: 'oe2',
      }),
    });
    const run = await cli(['import-reports', planFile, out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('reports/oe2.json belongs to another campaign');
    expect(run.stdout).toBe('');
  });

  it('refuses a report of another plan by its rules, even under the same name', async () => {
    const other = examplePlan('cluster-3-islands', (doc) => {
      doc.nodes.push(
        { name: 'oe4', address: '192.0.2.14' },
        { name: 'oe5', address: '192.0.2.15' },
      );
    });
    const { out } = await campaignWith({
      'oe1.json': report('NONCE', '2026-12-05T11:00:00.000Z', 'verified', {
        planFingerprint: reportFingerprint(other),
      }),
    });
    const run = await cli(['import-reports', planFile, out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('whose hosts or ports differ');
  });

  it('refuses a campaign folder without reports, and a file that is not a report, in German too', async () => {
    const { out } = await campaignWith({});
    const empty = await cli(['import-reports', planFile, out, '--locale', 'de']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Die Kampagne enthält keinen Bericht');
    writeFileSync(join(out, 'reports', 'x.json'), '{"kind":"=1+1"}');
    const bad = await cli(['import-reports', planFile, out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('reports/x.json');
  });
});
