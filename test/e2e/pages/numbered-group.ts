import { expect, type Locator, type Page } from '@playwright/test';

/** Every group the step numbers by its name: "Client group 1", "Client group 2", … */
export const numberedGroups = (page: Page, name: string): Locator =>
  page.getByRole('group', { name: new RegExp(`^${name} \\d+$`) });

/** The group numbered n: "Client group 3". */
export const numberedGroup = (page: Page, name: string, n: number): Locator =>
  page.getByRole('group', { name: `${name} ${n}`, exact: true });

/** Clicks the add button, waits until one more group shows, and gives the new (last) one. */
export async function addNumberedGroup(page: Page, name: string, button: string): Promise<Locator> {
  const before = await numberedGroups(page, name).count();
  await page.getByRole('button', { name: button }).click();
  await expect(numberedGroups(page, name)).toHaveCount(before + 1);
  return numberedGroup(page, name, before + 1);
}
