// The renderer in Chromium: bundle size, time to an interactive wizard, feature toggle to updated
// review, and the longest main-thread task while reviewing the large plan. Real server, real page.
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/api/transport';
import { computeMatrix } from '../../shared/matrix';
import { APP_VERSION } from '../../electron/services/app-version';
import { startServer, type RunningServer } from '../../electron/services/http/server';
import { generatedPlan, LARGE, type PlanSize } from '../support/generated-plans';

type Print = (line: string) => void;

const TOGGLE_PLAN: PlanSize = { nodes: 9, clientGroups: 10, islandSites: 50, printerNetworks: 10 };
const TOGGLES = 12;
const NAVIGATIONS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function buildRenderer(outDir: string): Promise<void> {
  await build({
    configFile: join(import.meta.dirname, '../../vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
}

function bundleSizes(outDir: string, print: Print): void {
  const assets = join(outDir, 'assets');
  let total = 0;
  print('bundle (gzip -9, what the window loads; the worker loads when a plan opens)');
  for (const file of readdirSync(assets).sort()) {
    const bytes = readFileSync(join(assets, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    const role = file.startsWith('matrix.worker')
      ? 'matrix worker'
      : file.endsWith('.css')
        ? 'styles'
        : 'app';
    print(`  ${role.padEnd(14)} ${kb(gz).padStart(10)} gzip  (${kb(bytes.length)} raw)  ${file}`);
  }
  print(`  total          ${kb(total).padStart(10)} gzip`);
}

/** Call the API as the page does: POST with the run's token. */
async function call(server: RunningServer, channel: string, args: unknown): Promise<any> {
  const response = await fetch(`http://127.0.0.1:${server.port}${API_PREFIX}${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify(args),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

async function importPlan(server: RunningServer, size: PlanSize, name: string): Promise<void> {
  const plan = generatedPlan(size);
  plan.project.name = name;
  await call(server, 'plans.import', {
    fileName: 'bench.oeplan.json',
    content: JSON.stringify(plan),
  });
}

async function timeToInteractive(browser: Browser, server: RunningServer, print: Print) {
  const home: number[] = [];
  const wizard: number[] = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const started = Date.now();
    await page.goto(server.url, { waitUntil: 'commit' });
    const newPlan = page.getByRole('button', { name: 'New plan', exact: true }).first();
    await newPlan.waitFor();
    home.push(Date.now() - started);
    const clicked = Date.now();
    await newPlan.click();
    await page.getByRole('textbox', { name: 'Plan name', exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Project' }).waitFor();
    wizard.push(Date.now() - clicked);
    await page.close();
  }
  print(`time to interactive (median of ${NAVIGATIONS}, wall clock incl. the test driver)`);
  print(`  navigation -> plans library usable   ${fmt(median(home))}`);
  print(`  New plan   -> wizard step 1 editable ${fmt(median(wizard))}`);
  print(`  navigation -> interactive wizard     ${fmt(median(home) + median(wizard))}`);
}

async function openPlan(page: Page, server: RunningServer, name: string): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Project' }).waitFor();
}

async function featureToggle(browser: Browser, server: RunningServer, print: Print) {
  const name = 'Toggle benchmark';
  await importPlan(server, TOGGLE_PLAN, name);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openPlan(page, server, name);
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: 'Features' })
    .click();
  const toggle = page.getByRole('checkbox', { name: 'Kibana', exact: true });
  const count = page.getByTestId('live-host-rules');
  await count.waitFor();
  const endToEnd: number[] = [];
  const matrix: number[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    const before = await count.innerText();
    // Time in the page: from the click event to the rule count showing the new matrix.
    await page.evaluate(() => {
      const w = window as unknown as { bench: { clicked?: number; shown?: number } };
      w.bench = {};
      document.addEventListener('click', () => (w.bench.clicked = performance.now()), {
        capture: true,
        once: true,
      });
      performance.clearMarks('planner:matrix');
    });
    await toggle.click();
    await page.waitForFunction(
      (previous) => {
        const text = document.querySelector('[data-testid="live-host-rules"]')?.textContent;
        const w = window as unknown as { bench: { shown?: number } };
        if (text && text !== previous) w.bench.shown ??= performance.now();
        return w.bench.shown !== undefined;
      },
      before,
      { polling: 'raf' },
    );
    const sample = await page.evaluate(() => {
      const w = window as unknown as { bench: { clicked: number; shown: number } };
      const mark = performance.getEntriesByName('planner:matrix').at(-1) as PerformanceMark;
      return { total: w.bench.shown - w.bench.clicked, matrix: (mark.detail as { ms: number }).ms };
    });
    endToEnd.push(sample.total);
    matrix.push(sample.matrix);
  }
  await page.close();
  const plan = generatedPlan(TOGGLE_PLAN);
  const node: number[] = [];
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    computeMatrix({ ...plan, features: i % 2 ? plan.features : [...plan.features, 'kibana'] });
    node.push(performance.now() - started);
  }
  print(
    `feature toggle -> updated review: ${TOGGLE_PLAN.nodes}-node cluster, ${TOGGLE_PLAN.islandSites} island sites (${TOGGLES} toggles of Kibana)`,
  );
  print(
    `  matrix in the worker      median ${fmt(median(matrix))}, max ${fmt(Math.max(...matrix))}   (goal: one frame, 16 ms)`,
  );
  print(`  matrix under Node         median ${fmt(median(node))}`);
  print(
    `  click -> new rule counts  median ${fmt(median(endToEnd))}, max ${fmt(Math.max(...endToEnd))}   (validate, worker round trip, render)`,
  );
}

interface LongTask {
  at: string;
  ms: number;
}

async function largeReview(browser: Browser, server: RunningServer, print: Print) {
  const name = 'Large benchmark plan';
  await importPlan(server, LARGE, name);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { at: string; ms: number }[]; phase: string };
    w.longTasks = [];
    w.phase = 'load';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push({ at: w.phase, ms: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const phase = (name: string) =>
    page.evaluate((n) => ((window as unknown as { phase: string }).phase = n), name);
  const started = Date.now();
  await page.goto(server.url);
  await phase('open plan');
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Project' }).waitFor();
  await phase('go to review');
  const opened = Date.now();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: 'Review' })
    .click();
  const rules = page.getByRole('region', { name: 'Rules', exact: true });
  await rules.getByRole('row').nth(3).waitFor({ timeout: 120_000 });
  const reviewReady = Date.now() - opened;
  const hostCount = await page.getByTestId('host-rule-count').innerText();

  await phase('scroll firewall rules');
  const viewport = rules.getByRole('region');
  await viewport.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await page.waitForTimeout(300);
  await phase('switch to host rules');
  await rules.getByRole('radio', { name: /^Host rules/ }).check();
  await rules.getByRole('region', { name: 'Host rules' }).getByRole('row').nth(3).waitFor();
  await phase('scroll host rules');
  for (const part of [0.25, 0.5, 0.9]) {
    await viewport.evaluate((el, p) => (el.scrollTop = el.scrollHeight * p), part);
    await page.waitForTimeout(200);
  }
  await phase('search host rules');
  await rules.getByLabel('Search').fill('2119');
  await rules
    .getByRole('status')
    .filter({ hasText: /^[\d,]+ of / })
    .waitFor();
  await page.waitForTimeout(1500);
  await phase('group by zone pair');
  await rules.getByLabel('Search').fill('');
  await rules.getByRole('checkbox', { name: 'Group by zone pair' }).check();
  await page.waitForTimeout(3000);
  await phase('done');
  const tasks = await page.evaluate(
    () => (window as unknown as { longTasks: LongTask[] }).longTasks,
  );
  await page.close();
  const worst = new Map<string, number>();
  for (const t of tasks) worst.set(t.at, Math.max(worst.get(t.at) ?? 0, t.ms));
  const longest = Math.max(0, ...tasks.map((t) => t.ms));
  print(
    `review of the large plan: ${LARGE.nodes} nodes, ${LARGE.islandSites} island sites, ${LARGE.clientGroups} client groups, ${LARGE.printerNetworks} printer networks (${hostCount} host rules)`,
  );
  print(
    `  Review clicked -> first rows shown   ${fmt(reviewReady)}   (the matrix is computed in a worker)`,
  );
  print(
    `  longest main-thread task             ${fmt(longest)}   (goal: < 100 ms; ${tasks.length} tasks over 50 ms)`,
  );
  for (const [at, ms] of worst) print(`    ${at.padEnd(24)} longest ${fmt(ms)}`);
  print(`  whole scenario                        ${fmt(Date.now() - started)}`);
}

/**
 * Undo on the large plan: a client group removed, then brought back with the notice's Undo (and
 * a name typed, then undone with the Undo button). Timed in the page, from the click to the DOM
 * showing the old state; the longest main-thread task after it includes the document's new text
 * (validation and autosave read the whole plan), which every edit pays, not only an undo.
 */
async function undoOnLargePlan(browser: Browser, server: RunningServer, print: Print) {
  const name = 'Undo benchmark plan';
  await importPlan(server, LARGE, name);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; counting: boolean };
    w.longTasks = [];
    w.counting = false;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (w.counting) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await openPlan(page, server, name);
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: 'Clients' })
    .click();
  const firstName = page.locator('#f-clientGroups-0-name');
  await firstName.waitFor();
  const undone: number[] = [];
  const typed: number[] = [];
  /** The undo itself (the history puts the old values back), before the page draws it. */
  const applied: number[] = [];
  /** Click, and time until the first name field shows `expected` (checked every frame). */
  async function timed(click: () => Promise<void>, expected: string): Promise<number> {
    await page.evaluate(() => {
      const w = window as unknown as {
        bench: { clicked?: number; shown?: number };
        counting: boolean;
      };
      w.bench = {};
      w.counting = true;
      document.addEventListener('click', () => (w.bench.clicked = performance.now()), {
        capture: true,
        once: true,
      });
    });
    await click();
    await page.waitForFunction(
      (value) => {
        const input = document.querySelector<HTMLInputElement>('#f-clientGroups-0-name');
        const w = window as unknown as { bench: { shown?: number } };
        if (input?.value === value) w.bench.shown ??= performance.now();
        return w.bench.shown !== undefined;
      },
      expected,
      { polling: 'raf' },
    );
    const sample = await page.evaluate(() => {
      const w = window as unknown as { bench: { clicked: number; shown: number } };
      const mark = performance.getEntriesByName('planner:undo').at(-1) as PerformanceMark;
      return { shown: w.bench.shown - w.bench.clicked, undo: (mark.detail as { ms: number }).ms };
    });
    applied.push(sample.undo);
    return sample.shown;
  }
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: /^Remove client group 1$/ }).click();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('#f-clientGroups-0-name')?.value === 'clients-2',
    );
    const toast = page.getByTestId('undo-toast');
    undone.push(
      await timed(() => toast.getByRole('button', { name: 'Undo' }).click(), 'clients-1'),
    );
    await firstName.fill(`typed ${i}`);
    await firstName.blur();
    typed.push(await timed(() => page.getByTestId('undo').click(), 'clients-1'));
  }
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  await page.close();
  print(
    `undo on the large plan (${LARGE.clientGroups} client groups, ${LARGE.printerNetworks} printer networks; 5 of each)`,
  );
  print(
    `  removal undone (notice)   median ${fmt(median(undone))}, max ${fmt(Math.max(...undone))}   (goal: < 50 ms)`,
  );
  print(`  typing undone (button)    median ${fmt(median(typed))}, max ${fmt(Math.max(...typed))}`);
  print(
    `  the undo itself           median ${fmt(median(applied))}, max ${fmt(Math.max(...applied))}   (old values put back, before drawing)`,
  );
  print(
    `  longest main-thread task  ${fmt(Math.max(0, ...tasks))}   (${tasks.length} tasks over 50 ms while removing, typing and undoing)`,
  );
}

export default async function rendererBench(print: Print): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'oe-renderer-bench-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'oe-renderer-bench-data-'));
  await buildRenderer(outDir);
  bundleSizes(outDir, print);
  const server = await startServer({ dataDir, staticDir: outDir, port: 0, version: APP_VERSION });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await timeToInteractive(browser, server, print);
    await featureToggle(browser, server, print);
    await largeReview(browser, server, print);
    await undoOnLargePlan(browser, server, print);
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
