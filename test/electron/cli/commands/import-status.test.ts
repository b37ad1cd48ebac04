import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../../../electron/services/plan-loader';
import { computeMatrix, firewallStatusKey, statusOf } from '../../../../shared/matrix';
import { cli } from '../../../support/cli';
import { examplePath, exampleDocument } from '../../../support/examples';
import { hasTool } from '../../services/documents/support';

// The change request's round trip on the command line: the planner writes the sheet, the network
// team answers in their spreadsheet (LibreOffice itself, or an XLSX edited cell by cell), and
// `oe-ports import-status` reads their answer back into the plan file.

const work = mkdtempSync(join(tmpdir(), 'oe-import-status-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PLAN = join(work, 'cluster.oeplan.json');
copyFileSync(examplePath('cluster-3-islands'), PLAN);

const hasLibreOffice = hasTool('soffice', ['--version']);
if (!hasLibreOffice) {
  console.warn(
    'SKIPPED import-status with LibreOffice: soffice is not installed, so no spreadsheet answers the sheet. Install it with: apt-get install libreoffice-calc-nogui',
  );
}

/** LibreOffice converts a file; each run has a profile of its own so that runs never block each other. */
function soffice(file: string, to: string, outdir: string): string {
  const run = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(work, `profile-${Math.random().toString(36).slice(2)}`)}`,
      '--convert-to',
      to,
      '--outdir',
      outdir,
      file,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  expect(run.status, `soffice failed: ${run.stderr}`).toBe(0);
  const written = readdirSync(outdir);
  expect(written).toHaveLength(1);
  return join(outdir, written[0]!);
}

async function exportSheet(
  format: 'change-request-xlsx' | 'change-request-csv',
  locale: 'de' | 'en',
  plan = PLAN,
) {
  const out = join(
    work,
    `sheet-${locale}-${Math.random().toString(36).slice(2)}.${format.slice(-4).replace('-', '')}`,
  );
  const run = await cli(['export', plan, '--format', format, '--locale', locale, '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return out;
}

async function statusesOf(path: string) {
  const { plan } = await readPlanFile(path);
  const matrix = computeMatrix(plan);
  return {
    plan,
    byId: new Map(matrix.firewallRules.map((r) => [r.id, statusOf(plan.statuses, r)])),
  };
}

describe('oe-ports import-status', () => {
  it.skipIf(!hasLibreOffice)(
    'reads a German answer LibreOffice saved as CSV in Windows-1252 with semicolons: rows deleted and re-sorted, statuses in German',
    async () => {
      const sheet = await exportSheet('change-request-xlsx', 'de');
      const csvFile = soffice(
        sheet,
        'csv:Text - txt - csv (StarCalc):59,34,1,1',
        join(work, 'lo-csv'),
      );
      const rows: string[][] = parse(iconv.decode(readFileSync(csvFile), 'win1252'), {
        delimiter: ';',
        relax_column_count: true,
      });
      const [header, ...body] = rows;
      const at = (name: string) => header!.indexOf(name);
      expect(at('Regelschlüssel')).toBeGreaterThan(0);
      const rule = (id: string) => body.find((r) => r[0] === id)!;
      rule('FW-001')[at('Status')] = 'genehmigt';
      rule('FW-001')[at('Bearbeitet von')] = 'Jörg Müller';
      rule('FW-001')[at('Datum')] = '04.12.2026';
      rule('FW-002')[at('Status')] = 'abgelehnt';
      rule('FW-002')[at('Kommentar')] = 'Über den Proxy, nicht direkt';
      rule('FW-003')[at('Status')] = 'geöffnet';
      rule('FW-005')[at('Status')] = 'vielleicht';
      const kept = body.filter((r) => r[0] !== 'FW-004').reverse();
      const answer = join(work, 'antwort.csv');
      writeFileSync(
        answer,
        iconv.encode(stringify([header!, ...kept], { delimiter: ';' }), 'win1252'),
      );

      const out = join(work, 'answered.oeplan.json');
      const run = await cli(['import-status', PLAN, answer, '--out', out, '--locale', 'de']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`${body.length - 2} Zeilen verwendet`);
      expect(run.stdout).toContain('FW-002: – → abgelehnt');
      expect(run.stdout).toMatch(
        /antwort\.csv, Zeile \d+ \(FW-005\): Der Status „vielleicht“ ist unbekannt/,
      );

      const { byId } = await statusesOf(out);
      expect(byId.get('FW-001')).toEqual({
        status: 'approved',
        by: 'Jörg Müller',
        at: '2026-12-04',
        reason: '',
      });
      expect(byId.get('FW-002')).toMatchObject({
        status: 'rejected',
        reason: 'Über den Proxy, nicht direkt',
      });
      expect(byId.get('FW-003')?.status).toBe('opened');
      // The deleted row and the row not understood keep what they had: nothing.
      expect(byId.get('FW-004')).toBeUndefined();
      expect(byId.get('FW-005')).toBeUndefined();
      expect(byId.get('FW-006')?.status).toBe('requested');
    },
    300_000,
  );

  it.skipIf(!hasLibreOffice)(
    'reads an English XLSX answered cell by cell, with a formula in the approver, after LibreOffice saved it again',
    async () => {
      const sheet = await exportSheet('change-request-xlsx', 'en');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(sheet);
      const ws = workbook.worksheets[0]!;
      const header = (ws.getRow(1).values as unknown[]).map(String);
      const at = (name: string) => header.indexOf(name);
      ws.getRow(2).getCell(at('Status')).value = 'approved';
      ws.getRow(2).getCell(at('Approver')).value = { formula: '1+1', result: 2 };
      ws.getRow(2).getCell(at('Date')).value = new Date('2026-12-03T00:00:00Z');
      ws.getRow(3).getCell(at('Status')).value = 'done';
      ws.getRow(3).getCell(at('Comment')).value = '@SUM(1)';
      mkdirSync(join(work, 'edited'));
      const edited = join(work, 'edited', 'answer.xlsx');
      await workbook.xlsx.writeFile(edited);
      const resaved = soffice(edited, 'xlsx', join(work, 'lo-xlsx'));

      const out = join(work, 'answered-en.oeplan.json');
      const run = await cli(['import-status', PLAN, resaved, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const { byId } = await statusesOf(out);
      expect(byId.get('FW-001')).toMatchObject({
        status: 'approved',
        by: '=1+1',
        at: '2026-12-03',
      });
      expect(byId.get('FW-002')).toMatchObject({ status: 'opened', reason: '@SUM(1)' });
    },
    300_000,
  );

  it('reads its own CSV back (UTF-8 with BOM, commas) and changes the plan file in place with --out', async () => {
    const copy = join(work, 'in-place.oeplan.json');
    copyFileSync(PLAN, copy);
    const sheet = await exportSheet('change-request-csv', 'en', copy);
    const text = readFileSync(sheet, 'utf8');
    const answered = text.replace(
      /,requested,,,,IPv4/,
      ',approved,A. Pprover,2026-12-01,fine,IPv4',
    );
    expect(answered).not.toBe(text);
    writeFileSync(sheet, answered);
    const run = await cli(['import-status', copy, sheet, '--out', copy]);
    expect(run.code).toBe(0);
    const { byId } = await statusesOf(copy);
    expect(byId.get('FW-001')).toEqual({
      status: 'approved',
      by: 'A. Pprover',
      at: '2026-12-01',
      reason: 'fine',
    });
  });

  it('refuses the sheet of another plan with exit 2, naming both plans, and writes nothing', async () => {
    const otherPlan = join(work, 'other.oeplan.json');
    copyFileSync(examplePath('single-minimal'), otherPlan);
    const sheet = await exportSheet('change-request-csv', 'en', otherPlan);
    const out = join(work, 'never.oeplan.json');
    const run = await cli(['import-status', PLAN, sheet, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^This sheet belongs to the plan "Print server Hamburg", not to "Output cluster Frankfurt": nothing was changed/,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a sheet of an older revision whose rules differ with exit 2, naming those rules', async () => {
    const older = join(work, 'older.oeplan.json');
    const document = exampleDocument('cluster-3-islands') as any;
    document.clientGroups.push({
      name: 'Auditors',
      kind: 'admin-workstations',
      addresses: ['198.51.100.7'],
    });
    writeFileSync(older, JSON.stringify(document));
    const sheet = await exportSheet('change-request-csv', 'en', older);
    const { plan } = await readPlanFile(older);
    const now = new Set(
      computeMatrix((await readPlanFile(PLAN)).plan).firewallRules.map((r) =>
        firewallStatusKey(r.key),
      ),
    );
    const gone = computeMatrix(plan).firewallRules.filter(
      (r) => !now.has(firewallStatusKey(r.key)),
    );
    expect(gone.length).toBeGreaterThan(0);
    const run = await cli(['import-status', PLAN, sheet, '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('whose rules differ from the plan’s now');
    for (const r of gone) expect(run.stderr).toContain(r.id);
  });

  it('asks for --out or --dry-run, and refuses junk, a huge file and 100,000 rows with exit 2', async () => {
    const sheet = await exportSheet('change-request-csv', 'en');
    const noOut = await cli(['import-status', PLAN, sheet]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^--out: Say where to write the plan/);

    const junk = join(work, 'junk.xlsx');
    writeFileSync(junk, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const junkRun = await cli(['import-status', PLAN, junk, '--dry-run']);
    expect(junkRun.code).toBe(2);
    expect(junkRun.stderr).toMatch(
      /^junk\.xlsx is neither an Excel workbook \(XLSX\) nor a CSV file/,
    );

    const zip = join(work, 'broken.xlsx');
    writeFileSync(zip, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 7)]));
    const zipRun = await cli(['import-status', PLAN, zip, '--dry-run']);
    expect(zipRun.code).toBe(2);
    expect(zipRun.stderr).toMatch(/^broken\.xlsx cannot be read as an Excel workbook/);

    const huge = join(work, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const hugeRun = await cli(['import-status', PLAN, huge, '--dry-run']);
    expect(hugeRun.code).toBe(2);
    expect(hugeRun.stderr).toMatch(/^huge\.csv is larger than 16 MB/);

    const many = join(work, 'many.csv');
    writeFileSync(
      many,
      ['Rule key,Status', ...Array.from({ length: 100_000 }, () => 'x,ok')].join('\r\n'),
    );
    const manyRun = await cli(['import-status', PLAN, many, '--dry-run']);
    expect(manyRun.code).toBe(2);
    expect(manyRun.stderr).toMatch(/^many\.csv has more than 50000 rows/);
  }, 120_000);
});
