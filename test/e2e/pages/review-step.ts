import { expect, type Locator, type Page } from '@playwright/test';

/** Step 6: zone grid, topology diagram and the rule table. */
export class ReviewStep {
  constructor(readonly page: Page) {}

  get zoneGrid(): Locator {
    return this.page.getByRole('table', { name: /Rows: where the connection comes from/ });
  }

  get diagram(): Locator {
    return this.page.getByRole('img', { name: /Topology: zones/ });
  }

  get rulesSection(): Locator {
    return this.page.getByRole('region', { name: 'Rules', exact: true });
  }

  /** The scrolling table of the level shown. */
  ruleTable(level: 'Firewall rules' | 'Host rules'): Locator {
    return this.rulesSection.getByRole('region', { name: level });
  }

  /** "12 of 241 host rules" */
  get matchCount(): Locator {
    return this.rulesSection.getByRole('status');
  }

  /** The cell of the zone grid from one zone (row) to another (column). */
  async zoneCell(from: string, to: string): Promise<Locator> {
    const headers = await this.zoneGrid.getByRole('columnheader').allInnerTexts();
    const column = headers.findIndex((h) => h.trim() === to);
    expect(column, `zone grid has a column ${to}`).toBeGreaterThan(0);
    return this.zoneGrid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: from, exact: true }) })
      .getByRole('cell')
      .nth(column - 1);
  }

  async showLevel(level: 'Firewall rules' | 'Host rules'): Promise<void> {
    await this.rulesSection.getByRole('radio', { name: new RegExp(`^${level}`) }).check();
    await expect(this.ruleTable(level)).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.rulesSection.getByLabel('Search').fill(text);
  }

  /** A row's evidence badge (the row also has its expand button). */
  evidenceBadge(row: Locator): Locator {
    return row.locator('td.c-evidence').getByRole('button');
  }

  rows(level: 'Firewall rules' | 'Host rules'): Locator {
    return this.ruleTable(level)
      .getByRole('row')
      .filter({ hasNot: this.page.getByRole('columnheader') });
  }
}
