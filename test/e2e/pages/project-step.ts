import type { Page } from '@playwright/test';

export interface ProjectDetails {
  name: string;
  customer?: string;
  site?: string;
  technician?: string;
  productVersion?: string;
  os?: 'Linux' | 'Windows';
}

/** Step 1: who the plan is for and which product version. */
export class ProjectStep {
  constructor(readonly page: Page) {}

  field(label: 'Plan name' | 'Customer' | 'Site' | 'Product version') {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** A contact of the change request: the technician's or the network team's. */
  contact(who: 'Technician' | 'Network team contact', label: 'Name' | 'E-mail' | 'Phone') {
    return this.page
      .getByRole('group', { name: who, exact: true })
      .getByRole('textbox', { name: label, exact: true });
  }

  async fill(details: ProjectDetails): Promise<void> {
    await this.field('Plan name').fill(details.name);
    if (details.customer !== undefined) await this.field('Customer').fill(details.customer);
    if (details.site !== undefined) await this.field('Site').fill(details.site);
    if (details.technician !== undefined)
      await this.contact('Technician', 'Name').fill(details.technician);
    if (details.productVersion !== undefined)
      await this.field('Product version').fill(details.productVersion);
    if (details.os) await this.page.getByRole('radio', { name: details.os }).check();
  }
}
