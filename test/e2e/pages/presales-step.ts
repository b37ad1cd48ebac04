import { expect, type Locator, type Page } from '@playwright/test';

/** The pre-sales summary step: figures, servers, openings, open questions, the what-if, the PDF. */
export class PresalesStep {
  constructor(readonly page: Page) {}

  async open(title = 'Pre-sales summary'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: /Wizard steps|Schritte/ })
      .getByRole('button', { name: title })
      .click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(title);
  }

  #tile(label: string): Locator {
    return this.page
      .getByTestId('presales-figures')
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: label }) });
  }

  /** A figure's value by its label, e.g. "Firewall rules" → "12". */
  figure(label: string): Locator {
    return this.#tile(label).getByRole('definition').first();
  }

  /** A figure's share of the host rules, e.g. "7% of host rules". */
  share(label: string): Locator {
    return this.#tile(label).getByRole('definition').nth(1);
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** A row of a table in a section, by its row heading. */
  row(section: string | RegExp, heading: string): Locator {
    return this.section(section)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: heading, exact: true }) });
  }

  async whatIf(nodes: number): Promise<Locator> {
    const section = this.section(/^What if|^Was wäre/);
    await section.getByRole('spinbutton').fill(String(nodes));
    await section.getByRole('button', { name: /Show the change|Änderung zeigen/ }).click();
    return section.getByRole('status');
  }
}
