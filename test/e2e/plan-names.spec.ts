import { expect, test } from './fixtures';
import { example, planFile } from './plans/files';

const PLAN = 'Output cluster Frankfurt';

test.describe('unique plan names', () => {
  test('a rename to a taken name is refused with the reason; a re-import asks to replace or keep both', async ({
    app,
    page,
  }) => {
    const { home } = app;
    const file = planFile('frankfurt.oeplan.json', example('cluster-3-islands'));
    await home.importFile(file);
    await expect(home.message).toContainText(`Imported “${PLAN}”`);
    await home.importFile(planFile('hamburg.oeplan.json', example('single-minimal')));
    await expect(home.planNames).toHaveCount(2);
    const other = (await home.planNames.allInnerTexts()).find((n) => n !== PLAN)!;

    await home.rename(other, PLAN);
    await expect(home.message).toContainText(
      `“${PLAN}” is already the name of another plan in this library. Choose another name`,
    );
    await expect(home.row(other)).toBeVisible();
    await expect(home.row(PLAN)).toHaveCount(1);

    // The same file again: the library asks.
    await home.importFile(file);
    const dialog = page.getByRole('dialog', { name: 'This plan is already in the library' });
    await expect(dialog).toContainText(`A plan named “${PLAN}” is already in this library`);
    await expect(dialog).toContainText(`“${PLAN} (2)”`);
    await app.snapshot('import-asks-replace-or-keep-both');
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect(dialog).toBeHidden();
    await expect(home.row(`${PLAN} (2)`)).toBeVisible();
    await expect(home.planNames).toHaveCount(3);

    await home.importFile(file);
    await dialog.getByRole('button', { name: 'Replace it' }).click();
    await expect(home.message).toContainText(`Replaced “${PLAN}” with the plan from the file`);
    await expect(home.planNames).toHaveCount(3);

    await home.importFile(file);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(home.planNames).toHaveCount(3);
  });
});
