import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { examplePath } from './plans/files';
import { StatusImportPanel } from './pages/status-import';

// The change request's round trip in the browser: the technician exports the sheet, the network
// team answers it in their spreadsheet (here: cell by cell with ExcelJS, a row deleted), the
// technician imports the answer in the Export step and sees each rule's status in the review.
// The same answer offered to another plan is refused.

const PLAN = 'Output cluster Frankfurt';

type Cell = ExcelJS.CellValue;
const textOf = (value: Cell): string =>
  value && typeof value === 'object' && 'richText' in value
    ? value.richText.map((r) => r.text).join('')
    : String(value ?? '');

/** The network team's answer: statuses by rule id, a comment for the rejected one, one row deleted. */
async function answer(sheet: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sheet);
  const ws = workbook.getWorksheet('IPv4 rules')!;
  const header = ws.getRow(1);
  const column = (name: string) => {
    let found = 0;
    header.eachCell((cell, n) => {
      if (textOf(cell.value) === name) found = n;
    });
    expect(found, name).toBeGreaterThan(0);
    return found;
  };
  const [status, approver, comment] = [column('Status'), column('Approver'), column('Comment')];
  const rowOf = (id: string) => {
    let found = 0;
    ws.eachRow((row, n) => {
      if (textOf(row.getCell(1).value) === id) found = n;
    });
    return ws.getRow(found);
  };
  rowOf('FW-001').getCell(status).value = 'approved';
  rowOf('FW-001').getCell(approver).value = 'N. Etz';
  rowOf('FW-002').getCell(status).value = 'rejected';
  rowOf('FW-002').getCell(comment).value = '=1+1 use the proxy';
  rowOf('FW-003').getCell(status).value = 'x';
  rowOf('FW-005').getCell(status).value = 'maybe';
  ws.spliceRows(rowOf('FW-004').number, 1);
  await workbook.xlsx.writeFile(out);
}

test('the network team’s answer comes back into the plan: export, answer, import, review', async ({
  app,
  page,
}, testInfo) => {
  const { exportStep } = app;
  const statusImport = new StatusImportPanel(page);
  await app.home.importAndOpen(examplePath('cluster-3-islands'), PLAN);
  await app.wizard.goTo('Export');

  await page.getByRole('radio', { name: 'Change request (XLSX)', exact: true }).check();
  await exportStep.expectFile('Output-cluster-Frankfurt-firewall-change-request-en.xlsx');
  await expect(exportStep.rows.getByRole('columnheader').first()).toHaveText('Rule ID');
  await expect(exportStep.rows.getByRole('columnheader').nth(8)).toHaveText(
    'Purpose and business justification',
  );
  const download = await exportStep.download();
  const sheet = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(sheet);
  const answered = testInfo.outputPath('answered.xlsx');
  await answer(sheet, answered);

  await statusImport.choose(answered);
  await expect(statusImport.counts).toContainText('rows used');
  await expect(statusImport.counts).toContainText('1 row not used');
  await expect(statusImport.refusedRows).toHaveText([
    /IPv4 rules, row \d+ \(FW-005\): the status "maybe" is not understood/,
  ]);
  await expect(statusImport.panel.getByTestId('status-import-changes')).toContainText(
    'FW-002 no status → rejected',
  );
  await app.check('change-request-answer-read');
  await statusImport.confirm();

  await app.wizard.goTo('Review');
  const rules = app.review.rulesSection;
  await rules.getByLabel('Status', { exact: true }).selectOption({ label: 'approved' });
  const approved = app.review.rows('Firewall rules');
  await expect(approved).toHaveCount(2);
  await expect(approved.first()).toContainText('FW-001');
  await expect(approved.nth(1)).toContainText('FW-003');
  await expect(approved.first().locator('[data-status]')).toHaveText('approved');
  await rules.getByLabel('Status', { exact: true }).selectOption({ label: 'rejected' });
  await expect(app.review.rows('Firewall rules')).toHaveCount(1);
  await expect(app.review.rows('Firewall rules').first()).toContainText('FW-002');
  await app.check('change-request-review-status');

  // The same answer offered to another plan changes nothing there.
  await app.wizard.home();
  await app.home.importAndOpen(examplePath('single-minimal'), 'Print server Hamburg');
  await app.wizard.goTo('Export');
  await statusImport.choose(answered);
  await expect(statusImport.error).toContainText(
    'This sheet belongs to the plan "Output cluster Frankfurt", not to "Print server Hamburg": nothing was changed.',
  );
  await expect(statusImport.panel.getByRole('button', { name: 'Set these statuses' })).toHaveCount(
    0,
  );
});
