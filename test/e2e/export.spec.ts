import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { computeMatrix, levelTable } from '../../shared/matrix';
import { validatePlan, type Plan } from '../../shared/plan';
import { expect, test } from './fixtures';
import type { PlannerApp } from './pages/planner-app';
import { example, examplePath } from './plans/files';

// The Export step in browser mode: the real server, Debian's Chromium, real downloads read back.

const PLAN = 'Output cluster Frankfurt';

/** The cluster example imported from its file and opened in the wizard. */
async function openExample(app: PlannerApp): Promise<void> {
  await app.home.importFile(examplePath('cluster-3-islands'));
  await app.home.open(PLAN);
}

function examplePlan(): Plan {
  const { plan } = validatePlan(example('cluster-3-islands'));
  if (!plan) throw new Error('the example plan is invalid');
  return plan;
}

test('export the checklist: preview, the CSV and the German PDF as downloads', async ({
  app,
  page,
}, testInfo) => {
  const { exportStep } = app;
  await app.home.importAndOpen(examplePath('cluster-3-islands'), PLAN);
  await app.wizard.goTo('Export');

  // The PDF checklist in the UI's language is what the step offers first; the preview counts its pages.
  await expect(page.getByRole('radio', { name: 'PDF checklist' })).toBeChecked();
  // Firewall rules first, as a network team writes them; host rules are one choice away.
  await expect(page.getByRole('radio', { name: 'Firewall rules', exact: true })).toBeChecked();
  await exportStep.expectFile('Output-cluster-Frankfurt-firewall-en.pdf');
  const matrix = computeMatrix(examplePlan());
  await expect(exportStep.facts).toContainText(`${matrix.firewallRules.length} rules`);
  await exportStep.chooseLevel('Host rules');
  await exportStep.expectFile('Output-cluster-Frankfurt-hosts-en.pdf');
  const hostRules = matrix.hostRules.length;
  await expect(exportStep.facts).toContainText(`${hostRules} rules`);
  await expect(exportStep.facts).toContainText(/\d+ pages/);
  await expect(exportStep.facts).toContainText('From plan revision 1.');
  await expect(exportStep.rows.getByRole('row')).toHaveCount(11);
  await app.check('export-pdf-preview');

  // CSV for a change request: the first rows in the preview, then the file itself.
  await exportStep.chooseFormat('CSV');
  await exportStep.expectFile('Output-cluster-Frankfurt-hosts-en.csv');
  await expect(exportStep.rows.getByRole('columnheader')).toHaveText([
    'ID',
    'Source zone',
    'Source name',
    'Source',
    'Destination zone',
    'Destination name',
    'Destination',
    'Port',
    'Protocol',
    'Service',
    'Purpose',
    'Required by',
    'Evidence',
    'Source URL',
    'Probe status',
    'Probed at',
    'Change status',
    'Temporary until',
  ]);
  await expect(page.getByText(`The first 10 of ${hostRules} rows`)).toBeVisible();
  await app.check('export-csv-preview');
  const csvDownload = await exportStep.download();
  expect(csvDownload.suggestedFilename()).toBe('Output-cluster-Frankfurt-hosts-en.csv');
  const csvPath = testInfo.outputPath(csvDownload.suggestedFilename());
  await csvDownload.saveAs(csvPath);
  await expect(exportStep.result).toContainText(
    'Downloaded: Output-cluster-Frankfurt-hosts-en.csv',
  );
  const csv: string[][] = parse(readFileSync(csvPath), { bom: true, delimiter: ',' });
  // The matrix's own columns, and every rule untested and not yet requested.
  expect(csv.slice(1).map((row) => row.slice(0, -4))).toEqual(levelTable(matrix, 'hosts').rows);
  expect(new Set(csv.slice(1).map((row) => row.slice(-4).join('|')))).toEqual(
    new Set(['untested|||']),
  );

  // The German PDF for the network team on site.
  await exportStep.chooseFormat('PDF checklist');
  // What was downloaded is said only while that export is chosen.
  await expect(exportStep.result).toBeHidden();
  await exportStep.chooseLanguage('Deutsch');
  await exportStep.expectFile('Output-cluster-Frankfurt-hosts-de.pdf');
  const pages = Number(/(\d+) pages/.exec((await exportStep.facts.textContent()) ?? '')?.[1]);
  await app.check('export-pdf-de');
  const pdfDownload = await exportStep.download();
  expect(pdfDownload.suggestedFilename()).toBe('Output-cluster-Frankfurt-hosts-de.pdf');
  const pdfPath = testInfo.outputPath(pdfDownload.suggestedFilename());
  await pdfDownload.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], {
    encoding: 'utf8',
  });
  const pdfPages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pdfPages).toHaveLength(pages);
  for (const heading of [
    'Portfreigabe-Checkliste',
    'Freizugebende Regeln',
    'Quelle: Clients · Ziel: OE-Knoten',
    'Abnahme',
    `Seite ${pages} von ${pages}`,
  ]) {
    expect(text).toContain(heading);
  }
  // Every rule of the CSV is a row of the PDF: its port/transport, source and destination (a long
  // cell wraps onto the row's next lines).
  const lines = text.split('\n');
  const [source, destination, port, protocol] = ['Source', 'Destination', 'Port', 'Protocol'].map(
    (h) => csv[0]!.indexOf(h),
  );
  for (const row of csv.slice(1)) {
    const portText = `${row[port!]}/${row[protocol!]}`;
    const found = lines.some((line, i) => {
      if (!line.includes(portText)) return false;
      const block = lines.slice(i, i + 3).join('\n');
      return block.includes(row[source!]!) && block.includes(row[destination!]!);
    });
    expect(found, `a PDF row for ${row[source!]} → ${row[destination!]} ${portText}`).toBe(true);
  }
});

test('export firewall scripts: one per host with an inbound rule and its rule count, and the plan file', async ({
  app,
  page,
}) => {
  const { exportStep } = app;
  await openExample(app);
  await app.wizard.goTo('Export');

  await exportStep.chooseFormat('nftables (Linux)');
  const hosts = exportStep.scriptHosts.getByRole('row').filter({ has: page.getByRole('cell') });
  // The hosts with an inbound rule: the island checkout hosts only connect out.
  await expect(hosts).toHaveCount(4);
  await expect(
    exportStep.scriptHosts.getByRole('row', { name: /^oe1 oe1-en\.nft \d+ 0/ }),
  ).toBeVisible();
  const first = await exportStep.scriptHosts
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .first()
    .innerText();
  await expect(page.getByRole('region', { name: `The beginning of ${first}` })).toContainText(
    'table inet oe_port_planner',
  );
  await expect(exportStep.preview.getByRole('button', { name: 'Download 4 files' })).toBeEnabled();
  await app.check('export-nft-preview');

  // One host: its file alone.
  await page.getByLabel('Scripts for').selectOption('oe2');
  await expect(hosts).toHaveCount(1);
  await exportStep.expectFile('oe2-en.nft');
  const script = await exportStep.download();
  expect(script.suggestedFilename()).toBe('oe2-en.nft');

  // The plan file is offered here too.
  await exportStep.chooseFormat('Plan file (.oeplan.json)');
  const planFile = await exportStep.download();
  expect(planFile.suggestedFilename()).toBe('output-cluster-frankfurt.oeplan.json');
  // It carries the plan's library id: reports probed from it are matched to this plan.
  expect(JSON.parse(readFileSync(await planFile.path(), 'utf8'))).toEqual({
    ...example('cluster-3-islands'),
    planId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });
  await app.expectAccessible('export-plan-file');
});

test('a plan with errors: the checklist waits for the fix, the plan file does not', async ({
  app,
  page,
}) => {
  const { exportStep } = app;
  await openExample(app);
  await app.wizard.goTo('Topology');
  await app.topology.fillNode(2, { address: '192.0.2.300' });
  await app.wizard.goTo('Export');

  await expect(page.getByText('the rules are known once the plan has no errors')).toBeVisible();
  const download = exportStep.preview.getByRole('button', { name: 'Download', exact: true });
  await expect(download).toBeDisabled();
  const issues = page.locator('#export-issues');
  await expect(issues).toContainText('OE node 2');
  await app.check('export-plan-with-errors');

  // The plan file is the work in progress: it can be saved as it is.
  await exportStep.chooseFormat('Plan file (.oeplan.json)');
  await expect(download).toBeEnabled();

  // The summary's link leads to the field.
  await exportStep.chooseFormat('CSV');
  await issues.getByRole('button', { name: /OE node 2/ }).click();
  await app.wizard.expectStep('Topology');
  await expect(app.topology.node(2).getByLabel('IP address')).toBeFocused();
});

test('the Export step in German follows the UI language', async ({ app, page }) => {
  const { exportStep } = app;
  await openExample(app);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  const steps = page.getByRole('navigation');
  await steps.getByRole('button', { name: /^Export/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export');

  await expect(page.getByRole('radio', { name: 'PDF-Checkliste' })).toBeChecked();
  await expect(
    page
      .getByRole('group', { name: 'Sprache des Exports' })
      .getByRole('radio', { name: 'Deutsch' }),
  ).toBeChecked();
  await page.getByRole('radio', { name: 'CSV', exact: true }).check();
  // German Excel reads semicolons: the profile follows the export's language until chosen.
  await expect(page.getByRole('radio', { name: 'Semikolon (;)' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Firewall-Regeln', exact: true })).toBeChecked();
  await expect(exportStep.facts).toContainText('Output-cluster-Frankfurt-firewall-de.csv');
  await expect(exportStep.rows.getByRole('columnheader').first()).toHaveText('ID');
  await expect(exportStep.rows.getByRole('columnheader', { name: 'Quellzone' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Herunterladen', exact: true })).toBeEnabled();
  await app.check('export-german-ui');
});
