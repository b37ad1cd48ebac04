// Checklist exports for 5,000 host rules, side by side in one run with what a technician would
// otherwise do: open the same CSV in LibreOffice and print it to PDF (`soffice --convert-to pdf`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChecklist } from '../../electron/services/export/checklist';
import { checklistCsv } from '../../electron/services/export/csv';
import { checklistPdf, type PdfChecklist } from '../../electron/services/export/pdf/document';
import { checklistXlsx } from '../../electron/services/export/xlsx';
import { computeMatrix } from '../../shared/matrix';
import { validatePlan, type Plan } from '../../shared/plan';

const HOST_RULES = 5000;
const RUNS = 3;
const ROOT = join(import.meta.dirname, '../..');

/** The single-server example with LPR clients added until the plan has exactly 5,000 host rules. */
function planWithHostRules(count: number): { plan: Plan; document: unknown } {
  const document = JSON.parse(
    readFileSync(join(ROOT, 'docs/examples/single-every-feature.oeplan.json'), 'utf8'),
  );
  const base = computeMatrix(validatePlan(document).plan!).hostRules.length;
  // Each LPR client address adds one host rule: to the one OE node on 515/tcp.
  const extra = Array.from(
    { length: count - base },
    (_, i) => `10.${100 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`,
  );
  document.clientGroups.push({ name: 'Branch PCs', kind: 'lpr-clients', addresses: extra });
  const { plan } = validatePlan(document);
  const rules = computeMatrix(plan!).hostRules.length;
  if (rules !== count) throw new Error(`bench plan has ${rules} host rules, not ${count}`);
  return { plan: plan!, document };
}

/** The first call (cold, as in a fresh process) and the median of `runs` more (warm, as in the app). */
async function timed(
  runs: number,
  fn: () => Promise<unknown> | unknown,
): Promise<{ cold: number; warm: number }> {
  const first = performance.now();
  await fn();
  const cold = performance.now() - first;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return { cold, warm: samples.sort((a, b) => a - b)[Math.floor(runs / 2)]! };
}

/** Median wall time of a command, after one warm-up run. */
function timedCommand(runs: number, command: string, args: readonly string[]): number {
  const run = () => {
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
    return performance.now() - start;
  };
  run();
  const samples = Array.from({ length: runs }, run).sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)]!;
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

function pdfPages(file: string): string {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? '?';
}

function findLibreOffice(): string | undefined {
  for (const command of ['libreoffice', 'soffice']) {
    if (spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0) return command;
  }
  return undefined;
}

/** The command line bundled the way it ships (one file, node_modules beside it), run by plain node. */
function bundleCli(): string {
  const dir = join(ROOT, 'node_modules/.cache/oe-ports-bench');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'oe-ports.mjs');
  const build = spawnSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      join(ROOT, 'electron/cli/main.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      `--outfile=${out}`,
      '--log-level=error',
    ],
    { encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`esbuild failed: ${build.stderr}`);
  return out;
}

export default async function bench(print: (line: string) => void): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'oe-export-bench-'));
  try {
    const { plan, document } = planWithHostRules(HOST_RULES);
    const planFile = join(work, 'plan.json');
    writeFileSync(planFile, JSON.stringify(document));
    const checklist = buildChecklist({ plan, locale: 'en' });
    print(
      `${HOST_RULES} host rules (single server, ${checklist.rules.firewall.length} firewall rules); cold = first call, warm = median of ${RUNS} more`,
    );

    const model = await timed(RUNS, () => buildChecklist({ plan, locale: 'en' }));
    const csvText = checklistCsv(checklist, 'hosts', ',');
    const csvFile = join(work, 'host-rules.csv');
    writeFileSync(csvFile, csvText);
    const csv = await timed(RUNS, () => checklistCsv(checklist, 'hosts', ','));
    let xlsxBytes = 0;
    const xlsx = await timed(
      RUNS,
      async () => (xlsxBytes = (await checklistXlsx(checklist, 'hosts')).length),
    );
    let pdfResult: PdfChecklist = { bytes: new Uint8Array(), pageCount: 0 };
    const pdf = await timed(RUNS, async () => (pdfResult = await checklistPdf(checklist, 'hosts')));
    const row = (label: string, t: { cold: number; warm: number }, extra = '') =>
      print(`  ${label.padEnd(16)} cold ${fmt(t.cold)}   warm ${fmt(t.warm)}   ${extra}`);
    row('checklist model', model);
    row('CSV', csv, kb(Buffer.byteLength(csvText)));
    row('XLSX', xlsx, kb(xlsxBytes));
    row('PDF', pdf, `${kb(pdfResult.bytes.length)}, ${pdfResult.pageCount} pages`);

    // End to end as a user runs it: a fresh process reads the plan and writes the PDF.
    const cliOut = join(work, 'cli.pdf');
    const exportArgs = ['export', planFile, '--format', 'pdf', '--out', cliOut];
    const bundled = timedCommand(RUNS, process.execPath, [bundleCli(), ...exportArgs]);
    print(
      `  PDF by "oe-ports export", bundled, one process  ${fmt(bundled)}   (${pdfPages(cliOut)} pages)`,
    );
    const viaTsx = timedCommand(RUNS, join(ROOT, 'node_modules/.bin/tsx'), [
      join(ROOT, 'electron/cli/main.ts'),
      ...exportArgs,
    ]);
    print(`  PDF by "npm run cli -- export" (tsx compiles on start)  ${fmt(viaTsx)}`);

    const office = findLibreOffice();
    if (!office) {
      print('  LibreOffice: not installed, no comparison. Install it for the benchmark only:');
      print('    apt-get update && apt-get install -y libreoffice-calc-nogui');
      return;
    }
    const version = spawnSync(office, ['--version'], { encoding: 'utf8' }).stdout.trim();
    // Its own profile, created by the warm-up run: only the very first start of an office pays that.
    const lo = timedCommand(RUNS, office, [
      `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      csvFile,
    ]);
    const loPdf = join(work, 'host-rules.pdf');
    print(
      `  LibreOffice --convert-to pdf of the same CSV  ${fmt(lo)}   ${kb(statSync(loPdf).size)}, ${pdfPages(loPdf)} pages (${version})`,
    );
    const ratio = (ms: number) => (ms / lo).toFixed(2);
    print(
      `  ratio PDF / LibreOffice: warm in process ${ratio(pdf.warm)}, cold in process ${ratio(pdf.cold)}, bundled process ${ratio(bundled)}, tsx process ${ratio(viaTsx)}`,
    );
    print(
      `  goal, our PDF in half LibreOffice's time or less: in the app (warm) ${pdf.warm <= lo / 2 ? 'met' : 'NOT met'}; as a fresh process ${bundled <= lo / 2 ? 'met' : 'NOT met'}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
