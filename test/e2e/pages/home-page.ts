import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The home screen: the plans library. */
export class HomePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Plans' });
  }

  get message(): Locator {
    return this.page.getByTestId('library-message');
  }

  /** The names in the plans table, top to bottom (latest change first). */
  get planNames(): Locator {
    return this.page.getByRole('table').getByRole('rowheader');
  }

  row(name: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async newPlan(): Promise<void> {
    await this.page.getByRole('button', { name: 'New plan', exact: true }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Project' })).toBeVisible();
  }

  async open(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Open ${name}` })
      .click();
    await expect(this.page.getByRole('heading', { level: 1 })).not.toHaveText('Plans');
  }

  /** Browser mode picks the file with a file input. */
  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import plan file…' }).click();
    await (await chooser).setFiles(path);
  }

  /** Imports a plan file, sees the library say so, and opens the plan in the wizard. */
  async importAndOpen(path: string, name: string): Promise<void> {
    await this.importFile(path);
    await expect(this.message).toContainText(`Imported “${name}”`);
    await this.open(name);
  }

  async duplicate(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Duplicate ${name}` })
      .click();
  }

  async rename(name: string, to: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Rename ${name}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Rename plan' });
    await dialog.getByLabel('New name').fill(to);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Delete asks first: `confirm: false` answers Cancel. */
  async delete(name: string, { confirm }: { confirm: boolean }): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Delete ${name}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete plan?' });
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: confirm ? 'Delete plan' : 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }

  async export(name: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.row(name)
      .getByRole('button', { name: `Export ${name}` })
      .click();
    return download;
  }
}
