import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { computeMatrix } from '../../../../shared/matrix';
import { evidenceSplit, presalesSummary } from '../../../../shared/summary';
import { exampleDocument, examplePath, examplePlan } from '../../../support/examples';
import { hasTool } from '../../services/documents/support';

const work = mkdtempSync(join(tmpdir(), 'oe-summary-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CLUSTER = examplePath('cluster-3-islands');

describe('oe-ports summary', () => {
  it('prints the pre-sales summary as Markdown', async () => {
    const run = await cli(['summary', CLUSTER]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Pre-sales summary: Output cluster Frankfurt');
    const plan = examplePlan('cluster-3-islands');
    const summary = presalesSummary(plan, computeMatrix(plan));
    const split = evidenceSplit(summary.byEvidence);
    expect(run.stdout).toContain(
      `| ${summary.firewallRules} | ${summary.hostRules} | ${split.documented} (${split.documentedPercent}%) | ${split.inferred} (${split.inferredPercent}%) |`,
    );
  });

  it('JSON in German', async () => {
    const run = await cli(['summary', CLUSTER, '--format', 'json', '--locale', 'de']);
    expect(run.code).toBe(0);
    const matrix = computeMatrix(examplePlan('cluster-3-islands'));
    expect(JSON.parse(run.stdout)).toMatchObject({
      hostRules: matrix.hostRules.length,
      firewallRules: matrix.firewallRules.length,
    });
  });

  it.skipIf(!hasTool('pdfinfo', ['-v']))(
    'a one-page PDF into a folder, named after the plan, said in German',
    async () => {
      const run = await cli([
        'summary',
        CLUSTER,
        '--format',
        'pdf',
        '--locale',
        'de',
        '--out',
        work,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const path = join(work, 'Output-cluster-Frankfurt-presales-de.pdf');
      expect(run.stdout).toBe(
        `${path} geschrieben (Presales-Übersicht von „Output cluster Frankfurt“, 1 Seite)\n`,
      );
      expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    },
  );

  it('a PDF needs --out (exit 2), and nothing is written', async () => {
    const run = await cli(['summary', CLUSTER, '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('a PDF needs a file to go to. Fix: add --out FILE (or a folder).\n');
    expect(run.stdout).toBe('');
  });

  it('bad input: exit 2 with a message, never a stack trace', async () => {
    const invalid = join(work, 'invalid.oeplan.json');
    const doc = exampleDocument('cluster-3-islands') as any;
    doc.nodes.pop();
    writeFileSync(invalid, JSON.stringify(doc));
    for (const [args, message] of [
      [
        ['summary', join(work, 'missing.json')],
        /cannot read .*missing\.json: no such file\. Fix: check the path\./,
      ],
      [
        ['summary', invalid],
        /is not a valid plan \(1 error\):\n {2}error: OE nodes, nodes: has 2 OE nodes/,
      ],
      [
        ['summary', CLUSTER, '--format', 'xlsx'],
        /argument 'xlsx' is invalid\. Allowed choices are md, json, pdf/,
      ],
      [['summary', CLUSTER, '--locale', 'fr'], /Allowed choices are en, de/],
      [
        ['summary', CLUSTER, '--out', join(work, 'no', 'such', 'folder', 's.md')],
        /cannot write .*s\.md: ENOENT/,
      ],
    ] as const) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(work).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(existsSync(join(work, 'no'))).toBe(false);
  });
});
