// The change request on the 5,000-rule plan: each format written, then the network team's answer
// (every row's Status filled in) read back into the plan: goal under one second. Beside them,
// LibreOffice converting the same CSV to XLSX, as the yardstick for a new format.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { changeRequestCsv } from '../../electron/services/documents/change-request/change-request-csv';
import { changeRequestXlsx } from '../../electron/services/documents/change-request/change-request-xlsx';
import { buildChecklist } from '../../electron/services/documents/checklist/checklist';
import { readStatusAnswer } from '../../electron/services/change/status-import';
import { CHANGE_COLUMNS } from '../../shared/change';
import { planWithHostRules, timed } from './exports.bench';

const HOST_RULES = 5000;
const RUNS = 3;
const ANSWERS = ['approved', 'genehmigt', 'x', 'rejected', 'done', 'offen'];

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

/** The exported workbook with every rule's Status answered, as the network team sends it back. */
async function answeredXlsx(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const status = CHANGE_COLUMNS.indexOf('status') + 1;
  for (const ws of workbook.worksheets.slice(0, 2)) {
    ws.eachRow((row, n) => {
      if (n > 1) row.getCell(status).value = ANSWERS[n % ANSWERS.length]!;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export default async function bench(print: (line: string) => void): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'oe-change-bench-'));
  try {
    const { plan } = planWithHostRules(HOST_RULES);
    const checklist = buildChecklist({ plan, locale: 'de' });
    print(`${HOST_RULES} host rules, host level; cold = first call, warm = median of ${RUNS} more`);
    let xlsxBytes: Uint8Array = new Uint8Array();
    const xlsx = await timed(
      RUNS,
      async () => (xlsxBytes = await changeRequestXlsx(checklist, 'hosts')),
    );
    let csvText = '';
    const csv = await timed(RUNS, () => (csvText = changeRequestCsv(checklist, 'hosts', ';')));
    const answered = await answeredXlsx(xlsxBytes);
    const answeredCsv = new TextEncoder().encode(csvText.replace(/;beantragt;/g, ';genehmigt;'));
    let used = 0;
    const importXlsx = await timed(RUNS, async () => {
      used = (
        await readStatusAnswer({ plan, bytes: answered, fileName: 'a.xlsx', importedBy: 'b' })
      ).used;
    });
    const importCsv = await timed(RUNS, () =>
      readStatusAnswer({ plan, bytes: answeredCsv, fileName: 'a.csv', importedBy: 'b' }),
    );
    const row = (label: string, t: { cold: number; warm: number }, extra = '') =>
      print(`  ${label.padEnd(28)} cold ${fmt(t.cold)}   warm ${fmt(t.warm)}   ${extra}`);
    row('change request XLSX', xlsx, `${(xlsxBytes.length / 1024).toFixed(0)} KiB`);
    row('change request CSV', csv, `${(csvText.length / 1024).toFixed(0)} KiB`);
    row('import answered XLSX', importXlsx, `${used} rows used (goal: under 1000 ms)`);
    row('import answered CSV', importCsv);

    const office = ['soffice', 'libreoffice'].find(
      (c) => spawnSync(c, ['--version'], { encoding: 'utf8' }).status === 0,
    );
    if (!office) {
      print(
        '  LibreOffice: not installed, no comparison (apt-get install -y libreoffice-calc-nogui)',
      );
      return;
    }
    const csvFile = join(work, 'change-request.csv');
    writeFileSync(csvFile, csvText);
    const convert = () => {
      const start = performance.now();
      const run = spawnSync(
        office,
        [
          `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--infilter=CSV:59,34,76,1',
          '--outdir',
          join(work, 'lo'),
          csvFile,
        ],
        { encoding: 'utf8', timeout: 600_000 },
      );
      if (run.status !== 0) throw new Error(`${office} failed: ${run.stderr}`);
      return performance.now() - start;
    };
    convert(); // its profile is made once
    const office1 = [convert(), convert(), convert()].sort((a, b) => a - b)[1]!;
    print(`  LibreOffice CSV → XLSX        ${fmt(office1)}`);
    print(
      `  ratio to LibreOffice (warm): XLSX ${(xlsx.warm / office1).toFixed(2)}, CSV ${(csv.warm / office1).toFixed(2)} (goal: at most 0.5)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
