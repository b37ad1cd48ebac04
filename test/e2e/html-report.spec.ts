import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { computeMatrix, type FirewallRule } from '../../shared/matrix';
import { validatePlan } from '../../shared/plan';
import { runCli } from '../support/cli';
import { example } from './plans/files';

// The HTML report as the network team gets it: a file written by `oe-ports export --format html`,
// opened from disk in Chromium with the network off. Filters, an expanded rule and the print view.

const PLAN = 'cluster-5-every-feature';

/** The example with a change status on three firewall rules: two approved, one rejected. */
function planWithStatuses(): { document: Record<string, any>; rules: FirewallRule[] } {
  const document = example(PLAN);
  const { plan } = validatePlan(document);
  if (!plan) throw new Error('the example plan is invalid');
  const rules = computeMatrix(plan).firewallRules;
  const [first, second, third] = rules;
  const at = '2026-12-04';
  document.statuses = {
    [`fw:${first!.key}`]: { status: 'approved', by: 'K. Network', at, reason: '' },
    [`fw:${second!.key}`]: { status: 'approved', by: 'K. Network', at, reason: '' },
    [`fw:${third!.key}`]: { status: 'rejected', by: 'K. Network', at, reason: 'Not in scope' },
  };
  return { document, rules };
}

/** A context that cannot reach any network: every request that is not the file itself is noted and refused. */
async function offline(context: BrowserContext): Promise<string[]> {
  const attempted: string[] = [];
  await context.setOffline(true);
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    attempted.push(url);
    return route.abort();
  });
  context.on('request', (request) => {
    if (!request.url().startsWith('file:')) attempted.push(request.url());
  });
  return attempted;
}

const shown = (page: Page) => page.locator('#rule-count');
const rows = (page: Page) => page.locator('#rule-table tbody.rule');

test('the HTML report opened from disk with the network off: filters, a rule expanded, printed', async ({
  browser,
}, testInfo) => {
  const work = mkdtempSync(join(tmpdir(), 'oe-html-report-'));
  try {
    const { document, rules } = planWithStatuses();
    const planPath = join(work, 'plan.oeplan.json');
    writeFileSync(planPath, JSON.stringify(document));
    const out = join(work, 'report.html');
    const run = runCli(['export', planPath, '--format', 'html', '--out', out, '--locale', 'en']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`(${rules.length} rules)`);

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const attempted = await offline(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(out).href);
    await expect(rows(page).first()).toBeVisible();
    const firstRows = await page.evaluate(
      () => performance.getEntriesByName('report-rows')[0]?.startTime,
    );
    testInfo.annotations.push({ type: 'first rows', description: `${firstRows?.toFixed(0)} ms` });

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Port report: Output cluster Munich',
    );
    await expect(shown(page)).toHaveText(`${rules.length} of ${rules.length} rules`);
    await expect(rows(page)).toHaveCount(rules.length);

    // A zone pair: only the islands' rules to the OE nodes.
    const islands = rules.filter(
      (r) => r.sourceZone === 'islands' && r.destinationZone === 'oe-nodes',
    );
    expect(islands.length).toBeGreaterThan(0);
    const filters = page.getByRole('search');
    await filters.getByLabel('Zone pair').selectOption({ label: 'Islands → OE nodes' });
    await expect(shown(page)).toHaveText(`${islands.length} of ${rules.length} rules`);
    await expect(rows(page)).toHaveCount(islands.length);

    // The zone grid's cell of a pair chooses the same.
    await filters.getByLabel('Zone pair').selectOption({ label: 'All' });
    await expect(rows(page)).toHaveCount(rules.length);
    await page
      .locator('#zone-grid')
      .getByRole('row', { name: /^Islands/ })
      .getByRole('button')
      .first()
      .click();
    await expect(filters.getByLabel('Zone pair')).toHaveValue(/\d+/);
    await expect(rows(page)).toHaveCount(islands.length);

    // A change status, on top: none of the islands' rules has one.
    await filters.getByLabel('Change status').selectOption({ label: 'approved' });
    await expect(shown(page)).toHaveText(`0 of ${rules.length} rules`);
    await expect(page.getByText('No rule matches the filters.')).toBeVisible();
    await filters.getByLabel('Zone pair').selectOption({ label: 'All' });
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).locator('button.toggle')).toHaveText([rules[0]!.id, rules[1]!.id]);
    await filters.getByLabel('Change status').selectOption({ label: 'rejected' });
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('rejected');
    await filters.getByLabel('Change status').selectOption({ label: 'no status' });
    await expect(rows(page)).toHaveCount(rules.length - 3);

    // A host: the rules it is a source or destination of.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(rows(page)).toHaveCount(rules.length);
    const withHost = rules.filter((r) => [...r.from, ...r.to].some((e) => e.name === 'aug-island'));
    await filters.getByLabel('Host or network').selectOption({ label: 'aug-island' });
    await expect(rows(page)).toHaveCount(withHost.length);
    await expect(shown(page)).toHaveText(`${withHost.length} of ${rules.length} rules`);

    // A port, typed.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const on2119 = rules.filter((r) => r.portList.includes(2119));
    await filters.getByLabel('Port').fill('2119');
    await expect(rows(page)).toHaveCount(on2119.length);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // One rule expanded: its provenance, its status with who and when, its host rules.
    const rejected = rules[2]!;
    const toggle = page.getByRole('button', { name: rejected.id, exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = page.locator(`#details-2`);
    await expect(details).toContainText('rejected by K. Network on 2026-12-04');
    await expect(details).toContainText('Reason: Not in scope');
    await expect(details).toContainText('Sources');
    await expect(details).toContainText(`Host rules (${rejected.hostRuleIds.length})`);
    await expect(details.locator('table.host-rules tbody tr')).toHaveCount(
      Math.min(rejected.hostRuleIds.length, 100),
    );
    const link = details.locator('a').first();
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await page.screenshot({ path: testInfo.outputPath('report-expanded.png') });

    // Printing: the filters go, every rule comes, one table per zone pair, then the sign-off.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#rules')).toBeHidden();
    await expect(page.locator('#filters')).toBeHidden();
    const pairs = new Set(rules.map((r) => `${r.sourceZone}>${r.destinationZone}`));
    await expect(page.locator('#print-tables section.pair')).toHaveCount(pairs.size);
    await expect(page.locator('#print-tables table tbody tr')).toHaveCount(rules.length);
    await expect(page.locator('#print-tables h3').first()).toHaveText('Clients → OE nodes');
    await expect(page.locator('#sign-off')).toBeVisible();
    await expect(page.locator('#sign-off')).toContainText('Network team');
    await expect(page.locator('#facts')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true });

    expect(attempted, 'requests the report tried to make').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
    await context.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
