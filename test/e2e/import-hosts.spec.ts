import { join } from 'node:path';
import { openStore } from '../../electron/services/store';
import { examplePath } from '../support/examples';
import { expect, test } from './fixtures';

const GERMAN_EXPORT = join(import.meta.dirname, '../fixtures/hosts-import/get-printerport-de.csv');

// A German Windows print server's Get-PrinterPort export (semicolons, Windows-1252, #TYPE first):
// mapped, previewed with its refused row, confirmed as one edit of the plan.
test('a print server export comes into the Printers step with its refused row named', async ({
  app,
  backend,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.home.importAndOpen(examplePath('cluster-3-islands'), 'Output cluster Frankfurt');
  await app.wizard.goTo('Printers and island sites');
  await expect(app.printers.printerNetworks).toHaveCount(1);

  await page.getByRole('button', { name: 'Import from spreadsheet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
  await expect(dialog).toBeVisible();
  // Nothing to confirm before a file is read.
  await expect(dialog.getByRole('button', { name: /^Import \d+ rows?$/ })).toBeDisabled();
  await dialog.getByLabel('Spreadsheet (CSV or XLSX)').setInputFiles(GERMAN_EXPORT);

  await expect(dialog).toContainText('6 rows · CSV, “semicolon” separated, Windows-1252');
  const firstRows = dialog.getByRole('table', { name: 'First rows' });
  await expect(firstRows).toContainText('Drucker Büro');
  await expect(firstRows).toContainText('Lager Süd');
  const address = dialog.getByLabel('Address or network', { exact: true });
  await expect(address.locator('option:checked')).toHaveText('PrinterHostAddress');
  await expect(dialog.getByLabel('Name', { exact: true }).locator('option:checked')).toHaveText(
    'Name',
  );
  await expect(dialog.getByRole('status')).toHaveText(
    '4 to import, 0 inside existing networks, 0 duplicates skipped, 1 refused',
  );
  await expect(dialog).toContainText(
    'row 6: refused: “drucker_kaputt” is not an IP address, and not a host name',
  );
  // Compact at 1,280 px: the dialog scrolls nothing sideways but its own preview table.
  const widths = await dialog.evaluate((d) => ({ scroll: d.scrollWidth, client: d.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  await app.check('import-hosts-preview');

  // Nothing is in the plan until the technician confirms.
  await expect(app.printers.printerNetworks).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 4 rows from get-printerport-de.csv.')).toBeVisible();
  await expect(app.printers.printerNetworks).toHaveCount(5);
  await expect(
    app.printers.printerNetworks.nth(1).getByRole('textbox', { name: 'Name', exact: true }),
  ).toHaveValue('Drucker Büro');
  await app.wizard.expectSaved();

  // The saved plan holds the printers and the remembered columns together: one edit of the plan.
  // (Undo of that edit is the plan session's, asserted where undo is built.)
  const store = openStore(backend.dataDir);
  try {
    const [summary] = store.plans.list();
    const document = store.plans.get(summary!.id).document as {
      printerNetworks: { name: string; addresses: string[]; protocols: string[] }[];
      importMappings: unknown;
    };
    expect(document.printerNetworks.slice(1)).toEqual([
      { name: 'Drucker Büro', addresses: ['10.40.1.11'], protocols: ['socket'] },
      { name: 'Drucker Empfang', addresses: ['10.40.1.12'], protocols: ['socket'] },
      { name: 'Lager Süd', addresses: ['10.40.2.7'], protocols: ['lpr'] },
      { name: 'Plotter Maß', addresses: ['10.40.3.200'], protocols: ['socket'] },
    ]);
    expect(document.importMappings).toEqual({
      printers: {
        name: 'Name',
        address: 'PrinterHostAddress',
        port: 'PortNumber',
        protocol: 'Protocol',
      },
    });
  } finally {
    store.close();
  }

  // The next import into this plan starts from the columns it remembers.
  await page.getByRole('button', { name: 'Import from spreadsheet…' }).click();
  await dialog.getByLabel('Spreadsheet (CSV or XLSX)').setInputFiles(GERMAN_EXPORT);
  await expect(dialog).toContainText('The columns of this plan’s last import.');
  await expect(dialog.getByRole('status')).toHaveText(
    '0 to import, 0 inside existing networks, 4 duplicates skipped, 1 refused',
  );
  await expect(dialog.getByRole('button', { name: 'Import 0 rows' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
