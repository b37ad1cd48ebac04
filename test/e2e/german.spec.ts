import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { MESSAGES } from '../../shared/i18n';
import { test } from './fixtures';

/** Every English text of the app that German says differently, as fragments to look for. */
function englishFragments(): string[] {
  const fragments = new Set<string>();
  const walk = (en: unknown, de: unknown) => {
    if (typeof en === 'string') {
      if (en === de) return;
      // A text with values: its longest literal part.
      const part = en
        .split(/\{\{[^}]+\}\}/)
        .map((p) => p.trim())
        .sort((a, b) => b.length - a.length)[0]!;
      if (part.length >= 10) fragments.add(part);
      return;
    }
    for (const [key, value] of Object.entries(en as Record<string, unknown>)) {
      walk(value, (de as Record<string, unknown>)[key]);
    }
  };
  const sections = [
    ...['ui', 'features', 'purposes', 'zones', 'evidence', 'issues'],
    ...['errors', 'probeReasons', 'notes', 'exportWarnings'],
  ] as const;
  for (const section of sections) {
    walk(MESSAGES.en[section], MESSAGES.de[section]);
  }
  return [...fragments];
}
const ENGLISH = englishFragments();

async function expectNoEnglish(page: Page, screen: string): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(
    ENGLISH.filter((fragment) => text.includes(fragment)),
    `English on ${screen}`,
  ).toEqual([]);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function next(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: `Weiter: ${step}` }).click();
  await expect(heading(page)).toHaveText(step);
}

test('switch to German and walk the wizard', async ({ app, page }) => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(heading(page)).toHaveText('Pläne');
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');

  await page.getByRole('button', { name: 'Neuer Plan', exact: true }).first().click();
  await expect(heading(page)).toHaveText('Projekt');
  await expect(page.getByTestId('plan-name')).toHaveText('Neuer Plan');
  await expect(page.getByRole('navigation', { name: 'Schritte des Assistenten' })).toBeVisible();
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await field('Name des Plans').fill('Druckserver Hamburg');
  await field('Kunde').fill('Nordsee Logistik GmbH');
  await field('Standort').fill('Hamburg');
  await field('Produktversion').fill('8.0.0');
  await field('Standort').focus();
  // The field's problem in German, next to the field, and gone once corrected.
  const versionError = page.getByText(
    'Produktversion ist keine Produktversion von 5.0.0 bis 7.2.x.',
  );
  await expect(versionError).toBeVisible();
  await expect(page.getByText('Abhilfe: Schreiben Sie sie wie 7.2.0.')).toBeVisible();
  await expect(field('Produktversion')).toHaveAttribute('aria-invalid', 'true');
  await expectNoEnglish(page, 'Projekt');
  await app.check('de-1-projekt');
  await field('Produktversion').fill('7.2.0');
  await expect(versionError).toBeHidden();

  await next(page, 'Topologie');
  await expect(page.getByRole('radio', { name: /^Einzelserver/ })).toBeChecked();
  const node = page.getByRole('group', { name: 'OE-Knoten 1', exact: true });
  await node.getByLabel('IP-Adresse').fill('10.20.0.1.1');
  await node.getByLabel('FQDN').focus();
  await expect(node).toContainText('IP-Adresse ist keine gültige IPv4- oder IPv6-Adresse.');
  await expectNoEnglish(page, 'Topologie');
  await app.check('de-2-topologie');
  await node.getByLabel('IP-Adresse').fill('10.20.0.11');
  await expect(node).not.toContainText('keine gültige');

  await next(page, 'Clients');
  await page.getByRole('button', { name: 'Client-Gruppe hinzufügen' }).click();
  const group = page.getByRole('group', { name: 'Client-Gruppe 1', exact: true });
  await group.getByRole('textbox', { name: 'Name', exact: true }).fill('Büro-PCs');
  await group
    .getByLabel('Art der Clients')
    .selectOption({ label: 'LPR-Clients (Windows, LPR-Portmonitor)' });
  await group.getByLabel('Adressen').fill('10.20.1.0/24, 10.20.2.15\n10.20.3.16');
  await group.getByLabel('Adressen').blur();
  await expect(group).toContainText('3 Einträge: insgesamt 258 Adressen');
  await expectNoEnglish(page, 'Clients');
  await app.check('de-3-clients');

  await next(page, 'Drucker und Inselstandorte');
  await page.getByRole('button', { name: 'Druckernetz hinzufügen' }).click();
  const printers = page.getByRole('group', { name: 'Druckernetz 1', exact: true });
  await printers.getByRole('textbox', { name: 'Name', exact: true }).fill('Etagendrucker');
  await printers.getByLabel('Adressen').fill('10.20.9.0/24');
  await printers.getByRole('checkbox', { name: /^Socket \(/ }).check();
  await expectNoEnglish(page, 'Drucker und Inselstandorte');
  await app.check('de-4-drucker');

  await next(page, 'Funktionen');
  const lpr = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: 'Auftragsannahme über LPR', exact: true }) });
  await expect(lpr).toContainText('Windows-Clients drucken über den LPR-Portmonitor (515/tcp).');
  await expect(lpr).toContainText('Einschalten:');
  await expect(lpr.locator('li')).toHaveText([
    '+3 Regeln: 515/tcp von 1 Client-Gruppe zu 1 OE-Knoten',
  ]);
  await lpr.getByRole('checkbox').check();
  await expectNoEnglish(page, 'Funktionen');
  await app.check('de-5-funktionen');

  await next(page, 'Übersicht');
  const rules = page.getByRole('region', { name: 'Regeln', exact: true });
  const table = rules.getByRole('region', { name: 'Firewall-Regeln' });
  await expect(table.getByRole('columnheader')).toHaveText([
    /^ID/,
    /^Von/,
    /^Nach/,
    /^Port/,
    /^Dienst/,
    'Nötig für',
    /^Beleg/,
    'Status',
  ]);
  await expect(table).toContainText('Auftragsannahme über LPR');
  await expect(table).toContainText('Büro-PCs');
  await expect(rules.getByRole('status')).toHaveText('2 von 2 Firewall-Regeln');
  const grid = page.getByRole('table', { name: /^Zeilen: woher die Verbindung kommt/ });
  await expect(grid.getByRole('columnheader')).toContainText(['OE-Knoten', 'Drucker']);
  await expect(page.getByRole('img', { name: /^Topologie: Zonen/ })).toBeVisible();
  await expectNoEnglish(page, 'Übersicht');
  await app.check('de-6-uebersicht');

  // The choice is remembered: a reload (a new start of the page) stays German, at its place.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(heading(page)).toHaveText('Übersicht');
  await page.getByRole('button', { name: /Alle Pläne/ }).click();
  await expect(heading(page)).toHaveText('Pläne');
  const row = page.getByRole('row').filter({ hasText: 'Druckserver Hamburg' });
  // The last change as German writes a date: "24.11.2026, 09:30".
  await expect(row.locator('time')).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
  await expectNoEnglish(page, 'Pläne');
  await app.check('de-7-plaene');
});

test.describe('on a German system', () => {
  test.use({ locale: 'de-DE' });

  test('the planner starts in German, and switching to English sticks', async ({
    backend,
    page,
  }) => {
    await page.goto(backend.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(heading(page)).toHaveText('Pläne');
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await expect(heading(page)).toHaveText('Plans');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(heading(page)).toHaveText('Plans');
  });

  test('a refused import is explained in German: the headline from the Node side and each issue', async ({
    backend,
    page,
  }) => {
    const file = join(mkdtempSync(join(tmpdir(), 'oe-import-')), 'kaputt.oeplan.json');
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, installation: 'cluster', nodes: [{ name: 'oe1' }] }),
    );
    await page.goto(backend.url);
    await expect(heading(page)).toHaveText('Pläne');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Plandatei importieren…' }).click();
    await (await chooser).setFiles(file);
    const message = page.getByTestId('library-message');
    await expect(message).toContainText(
      /kaputt\.oeplan\.json ist kein (gültiger Plan|Plan dieses Planers)/,
    );
    await expectNoEnglish(page, 'the refused import');
  });
});
