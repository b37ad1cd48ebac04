import { expect, type Page } from '@playwright/test';
import type { PlannerApp } from './pages/planner-app';
import { example, examplePath, planFile } from './plans/files';

/** What a journey needs from the face it runs in (browser mode or the desktop app). */
export interface JourneyContext {
  app: PlannerApp;
  /** Close the app and start the backend again on the same data folder; the app as reopened. */
  restart(): Promise<PlannerApp>;
  /** Import a plan file from disk the way this face does it (file input, or the native dialog). */
  importPlan(path: string): Promise<void>;
}

export interface Journey {
  title: string;
  run(ctx: JourneyContext): Promise<void>;
}

const ADDRESS_ERROR = 'IP address is not a valid IPv4 or IPv6 address';

/** The change lines of a feature card as numbers: "+6 rules: 2119/tcp from …" → 6. */
function ruleCount(line: string): number {
  const match = /^([+-])(\d+) rules?:/.exec(line.trim());
  if (!match) throw new Error(`not a change line: ${line}`);
  return (match[1] === '+' ? 1 : -1) * Number(match[2]);
}

async function importAndOpen(ctx: JourneyContext, path: string, name: string): Promise<void> {
  await ctx.importPlan(path);
  await expect(ctx.app.home.message).toContainText(`Imported “${name}”`);
  await ctx.app.home.open(name);
}

const createSingleServerPlan: Journey = {
  title: 'create a single-server plan and review it',
  async run({ app }) {
    const { page, wizard } = app;
    await app.home.newPlan();
    await app.check('1-project');
    await app.project.fill({
      name: 'Print server Hamburg',
      customer: 'Nordsee Logistik GmbH',
      site: 'Hamburg',
      technician: 'Jana Weiß',
      productVersion: '8.0.0',
      os: 'Linux',
    });
    // A wrong value is named next to its field once the field is left, and goes when corrected.
    await app.project.field('Site').focus();
    const versionError = page.getByText('Product version is not a product version from 5.0.0');
    await expect(versionError).toBeVisible();
    await expect(app.project.field('Product version')).toHaveAttribute('aria-invalid', 'true');
    await app.project.field('Product version').fill('7.2.0');
    await expect(versionError).toBeHidden();
    await wizard.next();

    await wizard.expectStep('Topology');
    await expect(page.getByRole('radio', { name: /^Single server/ })).toBeChecked();
    await app.topology.fillNode(1, { fqdn: 'oe1.hh.example.com', address: '10.20.0.1.1' });
    await app.topology.node(1).getByLabel('FQDN').focus();
    await expect(app.topology.node(1)).toContainText(ADDRESS_ERROR);
    await app.topology.fillNode(1, { address: '10.20.0.11' });
    await expect(app.topology.node(1)).not.toContainText(ADDRESS_ERROR);
    await app.check('2-topology');
    await wizard.next();

    await wizard.expectStep('Clients');
    const group = await app.clients.addGroup({
      name: 'Office PCs',
      kind: 'LPR clients',
      addresses: '10.20.1.0/24, 10.20.2.15\n10.20.3.16',
    });
    await expect(group).toContainText('3 entries: 258 addresses in all');
    await app.check('3-clients');
    await wizard.next();

    await wizard.expectStep('Printers and island sites');
    await app.printers.addPrinterNetwork({
      name: 'Floor printers',
      addresses: '10.20.9.0/24',
      protocols: ['Socket'],
    });
    await app.check('4-printers');
    await wizard.next();

    await wizard.expectStep('Features');
    await app.features.waitForPreview('LPR intake');
    await expect(app.features.changeLines('LPR intake')).toHaveText([
      '+3 rules: 515/tcp from 1 client group to 1 OE node',
    ]);
    await app.features.switchOn('LPR intake');
    await app.check('5-features');
    await wizard.next();

    await wizard.expectStep('Review');
    await expect(await app.review.zoneCell('Clients', 'OE nodes')).toContainText('tcp 515');
    await expect(await app.review.zoneCell('OE nodes', 'Printers')).toContainText('tcp 9100');
    await expect(app.review.diagram).toBeVisible();
    await expect(app.review.rows('Firewall rules')).toHaveCount(2);
    await expect(app.review.rows('Firewall rules').first()).toContainText('Office PCs');
    await app.review.showLevel('Host rules');
    await expect(app.review.matchCount).toHaveText('4 of 4 host rules');
    await app.review.search('515');
    await expect(app.review.matchCount).toHaveText('3 of 4 host rules');
    await expect(app.review.rows('Host rules')).toHaveCount(3);
    await app.check('6-review');

    for (const step of ['Project', 'Topology', 'Clients', 'Printers and island sites'] as const) {
      await expect(wizard.stepButton(step)).toContainText('complete');
    }
    await wizard.expectSaved();
  },
};

const clusterNeedsOddNodes: Journey = {
  title: 'a 4-node cluster is refused with the reason, 5 nodes are accepted',
  async run({ app }) {
    const { wizard, topology } = app;
    await app.home.newPlan();
    await app.project.fill({ name: 'Cluster Frankfurt', customer: 'Main Druck AG' });
    await wizard.next();
    await topology.choose('Cluster');
    await topology.fillNode(1, { address: '192.0.2.11' });
    for (const n of [2, 3, 4]) await topology.addNode({ address: `192.0.2.1${n}` });
    await topology.addManagementServer({ address: '192.0.2.20' });
    await wizard.next();

    await wizard.expectStep('Topology');
    await expect(topology.nodesSection).toContainText(
      'has 4 OE nodes, but a cluster needs an odd number, three or more',
    );
    await expect(topology.nodesSection).toContainText('MongoDB needs a majority');
    await expect(topology.nodesSection).toContainText('Add or remove one node (3 or 5)');
    await expect(wizard.issueSummary).toBeFocused();
    await expect(wizard.stepButton('Topology')).toContainText('1 error');
    await app.check('cluster-4-nodes-refused');

    await topology.addNode({ address: '192.0.2.15' });
    await expect(topology.nodesSection).not.toContainText('but a cluster needs');
    await wizard.next();
    await wizard.expectStep('Clients');
    await expect(wizard.stepButton('Topology')).toContainText('complete');
    await app.check('cluster-5-nodes-accepted');
  },
};

const islandSitesOpen2119: Journey = {
  title: 'two island sites added: 2119 appears from them',
  async run(ctx) {
    const plan = example('cluster-3-islands');
    plan.project.name = 'Cluster without islands';
    plan.islandSites = [];
    plan.features = plan.features.filter((f: string) => f !== 'remote-printing');
    await importAndOpen(ctx, planFile('mainland.oeplan.json', plan), 'Cluster without islands');
    const { app } = ctx;
    await app.wizard.goTo('Printers and island sites');
    await app.printers.addIslandSite({
      name: 'Leipzig',
      checkoutHost: { name: 'lej-island', address: '203.0.113.10' },
      printers: { name: 'Leipzig printers', addresses: '203.0.113.64/26' },
    });
    await app.printers.addIslandSite({
      name: 'Dresden',
      checkoutHost: { name: 'drs-island', address: '203.0.113.140' },
    });
    await app.check('islands-added');

    await app.wizard.goTo('Features');
    await app.features.waitForPreview('Remote printing');
    await expect(app.features.changeLines('Remote printing')).toContainText([
      '2119/tcp from 2 island sites to 3 OE nodes',
    ]);
    await app.features.switchOn('Remote printing');

    await app.wizard.goTo('Review');
    await expect(await app.review.zoneCell('Islands', 'OE nodes')).toContainText('tcp 2119');
    await app.review.showLevel('Host rules');
    await app.review.search('2119/tcp');
    // 6 from the island checkouts, 6 between the OE nodes (2119 is a service port of the cluster table).
    await expect(app.review.matchCount).toContainText(/^12 of /);
    await expect(app.review.rows('Host rules').filter({ hasText: 'lej-island' })).toHaveCount(3);
    await expect(app.review.rows('Host rules').filter({ hasText: 'drs-island' })).toHaveCount(3);
    await app.check('islands-review-2119');
  },
};

const featureRulesAppear: Journey = {
  title: 'a feature toggled: the announced rules appear in the review',
  async run(ctx) {
    await importAndOpen(ctx, examplePath('cluster-3-islands'), 'Output cluster Frankfurt');
    const { app } = ctx;
    await app.wizard.goTo('Features');
    const feature = 'REST API from outside';
    await app.features.waitForPreview(feature);
    const lines = await app.features.changeLines(feature).allInnerTexts();
    expect(lines.length).toBeGreaterThan(0);
    const announced = lines.reduce((sum, line) => sum + ruleCount(line), 0);
    const port = /: (\d+)\/tcp from/.exec(lines[0]!)![1]!;
    const before = await app.wizard.hostRuleCount();

    await app.features.switchOn(feature);
    await expect(app.wizard.liveHostRules).toHaveText(String(before + announced));
    await expect(app.features.card(feature)).toContainText('Switching it off:');
    await app.check('feature-switched-on');

    await app.wizard.goTo('Review');
    await expect(app.page.getByTestId('host-rule-count')).toHaveText(String(before + announced));
    await app.review.showLevel('Host rules');
    await app.review.search(`${port}/tcp mgmt`);
    await expect(app.review.matchCount).toContainText(new RegExp(`^${announced} of `));
    await expect(app.review.rows('Host rules').first()).toContainText('REST API from outside');
    await app.check('feature-in-review');

    await app.wizard.goTo('Features');
    await app.features.switchOff(feature);
    await expect(app.wizard.liveHostRules).toHaveText(String(before));
  },
};

const restartKeepsPlan: Journey = {
  title: 'closed and restarted: the plan is intact',
  async run(ctx) {
    let { app } = ctx;
    await app.home.newPlan();
    await app.project.fill({ name: 'Restart test', customer: 'ACME Print', site: 'Bremen' });
    await app.wizard.next();
    await app.topology.choose('Cluster');
    await app.topology.fillNode(1, { address: '10.0.0.1' });
    await app.topology.addNode({ address: '10.0.0.2' });
    await app.topology.addNode({ name: 'oe-last', address: '10.0.0.3' });
    await app.wizard.expectSaved();

    app = await ctx.restart();
    await expect(app.home.row('Restart test')).toContainText('ACME Print');
    await app.home.open('Restart test');
    await expect(app.project.field('Site')).toHaveValue('Bremen');
    await app.wizard.goTo('Topology');
    await expect(app.page.getByRole('radio', { name: /^Cluster/ })).toBeChecked();
    await expect(app.topology.nodes).toHaveCount(3);
    await expect(app.topology.node(3).getByLabel('Host name')).toHaveValue('oe-last');
    await expect(app.topology.node(3).getByLabel('IP address')).toHaveValue('10.0.0.3');
    await app.check('after-restart');
  },
};

const brokenImportChangesNothing: Journey = {
  title: 'a broken plan file is refused with what is wrong, and nothing changes',
  async run(ctx) {
    const { app } = ctx;
    await ctx.importPlan(examplePath('cluster-5-every-feature'));
    await expect(app.home.message).toContainText('Imported “Output cluster Munich”');
    const lastChange = app.home.row('Output cluster Munich').locator('time');
    const before = await lastChange.getAttribute('datetime');

    const broken = example('cluster-5-every-feature');
    broken.project.name = 'Broken plan';
    broken.nodes[1].address = '192.0.2.999';
    broken.nodes.pop();
    await ctx.importPlan(planFile('broken.oeplan.json', broken));
    await expect(app.home.message).toHaveRole('alert');
    await expect(app.home.message).toContainText('broken.oeplan.json');
    await expect(app.home.message).toContainText(
      'OE node 2 › IP address: is not a valid IPv4 or IPv6 address',
    );
    await expect(app.home.message).toContainText('Nothing was imported and no plan was changed.');
    await app.check('import-refused');
    await expect(app.home.planNames).toHaveText(['Output cluster Munich']);
    await expect(lastChange).toHaveAttribute('datetime', before!);

    await ctx.importPlan(planFile('notes.oeplan.json', '{\n  "schemaVersion": 1,\n}\n'));
    await expect(app.home.message).toContainText('notes.oeplan.json is not valid JSON at line 3');
    await expect(app.home.planNames).toHaveText(['Output cluster Munich']);
  },
};

const libraryActions: Journey = {
  title: 'the plans library: duplicate, rename, delete with confirmation',
  async run(ctx) {
    const { app } = ctx;
    await ctx.importPlan(examplePath('single-minimal'));
    const name = (await app.home.planNames.first().innerText()).trim();
    await app.home.duplicate(name);
    await expect(app.home.planNames).toHaveCount(2);
    const copy = (await app.home.planNames.allInnerTexts()).find((n) => n.trim() !== name)!.trim();
    await app.home.rename(copy, 'Second site');
    await expect(app.home.row('Second site')).toBeVisible();
    await app.check('library');

    await app.home.delete('Second site', { confirm: false });
    await expect(app.home.planNames).toHaveCount(2);
    await app.home.delete('Second site', { confirm: true });
    await expect(app.home.planNames).toHaveText([name]);
    await expect(app.home.message).toContainText('“Second site” was deleted.');
  },
};

/** Every screen of a plan with every feature: axe finds no serious or critical violation. */
const everyScreenAccessible: Journey = {
  title: 'every screen passes axe (no serious or critical violations)',
  async run(ctx) {
    const { app } = ctx;
    await app.expectAccessible('home (empty)');
    await importAndOpen(ctx, examplePath('cluster-5-every-feature'), 'Output cluster Munich');
    for (const [i, step] of (
      ['Project', 'Topology', 'Clients', 'Printers and island sites', 'Features', 'Review'] as const
    ).entries()) {
      await app.wizard.goTo(step);
      if (step === 'Features') await app.features.waitForPreview('Kibana');
      await app.check(`a11y-${i + 1}-${step.split(' ')[0]!.toLowerCase()}`);
    }
    await app.review.showLevel('Host rules');
    await app.review.evidenceBadge(app.review.rows('Host rules').first()).focus();
    await expect(app.page.getByRole('tooltip')).toBeVisible();
    await app.check('a11y-review-evidence-sources');
    await app.wizard.home();
    await app.home
      .row('Output cluster Munich')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(app.page.getByRole('dialog')).toBeVisible();
    await app.check('a11y-delete-dialog');
  },
};

async function focusedOutline(page: Page): Promise<string> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

const keyboardOnly: Journey = {
  title: 'the wizard works with the keyboard alone, focus always visible',
  async run({ app }) {
    const { page, wizard } = app;
    const newPlan = page.getByRole('button', { name: 'New plan', exact: true }).first();
    for (let i = 0; i < 10 && !(await newPlan.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(newPlan).toBeFocused();
    expect(await focusedOutline(page)).toMatch(/solid 3px/);
    await page.keyboard.press('Enter');
    await wizard.expectStep('Project');
    await expect(wizard.heading).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.project.field('Plan name')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Typed with the keyboard');
    const next = page.getByRole('button', { name: /^Next: / });
    for (let i = 0; i < 24 && !(await next.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await wizard.expectStep('Topology');
    await expect(wizard.heading).toBeFocused();
    // Backwards from the heading: Undo (the typed name can be taken back), then the step list,
    // whose last step is Export.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: /Undo/ })).toBeFocused();
    expect(await focusedOutline(page)).toMatch(/solid 3px/);
    await page.keyboard.press('Shift+Tab');
    await expect(wizard.stepButton('Export')).toBeFocused();
    expect(await focusedOutline(page)).toMatch(/solid 3px/);
    await expect(page.getByTestId('plan-name')).toHaveText('Typed with the keyboard');
  },
};

/** The review's evidence: the vendor's own words behind the cluster mesh, this planner's modeling in words. */
const evidenceInWords: Journey = {
  title: 'an evidence badge quotes the vendor and names this planner’s modeling',
  async run(ctx) {
    await importAndOpen(ctx, examplePath('cluster-3-islands'), 'Output cluster Frankfurt');
    const { app } = ctx;
    await app.wizard.goTo('Review');
    await app.review.showLevel('Host rules');
    await app.review.search('Cluster communication between OE nodes');
    await app.review.evidenceBadge(app.review.rows('Host rules').first()).focus();
    const tip = app.page.getByRole('tooltip');
    await expect(tip).toContainText('The vendor’s words:');
    await expect(tip.locator('blockquote')).toHaveText(
      'In a cluster installation, services need to communicate between the different Output Engine servers. Thus all service ports have to be open as well.',
    );
    await app.check('review-evidence-quote');
    await app.review.search('island checkouts fetch jobs');
    await app.review.evidenceBadge(app.review.rows('Host rules').first()).focus();
    await expect(tip).toContainText(
      'this planner’s modeling (the reasoning is with the open questions)',
    );
    await expect(tip.locator('blockquote')).toHaveCount(0);
  },
};

export const JOURNEYS: readonly Journey[] = [
  createSingleServerPlan,
  clusterNeedsOddNodes,
  islandSitesOpen2119,
  featureRulesAppear,
  restartKeepsPlan,
  brokenImportChangesNothing,
  libraryActions,
  everyScreenAccessible,
  keyboardOnly,
  evidenceInWords,
];
