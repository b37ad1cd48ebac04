import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { runCli } from '../support/cli';
import { expect, test } from './fixtures';
import { ProbesStep } from './pages/probes-step';
import { planFile } from './plans/files';

// A campaign's reports come back into the Probes step at once, as the zip a technician brings.

/** One OE node and a management server on loopback: the management server probes 8080/tcp. */
const PLAN = {
  schemaVersion: 2,
  project: { name: 'Loopback campaign', productVersion: '7.2.0', os: 'linux' },
  installation: 'single',
  nodes: [{ name: 'oe1', address: '127.0.0.71' }],
  managementServer: { name: 'mgmt', address: '127.0.0.72' },
  features: ['rest-api'],
};

test('import every report of a campaign at once, from a zip of its folder', async ({ app }) => {
  const { page, wizard } = app;
  const probes = new ProbesStep(page);
  const plan = planFile('campaign.oeplan.json', PLAN);
  const folder = join(dirname(plan), 'campaign');
  const fakeCli = join(dirname(plan), 'oe-ports.js');
  writeFileSync(fakeCli, '// not run here\n');
  const written = runCli(['campaign', plan, '--out', folder, '--cli', fakeCli, '--locale', 'en']);
  expect(written.status, written.stderr).toBe(0);
  const { nonce } = JSON.parse(readFileSync(join(folder, 'campaign.json'), 'utf8')) as {
    nonce: string;
  };
  // What the playbook would have fetched from mgmt: its own probe run, with the campaign's nonce.
  const report = join(folder, 'reports', 'mgmt.json');
  const probed = runCli([
    'probe',
    'reach',
    '--plan',
    plan,
    '--as',
    'mgmt',
    '--nonce',
    nonce,
    '--format',
    'json',
    '--out',
    report,
    '--locale',
    'en',
  ]);
  expect(probed.status, probed.stderr).toBe(0);
  const zip = join(dirname(plan), 'campaign.zip');
  writeFileSync(
    zip,
    zipSync({
      'campaign/campaign.json': readFileSync(join(folder, 'campaign.json')),
      'campaign/reports/mgmt.json': readFileSync(report),
    }),
  );

  await app.home.importFile(plan);
  await app.home.open('Loopback campaign');
  await wizard.goTo('Probes');
  await probes.importer.getByLabel('or a zip of it').setInputFiles(zip);
  const status = probes.importer.getByRole('status');
  await expect(status).toContainText(`Imported 1 report of the campaign ${nonce}`);
  await expect(status).toContainText('rules verified from their source');
});

test('download the campaign of the open plan from the Probes step', async ({ app }) => {
  const { page, wizard } = app;
  const probes = new ProbesStep(page);
  await app.home.importFile(planFile('campaign.oeplan.json', PLAN));
  await app.home.open('Loopback campaign');
  await wizard.goTo('Probes');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    probes.importer.getByRole('button', { name: 'Download the campaign (zip)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Loopback-campaign-campaign.zip');
  const zip = unzipSync(readFileSync(await download.path()));
  expect(Object.keys(zip)).toEqual(
    expect.arrayContaining([
      'Loopback-campaign-campaign/inventory.yml',
      'Loopback-campaign-campaign/playbook.yml',
      'Loopback-campaign-campaign/campaign.json',
      'Loopback-campaign-campaign/files/plan.json',
    ]),
  );
  await expect(probes.importer).toContainText('Downloaded Loopback-campaign-campaign.zip');
});
