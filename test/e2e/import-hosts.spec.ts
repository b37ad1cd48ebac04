import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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

  await expect(dialog).toContainText('6 rows · CSV, semicolon-separated, Windows-1252');
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

  // One undo takes the whole import back, and one redo brings it again.
  await page.getByRole('button', { name: /^↶ Undo$|^Undo$/ }).click();
  await expect(app.printers.printerNetworks).toHaveCount(1);
  await page.getByRole('button', { name: /^↷ Redo$|^Redo$/ }).click();
  await expect(app.printers.printerNetworks).toHaveCount(5);
});

// An XLSX list with Raw and LPR printers in one /24 becomes two networks, one per protocol; the
// technician turns one summary down and gets those printers one by one.
test('an XLSX printer list summarised into networks the technician accepts', async ({
  app,
  page,
}) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Drucker');
  sheet.addRow(['Drucker', 'IP-Adresse', 'Protokoll', 'Standort']);
  for (let i = 1; i <= 40; i++) sheet.addRow([`Etage ${i}`, `10.44.7.${i}`, 'Raw', '']);
  for (let i = 101; i <= 103; i++) sheet.addRow([`Lager ${i}`, `10.44.7.${i}`, 'LPR', '']);
  sheet.addRow(['Leipzig Kasse', '10.44.9.5', 'Raw', 'Leipzig']);
  const file = join(mkdtempSync(join(tmpdir(), 'oe-xlsx-')), 'drucker.xlsx');
  await workbook.xlsx.writeFile(file);

  await app.home.importAndOpen(examplePath('cluster-3-islands'), 'Output cluster Frankfurt');
  await app.wizard.goTo('Printers and island sites');
  await page.getByRole('button', { name: 'Import from spreadsheet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
  await dialog.getByLabel('Spreadsheet (CSV or XLSX)').setInputFiles(file);
  await expect(dialog).toContainText('45 rows · XLSX, first sheet');
  await expect(
    dialog.getByLabel('Island site', { exact: true }).locator('option:checked'),
  ).toHaveText('Standort');
  await expect(dialog.getByRole('status')).toHaveText(
    '44 to import, 0 inside existing networks, 0 duplicates skipped, 0 refused',
  );

  await dialog.getByLabel('Summarise single addresses into networks').selectOption('24');
  const summaries = dialog.getByRole('group', { name: 'Networks instead of single addresses' });
  const raw = summaries.getByRole('checkbox', { name: /^40 addresses in 10\.44\.7\.0\/26/ });
  const lpr = summaries.getByRole('checkbox', { name: /^3 addresses in 10\.44\.7\.100\/30/ });
  await expect(raw).toBeChecked();
  await expect(summaries).toContainText('(24 more addresses included)');
  await lpr.uncheck();
  await app.check('import-hosts-summaries');
  await dialog.getByRole('button', { name: 'Import 44 rows' }).click();
  await expect(dialog).toBeHidden();

  // One network for 40 Raw printers, three LPR printers one by one; Leipzig's printer at its site.
  await expect(app.printers.printerNetworks).toHaveCount(5);
  const names = app.printers.printerNetworks.getByRole('textbox', { name: 'Name', exact: true });
  await expect(names.nth(1)).toHaveValue('10.44.7.0/26');
  await expect(names.nth(2)).toHaveValue('Lager 101');
  await expect(
    app.printers.islandSite(1).getByRole('group', { name: 'Local printer network 2' }),
  ).toBeVisible();
});

// In German, in the Clients step: a plain address list becomes a client group of the kind chosen,
// every text of the dialog in German.
test('a plain address list becomes a client group, in German', async ({ app, page }) => {
  await app.home.importAndOpen(examplePath('cluster-3-islands'), 'Output cluster Frankfurt');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Clients/ })
    .click();
  await page.getByRole('button', { name: 'Aus Tabelle importieren …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aus einer Tabelle importieren' });
  const list = join(mkdtempSync(join(tmpdir(), 'oe-list-')), 'clients.txt');
  writeFileSync(list, '10.70.0.1\n10.70.0.2\n192.0.2.130\n10.70.0.300\n');
  await dialog.getByLabel('Tabelle (CSV oder XLSX)').setInputFiles(list);
  await expect(dialog).toContainText('4 Zeilen · CSV, getrennt durch Komma, UTF-8');
  await expect(dialog.getByLabel('Die erste Zeile enthält Überschriften')).not.toBeChecked();
  await dialog.getByLabel('Importieren in').selectOption({ label: 'IPP-Clients' });
  await expect(dialog.getByRole('status')).toHaveText(
    '2 zu importieren, 1 in bestehenden Netzen, 0 doppelte übersprungen, 1 abgelehnt',
  );
  await expect(dialog).toContainText('Zeile 3: liegt in „Office PCs“');
  await expect(dialog).toContainText(
    'Zeile 4: abgelehnt: „10.70.0.300“ ist weder eine IP-Adresse noch ein Hostname',
  );
  await app.expectAccessible('import-clients-de');
  await dialog.getByRole('button', { name: '2 Zeilen importieren' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('2 Zeilen aus clients.txt importiert.')).toBeVisible();
  const group = page.getByRole('group', { name: 'Client-Gruppe 3' });
  await expect(group.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Importierte Clients',
  );
  await expect(group.getByRole('textbox', { name: /^Adressen/ })).toHaveValue(
    /10\.70\.0\.1\s+10\.70\.0\.2/,
  );
});

// A print server's Get-Printer export names each queue's port; its Get-PrinterPort export, chosen
// beside it, gives the port's address and protocol.
test('a Get-Printer export joined with the server’s Get-PrinterPort export', async ({
  app,
  page,
}) => {
  const fixture = (name: string) => join(import.meta.dirname, '../fixtures/hosts-import', name);
  await app.home.importAndOpen(examplePath('cluster-3-islands'), 'Output cluster Frankfurt');
  await app.wizard.goTo('Printers and island sites');
  await page.getByRole('button', { name: 'Import from spreadsheet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
  await dialog.getByLabel('Spreadsheet (CSV or XLSX)').setInputFiles(fixture('get-printer.csv'));
  const ports = dialog.getByLabel(/^Ports of the same print server/);
  await ports.setInputFiles(fixture('get-printerport.csv'));
  const firstRows = dialog.getByRole('table', { name: 'First rows' });
  await expect(firstRows).toContainText('drucker-versand.example.com');
  await expect(dialog.getByRole('status')).toHaveText(
    '2 to import, 0 inside existing networks, 0 duplicates skipped, 1 refused',
  );
  await expect(dialog).toContainText('row 4: refused: “PORTPROMPT:” is not an IP address');
  // The wrong way round is no pair, and says so.
  await dialog
    .getByLabel('Spreadsheet (CSV or XLSX)')
    .setInputFiles(fixture('get-printerport.csv'));
  await expect(ports).toBeHidden();
  await dialog.getByLabel('Spreadsheet (CSV or XLSX)').setInputFiles(fixture('get-printer.csv'));
  await ports.setInputFiles(fixture('ip-list.txt'));
  await expect(dialog.getByRole('alert')).toContainText(
    'get-printer.csv and ip-list.txt are no Get-Printer (Name, PortName) and Get-PrinterPort',
  );
  await dialog.getByLabel('Spreadsheet (CSV or XLSX)').setInputFiles(fixture('get-printer.csv'));
  await ports.setInputFiles(fixture('get-printerport.csv'));
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(dialog).toBeHidden();
  const names = app.printers.printerNetworks.getByRole('textbox', { name: 'Name', exact: true });
  await expect(names.nth(1)).toHaveValue('Buchhaltung');
  await expect(names.nth(2)).toHaveValue('Versand');
});
