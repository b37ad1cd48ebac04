// Checklist exports for 5,000 host rules, side by side in one run with what a technician would
// otherwise do: open the same CSV in LibreOffice and print it to PDF (`soffice --convert-to pdf`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChecklist } from '../../electron/services/documents/checklist/checklist';
import { checklistCsv } from '../../electron/services/documents/csv';
import {
  checklistPdf,
  type PdfChecklist,
} from '../../electron/services/documents/checklist/checklist-pdf';
import { checklistXlsx } from '../../electron/services/documents/xlsx';
import { checklistHtml } from '../../electron/services/documents/report/report-html';
import { htmlFirstRows } from './html-first-rows';
import { computeMatrix } from '../../shared/matrix';
import { validatePlan, type Plan } from '../../shared/plan';
import { PLAN_LIMITS } from '../../shared/plan/limits';

const HOST_RULES = 5000;
const RUNS = 3;
const PROCESS_RUNS = 5;
const ROOT = join(import.meta.dirname, '../..');

/**
 * The single-server example with LPR clients added until the plan has exactly 5,000 host rules.
 * A refused plan says why, instead of failing later on an undefined plan.
 */
export function planWithHostRules(count: number): { plan: Plan; document: unknown } {
  const document = JSON.parse(
    readFileSync(join(ROOT, 'docs/examples/single-every-feature.oeplan.json'), 'utf8'),
  );
  const base = computeMatrix(validatePlan(document).plan!).hostRules.length;
  // Each LPR client address adds one host rule: to the one OE node on 515/tcp.
  const extra = Array.from(
    { length: count - base },
    (_, i) => `10.${100 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`,
  );
  // In groups of at most PLAN_LIMITS.addresses, as a plan must list them.
  for (let i = 0; i * PLAN_LIMITS.addresses < extra.length; i++) {
    document.clientGroups.push({
      name: `Branch PCs ${i + 1}`,
      kind: 'lpr-clients',
      addresses: extra.slice(i * PLAN_LIMITS.addresses, (i + 1) * PLAN_LIMITS.addresses),
    });
  }
  const { plan, issues } = validatePlan(document);
  if (!plan) throw new Error(`bench plan refused: ${JSON.stringify(issues)}`);
  const rules = computeMatrix(plan).hostRules.length;
  if (rules !== count) throw new Error(`bench plan has ${rules} host rules, not ${count}`);
  return { plan, document };
}

/** The first call (cold, as in a fresh process) and the median of `runs` more (warm, as in the app). */
export async function timed(
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

interface Command {
  command: string;
  args: readonly string[];
}

/**
 * Median wall time of each command, after one warm-up run of each. The commands take turns, so a
 * busy machine slows them alike and the ratio between them holds.
 */
function timedCommands(runs: number, commands: readonly Command[]): number[] {
  const run = ({ command, args }: Command) => {
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
    return performance.now() - start;
  };
  commands.forEach(run);
  const samples = commands.map((): number[] => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, j) => samples[j]!.push(run(c)));
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
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

// As electron/bundle.ts builds dist/cli/oe-ports.js (everything inlined but electron and
// better-sqlite3, ESM with a real require), plus __dirname, which pdfmake's bundled code reads.
const BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  'const require = __createRequire(import.meta.url);',
  'const __dirname = __pathDirname(__fileURLToPath(import.meta.url));',
].join(' ');

/** The command line bundled the way it ships, run by plain node. */
function bundleCli(): string {
  // Under node_modules, so that the one external package left, better-sqlite3, resolves.
  const dir = join(ROOT, 'node_modules/.cache/oe-ports-bench');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'oe-ports.mjs');
  const build = spawnSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      join(ROOT, 'electron/cli/main.ts'),
      '--bundle',
      '--platform=node',
      '--target=node22',
      '--format=esm',
      '--external:electron',
      '--external:better-sqlite3',
      `--banner:js=${BANNER}`,
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
    let htmlBytes: Uint8Array = new Uint8Array();
    const html = await timed(RUNS, () => (htmlBytes = checklistHtml(checklist, 'hosts').bytes));
    const htmlFile = join(work, 'report.html');
    writeFileSync(htmlFile, htmlBytes);
    const firstRows = await htmlFirstRows(htmlFile, PROCESS_RUNS);
    row('HTML', html, `${kb(htmlBytes.length)}; first rows in Chromium ${fmt(firstRows)}`);

    // End to end as a user runs it: a fresh process reads the plan and writes the PDF.
    const cliOut = join(work, 'cli.pdf');
    // The host rules, as in the app above and in LibreOffice's CSV (the command line's default
    // is the network team's firewall rules).
    const exportArgs = ['export', planFile, '--format', 'pdf', '--level', 'hosts', '--out', cliOut];
    const ours: Command[] = [
      { command: process.execPath, args: [bundleCli(), ...exportArgs] },
      {
        command: join(ROOT, 'node_modules/.bin/tsx'),
        args: [join(ROOT, 'electron/cli/main.ts'), ...exportArgs],
      },
    ];
    const office = findLibreOffice();
    if (!office) {
      const [bundled, viaTsx] = timedCommands(PROCESS_RUNS, ours);
      print(`  PDF by "oe-ports export", bundled, one process ${fmt(bundled!)}`);
      print(`  PDF by "tsx electron/cli/main.ts export"      ${fmt(viaTsx!)}`);
      print('  LibreOffice: not installed, no comparison. Install it for the benchmark only:');
      print('    apt-get update && apt-get install -y libreoffice-calc-nogui');
      return;
    }
    const version = spawnSync(office, ['--version'], { encoding: 'utf8' }).stdout.trim();
    // Its own profile, created by the warm-up run: only the very first start of an office pays that.
    const libreOffice: Command = {
      command: office,
      args: [
        `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        csvFile,
      ],
    };
    const [bundled, viaTsx, lo] = timedCommands(PROCESS_RUNS, [...ours, libreOffice]) as [
      number,
      number,
      number,
    ];
    const loPdf = join(work, 'host-rules.pdf');
    print(
      `  PDF by "oe-ports export", bundled, one process ${fmt(bundled)}   (${pdfPages(cliOut)} pages)`,
    );
    print(`  PDF by "tsx electron/cli/main.ts export"      ${fmt(viaTsx)}`);
    print(
      `  LibreOffice --convert-to pdf of the same CSV   ${fmt(lo)}   ${kb(statSync(loPdf).size)}, ${pdfPages(loPdf)} pages (${version})`,
    );
    print(`  (processes: median of ${PROCESS_RUNS} taking turns, after one warm-up each)`);
    const ratio = (ms: number) => (ms / lo).toFixed(2);
    print(
      `  ratio PDF / LibreOffice: in the app ${ratio(pdf.warm)} (warm), ${ratio(pdf.cold)} (first export); bundled process ${ratio(bundled)}; tsx process ${ratio(viaTsx)}`,
    );
    print(
      `  ratio HTML / LibreOffice: ${ratio(html.warm)} (warm), ${ratio(html.cold)} (first export); goal (at most 0.5) ${html.cold <= lo / 2 ? 'met' : 'NOT met'}`,
    );
    print(
      `  goal, our PDF in half LibreOffice's time or less: in the app ${pdf.warm <= lo / 2 ? 'met' : 'NOT met'}; first export in the app ${pdf.cold <= lo / 2 ? 'met' : 'NOT met'}; as a fresh process ${bundled <= lo / 2 ? 'met' : 'NOT met'}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
