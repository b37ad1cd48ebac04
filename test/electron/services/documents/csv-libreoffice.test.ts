import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_LEVELS } from '../../../../electron/services/documents/checklist/checklist';
import { renderComparison } from '../../../../electron/services/documents/comparison/render-comparison';
import { CSV_DELIMITERS } from '../../../../electron/services/documents/csv';
import { renderExport } from '../../../../electron/services/documents/checklist/checklist-export';
import { compareMatrices } from '../../../../shared/compare';
import { LOCALES } from '../../../../shared/i18n';
import { computeMatrix } from '../../../../shared/matrix';
import { plannedHosts, type Plan } from '../../../../shared/plan';
import { examplePlan } from '../../../support/examples';
import { LINE_BREAK_PAYLOADS } from './payloads';
import { GENERATED_AT, hasTool } from './support';

// The customer's spreadsheet itself: LibreOffice imports every CSV the planner writes (checklist
// at both levels, in both languages and with both delimiters; the plan comparison) with formulas
// evaluated, and writes back what its cells show. A live formula would come back as its result, a
// record split at a bare line break as a row of the wrong width.

/**
 * Each payload hides a formula behind a line break, a delimiter or a quote; how its cell must read.
 * LF then CR is left out: LibreOffice keeps only the LF of it, so that cell reads back one
 * character short (its formula stays inert all the same).
 */
const PAYLOADS = LINE_BREAK_PAYLOADS.filter(([payload]) => !payload.includes('\n\r'));

/** What the payloads would evaluate to, or a spreadsheet's error for a formula it could not run. */
const EVALUATED = /^(1|2|4|6|Err:\d+|#[A-Z/0!?]+)$/;

const hasLibreOffice = hasTool('soffice', ['--version']);
if (!hasLibreOffice) {
  console.warn(
    'SKIPPED csv-libreoffice: LibreOffice (soffice) is not installed, so no spreadsheet opens the ' +
      'exported CSV files. Install it with: apt-get install libreoffice-calc-nogui',
  );
}

/** cluster-5-every-feature with a load balancer and a dedicated Elasticsearch host: every kind of name. */
const basePlan = () =>
  examplePlan('cluster-5-every-feature', (doc) => {
    doc.loadBalancer = { name: 'lb', address: '192.0.2.5' };
    doc.placement.elastic = { on: 'dedicated', hosts: [{ name: 'es1', address: '192.0.2.60' }] };
  });

interface Named {
  name: string;
  /** The whole cell when the name stands alone in it. */
  alone: string;
  /** Inside a longer cell (a rule ID), where only the line starts are neutralised. */
  within: string;
}

/**
 * Every free-text field of the plan set to a payload, past validation (which refuses line breaks):
 * what the exporter must withstand on its own. A tag keeps the names apart.
 */
function hostilePlan(): { plan: Plan; names: Named[] } {
  const plan = structuredClone(basePlan()) as any;
  const names: Named[] = [];
  const next = () => {
    const [payload, inert] = PAYLOADS[names.length % PAYLOADS.length]!;
    const tag = ` #${names.length}`;
    const named = {
      name: `${payload}${tag}`,
      alone: `${inert}${tag}`,
      within: `${inert.replace(/^'/, '')}${tag}`,
    };
    names.push(named);
    return named.name;
  };
  // Nodes, management server, load balancer, dedicated hosts, checkout hosts, external systems.
  for (const { host } of plannedHosts(plan)) host.name = next();
  for (const group of plan.clientGroups) group.name = next();
  for (const network of plan.printerNetworks) network.name = next();
  for (const site of plan.islandSites) {
    site.name = next();
    for (const network of site.printerNetworks) network.name = next();
  }
  // Not in any CSV cell (the file name is a slug of the plan name), but hostile all the same.
  const project = [...names];
  plan.project.name = next();
  plan.project.customer = next();
  plan.project.site = next();
  plan.project.technician = next();
  return { plan: plan as Plan, names: project };
}

/** The other delimiter as well: a field holding either is quoted, so both readings agree. */
const BOTH_DELIMITERS = CSV_DELIMITERS.map((d) => d.charCodeAt(0)).join('/');

interface Exported {
  file: string;
  delimiter: string;
  /** Checklist host rules: every name of the plan is in them. */
  namesAll: boolean;
  rows: string[][];
}

const dir = hasLibreOffice ? mkdtempSync(join(tmpdir(), 'oe-csv-lo-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasLibreOffice)('CSV in LibreOffice', () => {
  const { plan, names } = hostilePlan();
  const exported: Exported[] = [];
  const shown = new Map<string, string[][]>();
  const input = join(dir, 'in');
  // The control: an unneutralised formula, and one after a bare line break, do evaluate here.
  const control = join(input, 'control.csv');

  beforeAll(async () => {
    mkdirSync(input, { recursive: true });
    const add = (name: string, bytes: Uint8Array, delimiter: string, namesAll: boolean) => {
      const file = join(input, `${name}.csv`);
      writeFileSync(file, bytes);
      const rows = parse(Buffer.from(bytes), { bom: true, delimiter }) as string[][];
      exported.push({ file, delimiter, namesAll, rows });
    };
    for (const locale of LOCALES) {
      for (const level of CHECKLIST_LEVELS) {
        for (const delimiter of CSV_DELIMITERS) {
          const result = await renderExport({
            plan,
            format: 'csv',
            level,
            locale,
            delimiter,
            generatedAt: GENERATED_AT,
          });
          const tag = `${level}-${locale}-${delimiter === ',' ? 'comma' : 'semicolon'}`;
          add(`checklist-${tag}`, result.files[0]!.bytes, delimiter, level === 'hosts');
        }
        const comparison = await renderComparison({
          before: { name: 'before', detail: 'the example' },
          after: { name: 'after', detail: 'hostile names' },
          comparison: compareMatrices(computeMatrix(basePlan()), computeMatrix(plan), level),
          format: 'csv',
          locale,
          baseName: 'hostile',
          generatedAt: GENERATED_AT,
        });
        add(`comparison-${level}-${locale}`, comparison.bytes, locale === 'de' ? ';' : ',', false);
      }
    }
    writeFileSync(control, 'a,b\r\n=1+1,x\r\nx\n=2+2,y\r\n');

    const out = join(dir, 'out');
    const files = [...exported.map((e) => e.file), control];
    const started = performance.now();
    const run = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        `--infilter=CSV:${BOTH_DELIMITERS},34,76,1`,
        '--outdir',
        out,
        ...files,
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`soffice converted ${files.length} CSV files in ${seconds} s`);
    expect(run.status, `soffice failed: ${run.stderr}`).toBe(0);
    for (const file of files) {
      // With every sheet asked for (-1), LibreOffice names its file "<name>-<sheet>.csv".
      const base = file.replace(/^.*\//, '').replace(/\.csv$/, '');
      const written = join(out, `${base}-${base}.csv`);
      shown.set(file, parse(readFileSync(written), { relax_column_count: true }) as string[][]);
    }
  }, 300_000);

  /** A spreadsheet keeps a line break in a cell as LF. */
  const lines = (table: string[][]) => table.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')));

  it('evaluates the control, so the checks below can fail', () => {
    expect(shown.get(control)).toEqual([
      ['a', 'b'],
      ['2', 'x'],
      ['x', ''],
      ['4', 'y'],
    ]);
  });

  it('keeps every record one row as wide as the headings, in every file', () => {
    expect(exported).toHaveLength(LOCALES.length * CHECKLIST_LEVELS.length * 3);
    for (const { file, rows } of exported) {
      const cells = shown.get(file)!;
      expect(cells.length, file).toBe(rows.length);
      const columns = rows[0]!.length;
      for (const [i, row] of cells.entries())
        expect(row.length, `${file} row ${i + 1}`).toBe(columns);
    }
  });

  it('shows every cell exactly as exported: nothing was computed', () => {
    for (const { file, rows } of exported) {
      const cells = shown.get(file)!;
      expect(lines(cells), file).toEqual(lines(rows));
      for (const cell of cells.flat()) expect(cell, file).not.toMatch(EVALUATED);
    }
  });

  it('shows every name of the plan as its text, an apostrophe before each formula start', () => {
    const hostFiles = exported.filter((e) => e.namesAll);
    expect(hostFiles).toHaveLength(LOCALES.length * CSV_DELIMITERS.length);
    for (const { file } of hostFiles) {
      const cells = lines(shown.get(file)!).flat();
      for (const { name, alone, within } of names) {
        const [a, w] = lines([[alone, within]])[0]!;
        expect(
          cells.some((c) => c === a || c.includes(w!)),
          `${file}: ${JSON.stringify(name)}`,
        ).toBe(true);
      }
    }
  });
});
