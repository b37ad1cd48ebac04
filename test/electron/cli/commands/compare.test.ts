import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { computeMatrix, type Matrix } from '../../../../shared/matrix';
import { validatePlan } from '../../../../shared/plan';
import { exampleDocument, examplePath, examplePlan } from '../../../support/examples';
import { hasTool } from '../../services/documents/support';

const work = mkdtempSync(join(tmpdir(), 'oe-compare-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const THREE = examplePath('cluster-3-islands');
/** The same cluster with oe4 and oe5. */
const FIVE = join(work, 'cluster-5-nodes.oeplan.json');
const five = exampleDocument('cluster-3-islands') as any;
five.nodes.push({ name: 'oe4', address: '192.0.2.14' }, { name: 'oe5', address: '192.0.2.15' });
writeFileSync(FIVE, JSON.stringify(five));

const threeRules = computeMatrix(examplePlan('cluster-3-islands'));
const fiveRules = computeMatrix(validatePlan(five).plan!);
const mesh = (m: Matrix) =>
  m.hostRules.filter((r) => r.sourceZone === 'oe-nodes' && r.destinationZone === 'oe-nodes').length;
/** The firewall rules that name an OE node: they gain oe4 and oe5. */
const namingNodes = threeRules.firewallRules.filter((r) =>
  [...r.from, ...r.to].some((e) => e.address === '192.0.2.11'),
);

/** `oe-ports compare` of the 3-node cluster with the 5-node one, with these options. */
const compareThreeToFive = (...options: string[]) => cli(['compare', THREE, FIVE, ...options]);

describe('oe-ports compare', () => {
  // Two more nodes: 532 host rules more (test/shared/summary/what-if-nodes.test.ts has the sums);
  // as firewall rules, the 9 that name the nodes gain oe4 and oe5 (test/shared/compare).
  it('Markdown by default, host rules: 518 added', async () => {
    const run = await compareThreeToFive();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const added = fiveRules.hostRules.length - threeRules.hostRules.length;
    expect(run.stdout).toContain(`${added} added · 0 removed · 0 changed`);
    expect(run.stdout).toContain(
      `## From OE nodes to OE nodes (${mesh(fiveRules) - mesh(threeRules)} added · 0 removed · 0 changed)`,
    );
  });

  it('CSV of firewall rules: one row per change, parsed back', async () => {
    const out = join(work, 'changes.csv');
    const run = await compareThreeToFive('--format', 'csv', '--level', 'firewall', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${out} (0 added, 0 removed, ${namingNodes.length} changed)\n`);
    const rows: Record<string, string>[] = parse(readFileSync(out), { bom: true, columns: true });
    expect(rows).toHaveLength(namingNodes.length);
    expect(rows.every((r) => r['Change'] === 'changed')).toBe(true);
    expect(rows.map((r) => r['ID'])).toEqual(namingNodes.map((r) => r.id));
    expect(rows[0]!['What changed']).toBe(
      'destination: 192.0.2.11, 192.0.2.12, 192.0.2.13 → 192.0.2.11, 192.0.2.12, 192.0.2.13, 192.0.2.14, 192.0.2.15',
    );
  });

  it.skipIf(!hasTool('pdftotext', ['-v']))(
    'a PDF into a folder, named after both files',
    async () => {
      const run = await compareThreeToFive('--format', 'pdf', '--level', 'firewall', '--out', work);
      expect(run.code).toBe(0);
      const path = join(work, 'cluster-3-islands-vs-cluster-5-nodes-firewall-en.pdf');
      expect(run.stdout).toMatch(
        new RegExp(
          `^wrote ${path} \\(0 added, 0 removed, ${namingNodes.length} changed, \\d pages?\\)\\n$`,
        ),
      );
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      expect(text).toContain('cluster-5-nodes.oeplan.json');
      expect(text).toContain('added 192.0.2.14, 192.0.2.15');
    },
  );

  it('JSON: the counts by zone pair', async () => {
    const run = await cli(['compare', FIVE, THREE, '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect([json.added, json.removed, json.changed]).toEqual([
      0,
      fiveRules.hostRules.length - threeRules.hostRules.length,
      0,
    ]);
  });

  it('bad input: exit 2 with a message naming it', async () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{ "schemaVersion": 1,');
    for (const [args, message] of [
      [['compare', THREE], /missing required argument 'planB'/],
      [['compare', THREE, broken], /broken\.json.*Fix: correct the JSON there\./s],
      [['compare', THREE, FIVE, '--level', 'zones'], /Allowed choices are hosts, firewall/],
      [['compare', THREE, FIVE, '--format', 'pdf'], /a PDF needs a file to go to/],
    ] as const) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
