import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignImport } from '../../../../electron/services/campaign/campaign-import';
import { computeMatrix } from '../../../../shared/matrix';
import { validatePlan, type Plan } from '../../../../shared/plan';
import { builtCli, cli } from '../../../support/cli';
import {
  campaignSupport,
  createCampaignLab,
  dropFrom,
  respondersLeft,
  type CampaignLab,
} from './campaign-lab';

// The campaign as a technician runs it: real Ansible over real SSH into one namespace per plan host.
// A cluster needs three OE nodes (an odd number for MongoDB's majority), so the lab has three.

const LAB_HOSTS = [
  { name: 'oe1', last: 11 },
  { name: 'oe2', last: 12 },
  { name: 'oe3', last: 13 },
  { name: 'mgmt', last: 20 },
  { name: 'island1', last: 31 },
];

function labPlan(address: (last: number) => string): Plan {
  const { plan, issues } = validatePlan({
    schemaVersion: 2,
    project: { name: 'Campaign lab =1+1', productVersion: '7.2.0', os: 'linux' },
    installation: 'cluster',
    nodes: [
      { name: 'oe1', address: address(11) },
      { name: 'oe2', address: address(12) },
      { name: 'oe3', address: address(13) },
    ],
    managementServer: { name: 'mgmt', address: address(20) },
    islandSites: [{ name: 'Leipzig', checkoutHosts: [{ name: 'island1', address: address(31) }] }],
    features: ['remote-printing'],
  });
  if (!plan || issues.some((i) => i.severity === 'error')) throw new Error(JSON.stringify(issues));
  return plan;
}

/** ansible-playbook in the campaign's folder, as its README says. */
function runPlaybook(folder: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'ansible-playbook',
      ['-i', 'inventory.yml', 'playbook.yml'],
      {
        cwd: folder,
        encoding: 'utf8',
        env: {
          ...process.env,
          ANSIBLE_NOCOLOR: '1',
          ANSIBLE_LOCAL_TEMP: join(folder, '.ansible'),
          // Each campaign its own SSH connections: none is carried over to a host that is down since.
          ANSIBLE_SSH_CONTROL_PATH_DIR: join(folder, '.cp'),
        },
        maxBuffer: 20_000_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

if (!campaignSupport.ok) console.warn(`Campaign tests skipped: ${campaignSupport.reason}`);

describe.skipIf(!campaignSupport.ok)(
  `a campaign over SSH into network namespaces${campaignSupport.ok ? '' : ` (skipped: ${campaignSupport.reason})`}`,
  () => {
    let lab: CampaignLab & { addressOf: (last: number) => string };
    let plan: Plan;
    let planFile: string;
    let built: string;

    beforeAll(async () => {
      built = await builtCli();
      lab = createCampaignLab(LAB_HOSTS);
      plan = labPlan(lab.addressOf);
      planFile = join(lab.dir, 'lab.oeplan.json');
      writeFileSync(planFile, JSON.stringify(plan));
    }, 120_000);

    afterAll(() => lab?.destroy());

    /** Write a campaign, fill its blanks, run it, import its reports. */
    async function campaign(name: string) {
      const folder = join(lab.dir, name);
      const written = await cli([
        'campaign',
        planFile,
        '--out',
        folder,
        '--cli',
        built,
        '--ttl',
        '10',
      ]);
      expect(written.code, written.stderr).toBe(0);
      lab.fillInventory(join(folder, 'inventory.yml'), process.execPath);
      const played = await runPlaybook(folder);
      const imported = await cli(['import-reports', planFile, folder, '--format', 'json']);
      expect(imported.code, `${imported.stderr}\n${played.output.slice(-6000)}`).toBe(0);
      const result = JSON.parse(imported.stdout) as Omit<CampaignImport, 'manifest'>;
      return { folder, played, result };
    }

    const sourcesOf = (plan: Plan, names: readonly string[]) =>
      computeMatrix(plan).hostRules.filter((r) =>
        names.includes(r.sourceKey.slice('host:'.length)),
      );

    it('verifies every planned path from every source host, UDP by the responder’s answer, and reaches nothing outside the plan', async () => {
      for (const h of LAB_HOSTS) lab.startSshd(h.name);
      const { played, result } = await campaign('all-up');
      expect(played.code, played.output).toBe(0);
      const expected = sourcesOf(plan, ['oe1', 'oe2', 'oe3', 'island1']);
      expect(result.coverage.rules).toHaveLength(expected.length);
      expect(result.coverage.rules.filter((r) => r.status !== 'verified')).toEqual([]);
      expect(result.coverage.verified).toBe(expected.length);
      expect(result.coverage.hostsNotRun).toEqual([]);
      expect(result.reports.map((r) => r.probeHost).sort()).toEqual([
        'island1',
        'oe1',
        'oe2',
        'oe3',
      ]);
      expect(result.coverage.rules.some((r) => r.protocol === 'udp')).toBe(true);
      expect(respondersLeft(result.nonce)).toEqual([]);
      expect(Object.values(lab.strayPackets())).toEqual(LAB_HOSTS.map(() => 0));
    }, 300_000);

    it('shows exactly the dropped rule as blocked from exactly its source, a host that is down as not run, and stops every responder', async () => {
      lab.stopSshd('island1');
      dropFrom(lab, 'oe2', 'oe1', 8080, 'tcp');
      const { played, folder, result } = await campaign('one-blocked-one-down');
      expect(played.code).not.toBe(0); // island1 was unreachable
      expect(played.output).toMatch(/island1.*UNREACHABLE/);
      const blocked = result.coverage.rules.filter((r) => r.status === 'blocked');
      expect(blocked).toEqual([
        expect.objectContaining({ source: 'oe1', destination: 'oe2', port: 8080, protocol: 'tcp' }),
      ]);
      const fromIsland = result.coverage.rules.filter((r) => r.source === 'island1');
      expect(fromIsland.length).toBeGreaterThan(0);
      expect(fromIsland.every((r) => r.status === undefined)).toBe(true);
      expect(result.coverage.hostsNotRun).toEqual(['island1']);
      expect(result.coverage.notRun).toBe(fromIsland.length);
      const others = result.coverage.rules.filter(
        (r) => r.source !== 'island1' && r.status !== 'blocked',
      );
      expect(others.every((r) => r.status === 'verified')).toBe(true);
      expect(readdirSync(join(folder, 'reports')).sort()).toEqual([
        'oe1.json',
        'oe2.json',
        'oe3.json',
      ]);
      expect(respondersLeft(result.nonce)).toEqual([]);
      expect(Object.values(lab.strayPackets())).toEqual(LAB_HOSTS.map(() => 0));
      const said = await cli(['import-reports', planFile, folder]);
      expect(said.stdout).toContain('1 blocked');
      expect(said.stdout).toContain('not run: island1');
    }, 300_000);
  },
);
