import { expect, type Locator, type Page } from '@playwright/test';

/** Step 7: which host this machine is, the local port check, the responder, reachability, import. */
export class ProbesStep {
  constructor(readonly page: Page) {}

  section(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  get machine(): Locator {
    return this.section('This machine');
  }
  get local(): Locator {
    return this.section('Are the planned ports free here?');
  }
  get responder(): Locator {
    return this.section(/^Responder/);
  }
  get reach(): Locator {
    return this.section('What is reachable from here?');
  }
  get importer(): Locator {
    return this.section('Results from the command line');
  }

  async chooseHost(name: string): Promise<void> {
    await this.machine.getByLabel('Host of the plan').selectOption(name);
  }

  /** The rows of a section's results table, without its heading row. */
  rows(section: Locator): Locator {
    return section
      .getByRole('table')
      .getByRole('row')
      .filter({ hasNot: this.page.getByRole('columnheader') });
  }

  async checkPorts(): Promise<void> {
    await this.local.getByRole('button', { name: 'Check the ports' }).click();
    await expect(this.local.getByRole('status')).toContainText(/\d+ of \d+ ports free/);
  }

  async startResponder(): Promise<void> {
    await this.responder.getByRole('button', { name: 'Start the responder' }).click();
    await expect(this.responder.getByRole('status')).toContainText('Listening on');
  }

  async stopResponder(): Promise<void> {
    await this.responder.getByRole('button', { name: 'Stop the responder' }).click();
    await expect(this.responder.getByRole('status')).toContainText('Nothing listens any more.');
  }

  async setReachOptions(options: { timeoutMs?: number; concurrency?: number }): Promise<void> {
    if (options.timeoutMs !== undefined)
      await this.reach.getByLabel('Timeout per attempt (ms)').fill(String(options.timeoutMs));
    if (options.concurrency !== undefined)
      await this.reach.getByLabel('Connections at once').fill(String(options.concurrency));
  }

  async runReach(): Promise<void> {
    await this.reach.getByRole('button', { name: 'Run reachability' }).click();
  }

  get reachProgress(): Locator {
    return this.reach.getByRole('progressbar', { name: 'Reachability progress' });
  }

  get reachOutcome(): Locator {
    return this.reach.getByRole('status');
  }

  async cancelReach(): Promise<void> {
    await this.reach.getByRole('button', { name: 'Cancel' }).click();
  }

  /** Show only the results with this status ("All" for every one). */
  async filterReach(status: string): Promise<void> {
    await this.reach.getByRole('radio', { name: new RegExp(`^${status} \\d+$`) }).check();
  }

  async importReport(path: string): Promise<void> {
    await this.importer.getByLabel('Report file (JSON) to import').setInputFiles(path);
  }
}
