import { expect, type Locator, type Page } from '@playwright/test';

/** The Export step's "Import the network team's answer" panel. */
export class StatusImportPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Import the network team’s answer' });
  }

  /** "12 rows used · 3 rules change their status · 1 row not used" */
  get counts(): Locator {
    return this.panel.getByTestId('status-import-counts');
  }

  get refusedRows(): Locator {
    return this.panel.getByTestId('status-import-refused').getByRole('listitem');
  }

  get error(): Locator {
    return this.panel.getByRole('alert');
  }

  async choose(path: string): Promise<void> {
    await this.panel.getByLabel('Choose the answered sheet…').setInputFiles(path);
  }

  async confirm(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Set these statuses' }).click();
    await expect(this.panel.getByRole('status')).toContainText(/were set \(plan revision \d+\)/);
  }
}
