import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../../shared/matrix';
import { cli } from '../../../support/cli';
import { examplePath, examplePlan, type ExampleName } from '../../../support/examples';

const tmp = () => mkdtempSync(join(tmpdir(), 'oe-cli-'));
/** `oe-ports matrix EXAMPLE --level LEVEL --format FORMAT` */
const matrix = (example: ExampleName, level: string, format: string) =>
  cli(['matrix', examplePath(example), '--level', level, '--format', format]);

describe('oe-ports matrix', () => {
  it('writes host rules as JSON {"rules": [...]} with the documented fields', async () => {
    const run = await matrix('cluster-3-islands', 'hosts', 'json');
    expect(run.code).toBe(0);
    const { rules } = JSON.parse(run.stdout) as { rules: Record<string, unknown>[] };
    expect(rules).toHaveLength(computeMatrix(examplePlan('cluster-3-islands')).hostRules.length);
    for (const rule of rules) {
      for (const field of [
        'source',
        'destination',
        'port',
        'protocol',
        'service',
        'purpose',
        'features',
        'evidence',
        'sources',
      ]) {
        expect(rule, field).toHaveProperty(field);
      }
      expect(['tcp', 'udp']).toContain(rule.protocol);
    }
    // Every OE node of a cluster on 2119 is this planner's modeling; the page names the port only.
    expect(rules.find((r) => r.port === 2119 && r.source === '203.0.113.10')).toMatchObject({
      destination: '192.0.2.11',
      evidence: 'inferred',
      features: ['remote-printing'],
    });
  });

  it('writes CSV that parses back to the firewall rules', async () => {
    const run = await matrix('cluster-5-every-feature', 'firewall', 'csv');
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const { firewallRules } = computeMatrix(examplePlan('cluster-5-every-feature'));
    // A list of ports keeps a space after each comma in CSV, so a spreadsheet reads it as a list.
    const inCsv = (ports: string) =>
      /^\d+(?:,\d+)+$/.test(ports) ? ports.replaceAll(',', ', ') : ports;
    expect(rows.map((r) => [r.ID, r.Port, r.Protocol])).toEqual(
      firewallRules.map((r) => [r.id, inCsv(r.ports), r.protocol]),
    );
  });

  it('writes Markdown with the zone grid', async () => {
    const run = await matrix('cluster-3-islands', 'zones', 'md');
    expect(run.code).toBe(0);
    // Each island checkout host to each OE node on 2119.
    const plan = examplePlan('cluster-3-islands');
    const islandHosts = plan.islandSites.flatMap((s) => s.checkoutHosts).length;
    expect(run.stdout).toContain(
      `| islands | oe-nodes | 2119/tcp | ${islandHosts * plan.nodes.length} |`,
    );
  });

  it('writes to --out and leaves no temporary file behind', async () => {
    const dir = tmp();
    const out = join(dir, 'rules.json');
    const run = await cli([
      'matrix',
      examplePath('single-minimal'),
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).rules).toHaveLength(
      computeMatrix(examplePlan('single-minimal')).hostRules.length,
    );
    expect(readFileSync(out, 'utf8')).not.toBe('');
  });

  it('refuses an invalid plan with exit 2 before computing anything', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ schemaVersion: 1 }));
    const run = await cli(['matrix', join(dir, 'p.json')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
