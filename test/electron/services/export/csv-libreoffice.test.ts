import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKLIST_LEVELS } from '../../../../electron/services/export/checklist';
import { checklistCsv } from '../../../../electron/services/export/csv';
import { hasTool, exampleChecklist } from './support';

// The customer's spreadsheet itself: LibreOffice imports each exported CSV with formulas on and
// writes back what its cells show. A live formula would come back as its result.

/** The payloads of the hostile report: each hides a formula behind a line break. */
const PAYLOADS = [
  'x\n=1+1',
  'x\r=1+1',
  '=1+1\n=2+2',
  'a\n+1+1',
  'a\n@SUM(1;1)',
  "x\n-2+3+cmd|' /C calc'!A0",
  'a,b;c\r\n=3+3',
];

const hasLibreOffice = hasTool('soffice', ['--version']);
if (!hasLibreOffice) {
  console.warn(
    'LibreOffice (soffice) is not installed: the spreadsheet check is skipped (apt-get install libreoffice-calc-nogui).',
  );
}

const dir = mkdtempSync(join(tmpdir(), 'oe-csv-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every free-text field of a plan carries a payload, past validation (which refuses them). */
function hostileChecklist(locale: 'en' | 'de') {
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length]!;
  return exampleChecklist('cluster-3-islands', {
    locale,
    hostile: (plan) => {
      plan.project.name = next();
      plan.project.customer = next();
      plan.project.site = next();
      plan.project.technician = next();
      for (const host of [...plan.nodes, plan.managementServer])
        host.name = `${host.name}${next()}`;
      for (const group of plan.clientGroups) group.name = next();
      for (const network of plan.printerNetworks) network.name = next();
      for (const site of plan.islandSites) {
        site.name = next();
        for (const host of site.checkoutHosts) host.name = `${host.name}${next()}`;
        for (const network of site.printerNetworks) network.name = next();
      }
    },
  });
}

/** What LibreOffice shows, cell by cell, for each file: one run for all files of a delimiter. */
function libreOfficeCells(files: string[], delimiter: ',' | ';'): Map<string, string[][]> {
  const out = join(dir, `out-${delimiter === ',' ? 'comma' : 'semicolon'}`);
  const code = delimiter.charCodeAt(0);
  const run = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, `profile-${code}`)}`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      `--infilter=CSV:${code},34,76,1`,
      '--outdir',
      out,
      ...files,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const cells = new Map<string, string[][]>();
  for (const file of files) {
    const base = file.replace(/^.*\//, '').replace(/\.csv$/, '');
    const written = readdirSync(out).find((f) => f.startsWith(base));
    expect(written, `LibreOffice wrote nothing for ${base}`).toBeDefined();
    cells.set(file, parse(readFileSync(join(out, written!)), { relax_column_count: true }));
  }
  return cells;
}

describe.skipIf(!hasLibreOffice)('CSV in LibreOffice', () => {
  it('no cell of any level, language or delimiter evaluates, and every row keeps its columns', () => {
    for (const delimiter of [',', ';'] as const) {
      const files: string[] = [];
      const expected = new Map<string, string[][]>();
      for (const locale of ['en', 'de'] as const) {
        const checklist = hostileChecklist(locale);
        for (const level of CHECKLIST_LEVELS) {
          const csv = checklistCsv(checklist, level, delimiter);
          const file = join(dir, `${level}-${locale}-${delimiter === ',' ? 'c' : 's'}.csv`);
          writeFileSync(file, csv);
          files.push(file);
          expected.set(file, parse(csv, { bom: true, delimiter }));
        }
      }
      // The control: an unneutralised formula does evaluate here, so the check can fail.
      const control = join(dir, `control-${delimiter === ',' ? 'c' : 's'}.csv`);
      writeFileSync(control, `a${delimiter}b\r\n=1+1${delimiter}x\r\n`);
      files.push(control);
      const shown = libreOfficeCells(files, delimiter);
      expect(shown.get(control)![1]![0]).toBe('2');
      for (const file of files.filter((f) => f !== control)) {
        const rows = expected.get(file)!;
        const cells = shown.get(file)!;
        const columns = rows[0]!.length;
        expect(cells.length, file).toBe(rows.length);
        for (const [i, row] of cells.entries()) {
          expect(row.length, `${file} row ${i + 1}`).toBe(columns);
        }
        // Every cell shows exactly the text exported (a spreadsheet keeps a line break as LF):
        // nothing was computed.
        const lines = (table: string[][]) =>
          table.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')));
        expect(lines(cells), file).toEqual(lines(rows));
        // Host rules name the hosts, so the payloads reach them (firewall rules name groups).
        if (file.includes('/hosts-')) {
          expect(
            rows.flat().some((c) => /[\r\n]'[=+@-]/.test(c)),
            file,
          ).toBe(true);
        }
      }
    }
  }, 600_000);
});
