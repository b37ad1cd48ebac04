import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { examplePath } from './plans/files';

// The zone firewall formats in the Export step: the customer's zone names typed in, kept with
// the plan, and in the downloaded FortiGate configuration.

const PLAN = 'Output cluster Frankfurt';

test('a FortiGate configuration with the customer’s zone names', async ({ app, page }) => {
  const { exportStep } = app;
  await app.home.importAndOpen(examplePath('cluster-3-islands'), PLAN);
  await app.wizard.goTo('Export');

  await page.getByRole('radio', { name: 'FortiGate (FortiOS CLI)', exact: true }).check();
  // Made of firewall rules: no level to choose, the zone names instead.
  await expect(page.getByRole('radio', { name: 'Host rules', exact: true })).toHaveCount(0);
  const zones = page.getByRole('region', { name: 'Zone names on the firewall' });
  await expect(zones.getByLabel('Clients')).toHaveAttribute('placeholder', 'oe_clients');

  // A name the firewall would refuse is said at the field.
  await zones.getByLabel('Clients').fill('LAN Office');
  await zones.getByLabel('Clients').blur();
  await expect(zones.getByLabel('Clients')).toHaveAttribute('aria-invalid', 'true');
  await zones.getByLabel('Clients').fill('LAN_Office');
  await zones.getByLabel('OE nodes').fill('DMZ-Print');
  await zones.getByLabel('OE nodes').blur();
  await expect(zones.getByLabel('Clients')).toHaveAttribute('aria-invalid', 'false');

  await exportStep.expectFile('Output-cluster-Frankfurt-firewall-fortigate-en.txt');
  const download = await exportStep.download();
  expect(download.suggestedFilename()).toBe('Output-cluster-Frankfurt-firewall-fortigate-en.txt');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain('# Zone firewall configuration for Fortinet FortiGate (FortiOS)');
  expect(text).toContain('set srcintf "LAN_Office"');
  expect(text).toContain('set dstintf "DMZ-Print"');
  expect(text).toContain('set dstintf "oe_management"');
  await app.check('export-zone-names');
});
