import { expect, type Locator, type Page } from '@playwright/test';

/** The plan comparison: two sides (plan and revision), a level, the change grouped by zone pair. */
export class ComparePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Compare plans…' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Compare plans' })).toBeVisible();
  }

  side(legend: 'Before' | 'After'): Locator {
    return this.page.getByRole('group', { name: legend });
  }

  revision(legend: 'Before' | 'After'): Locator {
    return this.side(legend).getByLabel('Revision');
  }

  async compare(level: 'Firewall rules' | 'Host rules'): Promise<void> {
    await this.page.getByRole('radio', { name: level }).check();
    await this.page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(this.result).toBeVisible();
  }

  get result(): Locator {
    return this.page.getByRole('region', { name: 'Changes', exact: true });
  }

  /** A count tile: "Added", "Removed", "Changed". */
  count(label: 'Added' | 'Removed' | 'Changed'): Locator {
    return this.page
      .getByTestId('compare-counts')
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: label }) })
      .getByRole('definition');
  }

  /** The change rows (group headings left out). */
  get rows(): Locator {
    return this.result.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The heading row of a zone pair, e.g. "Islands → OE nodes". */
  group(pair: string): Locator {
    return this.result.getByRole('columnheader', { name: new RegExp(`^${pair}`) });
  }
}
