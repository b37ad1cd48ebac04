import { expect, type Locator, type Page } from '@playwright/test';

/** Step 5: feature toggles, each with what it would add or remove. */
export class FeaturesStep {
  constructor(readonly page: Page) {}

  toggle(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  card(label: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.toggle(label) });
  }

  /** The announced change lines, e.g. "+6 rules: 2119/tcp from 2 island sites to 3 OE nodes". */
  changeLines(label: string): Locator {
    return this.card(label).locator('li');
  }

  async waitForPreview(label: string): Promise<void> {
    await expect(this.card(label)).not.toContainText('Computing what it changes');
    await expect(this.card(label)).toContainText(/Switching it (on|off):/);
  }

  async switchOn(label: string): Promise<void> {
    await this.toggle(label).check();
    await expect(this.toggle(label)).toBeChecked();
  }

  async switchOff(label: string): Promise<void> {
    await this.toggle(label).uncheck();
    await expect(this.toggle(label)).not.toBeChecked();
  }
}
