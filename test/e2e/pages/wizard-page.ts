import { expect, type Locator, type Page } from '@playwright/test';

export const STEP_TITLES = [
  'Project',
  'Topology',
  'Clients',
  'Printers and island sites',
  'Features',
  'Review',
  'Probes',
  'Export',
] as const;
export type StepTitle = (typeof STEP_TITLES)[number];

/** What every step has: the step list, the heading, Back/Next, the save status, the live rule counts. */
export class WizardPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get steps(): Locator {
    return this.page.getByRole('navigation', { name: 'Wizard steps' });
  }

  stepButton(title: StepTitle): Locator {
    return this.steps.getByRole('button', { name: title });
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  get liveHostRules(): Locator {
    return this.page.getByTestId('live-host-rules');
  }

  get liveFirewallRules(): Locator {
    return this.page.getByTestId('live-firewall-rules');
  }

  /** The list of problems at the top of the step. */
  get issueSummary(): Locator {
    return this.page.locator('#step-issues');
  }

  async expectStep(title: StepTitle): Promise<void> {
    await expect(this.heading).toHaveText(title);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^Next: / }).click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: /Back$/ }).click();
  }

  async goTo(title: StepTitle): Promise<void> {
    await this.stepButton(title).click();
    await this.expectStep(title);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toContainText('Saved');
  }

  async home(): Promise<void> {
    await this.page.getByRole('button', { name: 'All plans' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  }

  /** The live host rule count as a number. */
  async hostRuleCount(): Promise<number> {
    await expect(this.liveHostRules).toBeVisible();
    return Number((await this.liveHostRules.innerText()).replace(/\D/g, ''));
  }
}
