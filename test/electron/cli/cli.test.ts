import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../shared/catalog';
import { computeMatrix } from '../../../shared/matrix';
import { cli } from '../../support/cli';
import { examplePath, examplePlan } from '../../support/examples';

const tmp = () => mkdtempSync(join(tmpdir(), 'oe-cli-'));
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('oe-ports validate', () => {
  it('exits 0 for a valid plan and names it', async () => {
    const run = await cli(['validate', examplePath('cluster-3-islands')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'valid plan "Output cluster Frankfurt" (cluster, 3 OE nodes, 0 warnings)',
    );
  });

  it('prints warnings but still exits 0', async () => {
    const dir = tmp();
    const doc = JSON.parse(readFileSync(examplePath('single-minimal'), 'utf8'));
    doc.features.push('administrator');
    writeFileSync(join(dir, 'p.json'), JSON.stringify(doc));
    const run = await cli(['validate', join(dir, 'p.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning: features[2]: PLOSSYS Administrator is on, but no client group',
    );
  });

  it('exits 2 with the errors of an invalid plan, field by field, without a stack trace', async () => {
    const dir = tmp();
    const doc = JSON.parse(readFileSync(examplePath('cluster-3-islands'), 'utf8'));
    doc.nodes.push({ name: 'oe4', address: '192.0.2.14' });
    writeFileSync(join(dir, 'p.json'), JSON.stringify(doc));
    const run = await cli(['validate', join(dir, 'p.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'error: nodes: has 4 OE nodes, but a cluster needs an odd number, three or more',
    );
    noStackTrace(run.stderr);
  });

  it.each([
    [
      'a missing file',
      () => '/nonexistent/plan.json',
      /cannot read \/nonexistent\/plan.json: no such file/,
    ],
    ['a folder', () => tmp(), /it is a folder/],
    [
      'invalid JSON',
      () => {
        const p = join(tmp(), 'p.json');
        writeFileSync(p, '{\n  "schemaVersion": 1,\n  oops\n}');
        return p;
      },
      /is not valid JSON at line 3, column 3/,
    ],
    [
      'a wrong schema version',
      () => {
        const p = join(tmp(), 'p.json');
        writeFileSync(p, '{"schemaVersion": 9}');
        return p;
      },
      /schemaVersion: is 9, but this planner reads plans of schema version 1/,
    ],
  ])('exits 2 with a clear message for %s', async (_, path, message) => {
    const run = await cli(['validate', path()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    noStackTrace(run.stderr);
  });

  it('exits 2 for an unknown option or level', async () => {
    const run = await cli(['matrix', examplePath('single-minimal'), '--level', 'bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'bogus' is invalid");
  });
});

describe('oe-ports matrix', () => {
  it('writes host rules as JSON {"rules": [...]} with the documented fields', async () => {
    const run = await cli([
      'matrix',
      examplePath('cluster-3-islands'),
      '--level',
      'hosts',
      '--format',
      'json',
    ]);
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
    expect(rules.find((r) => r.port === 2119 && r.source === '203.0.113.10')).toMatchObject({
      destination: '192.0.2.11',
      evidence: 'seed',
      features: ['remote-printing'],
    });
  });

  it('writes CSV that parses back to the firewall rules', async () => {
    const run = await cli([
      'matrix',
      examplePath('cluster-5-every-feature'),
      '--level',
      'firewall',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const { firewallRules } = computeMatrix(examplePlan('cluster-5-every-feature'));
    expect(rows.map((r) => [r.ID, r.Port, r.Protocol])).toEqual(
      firewallRules.map((r) => [r.id, r.ports, r.protocol]),
    );
  });

  it('writes Markdown with the zone grid', async () => {
    const run = await cli([
      'matrix',
      examplePath('cluster-3-islands'),
      '--level',
      'zones',
      '--format',
      'md',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| islands | oe-nodes | 2119/tcp | 6 |');
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
    expect(JSON.parse(readFileSync(out, 'utf8')).rules).toHaveLength(3);
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

describe('oe-ports catalog', () => {
  it('prints every row with evidence and sources in JSON', async () => {
    const run = await cli(['catalog', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows).toHaveLength(CATALOG.length);
  });

  it('prints one CSV line per flow, with evidence and source URLs', async () => {
    const run = await cli(['catalog', '--format', 'csv']);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(CATALOG.reduce((n, r) => n + r.flows.length, 0));
    const island = rows.find((r) => r.ID === 'single/2119/tcp' && r.From === 'island-checkout');
    expect(island).toMatchObject({
      Evidence: 'seed',
      Condition: 'needs remote-printing; when remote-printing; without load balancer',
    });
    expect(island!['Source URL']).toContain(
      'https://plossys-output-engine.docs.sealsystems.de/reference/portlist',
    );
  });
});
