import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { example, planFile } from './plans/files';

// Two revisions of one plan compared in browser mode: the real server keeps the revisions in SQLite.

const PLAN = 'Output cluster Frankfurt';

test('compare two revisions of a plan: switch remote printing on, see the rules it adds', async ({
  app,
  page,
}, testInfo) => {
  const compare = new ComparePage(page);
  // cluster-3-islands without remote printing: revision 1 of the imported plan.
  const before = example('cluster-3-islands');
  before.features = before.features.filter((f: string) => f !== 'remote-printing');
  await app.home.importAndOpen(planFile('frankfurt.oeplan.json', before), PLAN);

  // The change: remote printing on. Saving it writes revision 2.
  await app.wizard.goTo('Features');
  await app.features.switchOn('Remote printing');
  await app.wizard.expectSaved();
  await app.wizard.home();

  await compare.open();
  // The latest plan against itself, its previous revision before and its newest after.
  await expect(compare.side('Before').getByLabel('Plan')).toHaveValue(/.+/);
  await expect(compare.revision('Before').locator('option:checked')).toHaveText(/^Revision 1, /);
  await expect(compare.revision('After').locator('option:checked')).toHaveText(
    /^Revision 2 \(current\), /,
  );

  // Host rules (test/shared/compare checks them by hand): 2119 from the 2 islands to the 3 nodes,
  // 2118 between the 3 nodes both ways, each island host to its printers: 6 + 6 + 2 = 14 added.
  await compare.compare('Host rules');
  // 2119 from the islands and in the mesh, 2118 in the mesh, each island to its printers.
  await expect(compare.count('Added')).toHaveText('20');
  await expect(compare.count('Removed')).toHaveText('0');
  await expect(compare.count('Changed')).toHaveText('0');
  await expect(compare.rows).toHaveCount(20);
  await expect(compare.group('Islands → OE nodes')).toContainText(
    '6 added · 0 removed · 0 changed',
  );
  await expect(compare.rows.filter({ hasText: '2119/tcp' })).toHaveCount(12);
  await expect(compare.rows.first()).toContainText('added');
  await app.check('compare-host-rules');

  // As firewall rules: three new rules, and the rule between the nodes gains 2118 and 2119.
  await compare.compare('Firewall rules');
  await expect(compare.count('Added')).toHaveText('3');
  await expect(compare.count('Changed')).toHaveText('1');
  const mesh = compare.rows.filter({ hasText: 'changed' });
  await expect(mesh).toContainText('FW-005');
  await expect(mesh).toContainText('Port: added 2118-2119/tcp');
  await mesh.getByText('Before → after').first().click();
  await expect(mesh).toContainText(/2108,2138,.*→ .*2108,2118-2119,2138/);
  await app.check('compare-firewall-rules');

  // The change for the network team: CSV, one row per change.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('Output-cluster-Frankfurt-rev1-vs-rev2-firewall-en.csv');
  const csvPath = testInfo.outputPath(csv.suggestedFilename());
  await csv.saveAs(csvPath);
  const rows: Record<string, string>[] = parse(readFileSync(csvPath), { bom: true, columns: true });
  expect(rows.map((r) => `${r['Change']} ${r['ID']}`)).toEqual([
    'changed FW-005',
    'added FW-011',
    'added FW-012',
    'added FW-013',
  ]);

  // And as PDF.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const pdf = await pdfDownload;
  const pdfPath = testInfo.outputPath(pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Plan comparison');
  expect(text).toContain('FW-011');
  expect(text).toContain('added 2118-2119/tcp');
});
