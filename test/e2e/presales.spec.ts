import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { PresalesStep } from './pages/presales-step';
import { examplePath } from './plans/files';

// The pre-sales summary of docs/examples/cluster-3-islands.oeplan.json in browser mode. Its figures
// are checked by hand in test/shared/summary (presales.test.ts, what-if-nodes.test.ts).

const PLAN = 'Output cluster Frankfurt';

test('the pre-sales summary of an example plan: figures, what if, one-page PDF, German', async ({
  app,
  page,
}, testInfo) => {
  const presales = new PresalesStep(page);
  await app.home.importAndOpen(examplePath('cluster-3-islands'), PLAN);
  await presales.open();

  // 13 firewall rules, 247 host rules: 223 + 4 documented by the vendor, 20 inferred.
  await expect(presales.figure('Firewall rules')).toHaveText('13');
  await expect(presales.figure('Host rules')).toHaveText('247');
  await expect(presales.figure('Documented by the vendor')).toHaveText('227');
  await expect(presales.share('Documented by the vendor')).toHaveText('92% of host rules');
  await expect(presales.figure('Inferred: to confirm')).toHaveText('20');
  await expect(presales.share('Inferred: to confirm')).toHaveText('8% of host rules');
  const servers = presales.section('Servers by role');
  await expect(servers).toContainText(/OE nodes \(3\)\s*oe1, oe2, oe3/);
  await expect(servers).toContainText(/Island checkout hosts \(2\)\s*lej-island, drs-island/);
  await expect(presales.section('Components to install')).toContainText(/SEAL Keycloak\s*mgmt/);
  await expect(presales.row('Openings by zone pair', 'Islands → OE nodes')).toHaveText(
    /Islands → OE nodes\s*2119\/tcp\s*1\s*6/,
  );
  const questions = presales.section('Open questions: to confirm with the vendor');
  // One per claim: the two island printer protocols rest on one. Counted once, with the rules.
  await expect(questions).toContainText('5 open questions for the vendor (covering 20 rules)');
  await expect(questions.getByRole('row')).toHaveCount(1 + 5);
  await expect(
    presales.row(/^Open questions/, 'OE services and MongoDB replica set reach the database'),
  ).toContainText('27017/tcp');
  await app.check('presales-summary');

  // What two more OE nodes would cost, before anything changes: 532 host rules, 518 of them between nodes.
  const result = await presales.whatIf(2);
  await expect(result).toContainText('+2 OE nodes (oe4, oe5): +532 host rules');
  await expect(result).toContainText('Host rules: 247 → 779');
  await expect(result).toContainText('Firewall rules: 13 → 13');
  await expect(result.getByRole('row', { name: /^OE nodes → OE nodes/ })).toContainText('+518');
  await expect(result.getByRole('row', { name: /^Islands → OE nodes/ })).toContainText('+4');
  await app.check('presales-what-if');
  // Nothing changed in the plan: the figures are still the plan's own.
  await expect(presales.figure('Host rules')).toHaveText('247');

  // The one-page PDF, as the browser downloads it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Output-cluster-Frankfurt-presales-en.pdf');
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Pre-sales summary');
  expect(text.split('\n')).toContain('247');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    'Downloaded Output-cluster-Frankfurt-presales-en.pdf.',
  );

  // In German: the same figures, the words and numbers of the language.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presales-Übersicht');
  await expect(presales.figure('Host-Regeln')).toHaveText('247');
  await expect(presales.share('Abgeleitet: zu bestätigen')).toHaveText('8 % der Host-Regeln');
  await expect(presales.section('Offene Fragen: mit dem Hersteller zu klären')).toContainText(
    'Log-Versand und Abfragen an Elasticsearch',
  );
  await app.check('presales-summary-de');
});
