import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../../shared/matrix';
import { cli } from '../../../support/cli';
import { examplePath, examplePlan } from '../../../support/examples';

const work = mkdtempSync(join(tmpdir(), 'oe-export-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SINGLE = examplePath('single-every-feature');
const CLUSTER = examplePath('cluster-5-every-feature');

describe('oe-ports export', () => {
  it('writes a CSV with the probe results of a report joined in', async () => {
    const plan = examplePlan('single-every-feature');
    const [rule] = computeMatrix(plan).hostRules;
    const report = join(work, 'probes.json');
    writeFileSync(
      report,
      JSON.stringify({
        kind: 'oe-port-planner/probe-results',
        version: 1,
        planName: plan.project.name,
        probeHost: 'oe1',
        startedAt: '2026-11-23T08:00:00.000Z',
        finishedAt: '2026-11-23T08:00:05.000Z',
        results: [
          {
            ruleId: rule!.id,
            status: 'blocked',
            probedAt: '2026-11-23T08:00:01.000Z',
            probeHost: 'oe1',
          },
        ],
      }),
    );
    const out = join(work, 'rules.csv');
    const run = await cli([
      'export',
      SINGLE,
      '--format',
      'csv',
      // Probe results belong to host rules (a firewall rule merges several).
      '--level',
      'hosts',
      '--locale',
      'de',
      '--probes',
      report,
      '--out',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `${out} geschrieben (${computeMatrix(plan).hostRules.length} Regeln)\n`,
    );
    const rows: string[][] = parse(readFileSync(out), { bom: true, delimiter: ';' });
    expect(rows[0]!.slice(-4)).toEqual([
      'Prüfstatus',
      'Geprüft am',
      'Änderungsstatus',
      'Befristet bis',
    ]);
    const probed = rows.find((r) => r[0] === rule!.id)!;
    // The status in the export's language; the time as data.
    expect(probed.slice(-4, -2)).toEqual(['blockiert', '2026-11-23T08:00:01.000Z']);
  });

  it('lists firewall rules unless --level hosts asks for host rules, and says so in its help', async () => {
    const matrix = computeMatrix(examplePlan('single-every-feature'));
    expect(matrix.firewallRules.length).toBeLessThan(matrix.hostRules.length);
    const dir = mkdtempSync(join(work, 'level-'));
    const firewall = await cli(['export', SINGLE, '--format', 'csv', '--out', dir]);
    expect(firewall.stderr).toBe('');
    expect(firewall.code).toBe(0);
    const firewallFile = join(dir, 'Print-server-Łódź-firewall-en.csv');
    expect(firewall.stdout).toBe(`wrote ${firewallFile} (${matrix.firewallRules.length} rules)\n`);
    expect(parse(readFileSync(firewallFile), { bom: true })).toHaveLength(
      matrix.firewallRules.length + 1,
    );
    const hosts = await cli([
      'export',
      SINGLE,
      '--format',
      'csv',
      '--level',
      'hosts',
      '--out',
      dir,
    ]);
    expect(hosts.code).toBe(0);
    expect(hosts.stdout).toContain(`-hosts-en.csv (${matrix.hostRules.length} rules)`);
    const help = await cli(['export', '--help']);
    expect(help.stdout).toMatch(/--level <level>[\s\S]*\(default: firewall\)/);
  });

  it('writes one script per host into a folder, or one host to a file', async () => {
    const dir = join(work, 'nft');
    const all = await cli(['export', CLUSTER, '--format', 'nft', '--out', dir]);
    expect(all.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      // Hosts with an inbound rule: mgmt, aug-island and prometheus only connect out.
      ['dpf', 'oe1', 'oe2', 'oe3', 'oe4', 'oe5', 'sap-gw'].map((h) => `${h}-en.nft`).sort(),
    );
    const one = join(work, 'oe3.ps1');
    const single = await cli(['export', CLUSTER, '--format', 'ps1', '--host', 'oe3', '--out', one]);
    expect(single.code).toBe(0);
    expect(readFileSync(one, 'utf8')).toContain('# Inbound firewall rules for oe3 (192.0.2.13)');
  });

  it('names the file itself when --out is a folder', async () => {
    const dir = mkdtempSync(join(work, 'pdf-'));
    const run = await cli([
      'export',
      SINGLE,
      '--format',
      'pdf',
      '--level',
      'firewall',
      '--out',
      dir,
    ]);
    expect(run.code).toBe(0);
    const rules = computeMatrix(examplePlan('single-every-feature')).firewallRules.length;
    expect(run.stdout).toMatch(
      new RegExp(
        `^wrote .*Print-server-Łódź-firewall-en\\.pdf \\(${rules} rules, \\d+ pages\\)\\n$`,
      ),
    );
    expect(readdirSync(dir)).toEqual(['Print-server-Łódź-firewall-en.pdf']);
  });

  for (const [args, message] of [
    [
      ['--format', 'nft', '--host', 'nope'],
      /--host: "nope" is not a host of this plan\. Its hosts: oe1, mgmt.*Fix: use one of them\./,
    ],
    [['--format', 'pdf', '--host', 'oe1'], /--host applies to the scripts/],
    [['--format', 'csv', '--delimiter', '|'], /--delimiter "\|" is not a CSV delimiter\. Fix:/],
    [['--format', 'xlsx', '--delimiter', ';'], /--delimiter applies to --format csv only/],
    [['--format', 'firewalld', '--level', 'hosts'], /--level applies to pdf, csv and xlsx/],
    [['--format', 'docx'], /argument 'docx' is invalid/],
  ] as const) {
    it(`refuses ${args.join(' ')} with exit 2 and a message`, async () => {
      const out = join(work, 'never-written');
      const run = await cli(['export', SINGLE, ...args, '--out', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('names the field of a probe report that is wrong', async () => {
    const report = join(work, 'bad-probes.json');
    writeFileSync(
      report,
      JSON.stringify({ kind: 'oe-port-planner/probe-results', version: 1, results: [{}] }),
    );
    const run = await cli([
      'export',
      SINGLE,
      '--format',
      'csv',
      '--probes',
      report,
      '--out',
      join(work, 'x.csv'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /bad-probes\.json is not a probe report: planName: .*Fix: pass a file written by "oe-ports probe"/,
    );
  });
});
