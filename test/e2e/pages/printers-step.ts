import { expect, type Locator, type Page } from '@playwright/test';
import { fillHost, type HostDetails } from './topology-step';

export interface PrinterNetworkDetails {
  name: string;
  addresses: string;
  /** Protocol names as shown, e.g. "Socket". */
  protocols?: string[];
}

async function fillNetwork(group: Locator, details: PrinterNetworkDetails): Promise<void> {
  await group.getByRole('textbox', { name: 'Name', exact: true }).fill(details.name);
  await group.getByLabel('Addresses').fill(details.addresses);
  for (const protocol of details.protocols ?? []) {
    await group.getByRole('checkbox', { name: new RegExp(`^${protocol} \\(`) }).check();
  }
}

/** Step 4: printer networks, and island sites with checkout hosts and local printers. */
export class PrintersStep {
  constructor(readonly page: Page) {}

  get printerNetworks(): Locator {
    return this.page.getByRole('group', { name: /^Printer network \d+$/ });
  }

  get islandSites(): Locator {
    return this.page.getByRole('group', { name: /^Island site \d+$/ });
  }

  islandSite(n: number): Locator {
    return this.page.getByRole('group', { name: `Island site ${n}`, exact: true });
  }

  async addPrinterNetwork(details: PrinterNetworkDetails): Promise<void> {
    const before = await this.printerNetworks.count();
    await this.page.getByRole('button', { name: 'Add printer network' }).click();
    await expect(this.printerNetworks).toHaveCount(before + 1);
    await fillNetwork(
      this.page.getByRole('group', { name: `Printer network ${before + 1}`, exact: true }),
      details,
    );
  }

  async addIslandSite(details: {
    name: string;
    checkoutHost: HostDetails;
    printers?: PrinterNetworkDetails;
  }): Promise<void> {
    const before = await this.islandSites.count();
    await this.page.getByRole('button', { name: 'Add island site' }).click();
    await expect(this.islandSites).toHaveCount(before + 1);
    const site = this.islandSite(before + 1);
    await site.getByRole('textbox', { name: 'Name', exact: true }).first().fill(details.name);
    await fillHost(site.getByRole('group', { name: 'Checkout host 1' }), details.checkoutHost);
    if (details.printers) {
      await site.getByRole('button', { name: 'Add local printer network' }).click();
      await fillNetwork(
        site.getByRole('group', { name: 'Local printer network 1' }),
        details.printers,
      );
    }
  }
}
