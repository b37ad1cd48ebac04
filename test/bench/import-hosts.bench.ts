// A 10,000-row print server export imported in the Printers step of a real page: time from choosing
// the file to the mapping preview, and from confirming to the plan's new printer networks, and the
// longest main-thread tasks on the way. Real server, real Chromium, the built renderer.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/api/transport';
import { APP_VERSION } from '../../electron/services/app-version';
import { startServer } from '../../electron/services/http/server';
import { exampleDocument } from '../support/examples';

type Print = (line: string) => void;

const ROWS = 10_000;
const RUNS = Number(process.env.IMPORT_BENCH_RUNS ?? 3);
const fmt = (ms: number) => `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Get-PrinterPort | Export-Csv on a German Windows: semicolons, Windows-1252, #TYPE first. */
function printServerExport(path: string): void {
  const lines = [
    '#TYPE Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_TcpIpPrinterPort',
    '"Name";"ComputerName";"PrinterHostAddress";"PortNumber";"Protocol";"SNMPEnabled"',
  ];
  for (let i = 0; i < ROWS; i++) {
    const address = `10.${100 + Math.floor(i / 4096)}.${Math.floor(i / 256) % 16}.${i % 256}`;
    const lpr = i % 10 === 0;
    lines.push(
      `"Drucker Büro ${i}";"PRINTSRV01";"${address}";"${lpr ? 515 : 9100}";"${lpr ? 2 : 1}";"True"`,
    );
  }
  writeFileSync(path, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
}

export default async function importHostsBench(print: Print): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'oe-import-bench-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'oe-import-bench-data-'));
  const file = join(outDir, 'drucker.csv');
  await build({
    configFile: join(import.meta.dirname, '../../vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(outDir, 'renderer'), emptyOutDir: true },
  });
  printServerExport(file);
  const server = await startServer({
    dataDir,
    staticDir: join(outDir, 'renderer'),
    port: 0,
    version: APP_VERSION,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const toPreview: number[] = [];
  const toPlan: number[] = [];
  const longest = new Map<string, number>();
  try {
    for (let run = 0; run < RUNS; run++) {
      const name = `Import bench ${run}`;
      const document = {
        ...exampleDocument('cluster-3-islands'),
        project: { ...(exampleDocument('cluster-3-islands').project as object), name },
      };
      await fetch(`http://127.0.0.1:${server.port}${API_PREFIX}plans.import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
        body: JSON.stringify({ fileName: 'bench.oeplan.json', content: JSON.stringify(document) }),
      });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (e) => print(`  page error: ${e.message}`));
      await page.addInitScript(() => {
        const w = window as unknown as { longTasks: { at: string; ms: number }[]; phase: string };
        w.longTasks = [];
        w.phase = 'load';
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            w.longTasks.push({ at: w.phase, ms: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      const phase = (n: string) =>
        page.evaluate((p) => ((window as unknown as { phase: string }).phase = p), n);
      await page.goto(server.url);
      await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
      await page
        .getByRole('navigation', { name: 'Wizard steps' })
        .getByRole('button', { name: 'Printers and island sites' })
        .click();
      await page.getByRole('button', { name: 'Import from spreadsheet…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
      await page.waitForTimeout(500);

      await phase('file to preview');
      let started = performance.now();
      await dialog.getByLabel('Spreadsheet (CSV or XLSX)').setInputFiles(file);
      await dialog
        .getByRole('status')
        .filter({ hasText: `${ROWS} to import` })
        .waitFor();
      toPreview.push(performance.now() - started);

      await phase('summarise /20');
      await dialog.getByLabel('Summarise single addresses into networks').selectOption('20');
      const confirm = dialog.getByRole('button', {
        name: `Import ${ROWS.toLocaleString('en')} rows`,
      });
      await confirm.or(dialog.getByRole('button', { name: `Import ${ROWS} rows` })).waitFor();
      await page.waitForTimeout(300);

      await phase('confirm to plan');
      started = performance.now();
      await confirm.or(dialog.getByRole('button', { name: `Import ${ROWS} rows` })).click();
      await page.getByText(/^Imported 10,?000 rows/).waitFor();
      await page.getByRole('group', { name: 'Printer network 7' }).waitFor();
      toPlan.push(performance.now() - started);
      await page.waitForTimeout(1000);
      await phase('done');
      const tasks = await page.evaluate(
        () => (window as unknown as { longTasks: { at: string; ms: number }[] }).longTasks,
      );
      for (const t of tasks) longest.set(t.at, Math.max(longest.get(t.at) ?? 0, t.ms));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  print(
    `a ${ROWS.toLocaleString('en')}-row print server export (Windows-1252, semicolons) into the Printers step, ${RUNS} runs`,
  );
  print(
    `  file chosen -> mapping preview     median ${fmt(median(toPreview))}, max ${fmt(Math.max(...toPreview))}   (goal: < 1 s)`,
  );
  print(
    `  confirmed -> printers in the plan  median ${fmt(median(toPlan))}, max ${fmt(Math.max(...toPlan))}   (goal: < 2 s; summarised into /20s)`,
  );
  for (const [at, ms] of longest)
    print(`    ${at.padEnd(20)} longest main-thread task ${fmt(ms)}   (goal: < 50 ms)`);
}
