import type { Locator, Page } from '@playwright/test';
import { addNumberedGroup, numberedGroup, numberedGroups } from './numbered-group';
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
    return numberedGroups(this.page, 'Printer network');
  }

  get islandSites(): Locator {
    return numberedGroups(this.page, 'Island site');
  }

  islandSite(n: number): Locator {
    return numberedGroup(this.page, 'Island site', n);
  }

  async addPrinterNetwork(details: PrinterNetworkDetails): Promise<void> {
    await fillNetwork(
      await addNumberedGroup(this.page, 'Printer network', 'Add printer network'),
      details,
    );
  }

  async addIslandSite(details: {
    name: string;
    checkoutHost: HostDetails;
    printers?: PrinterNetworkDetails;
  }): Promise<void> {
    const site = await addNumberedGroup(this.page, 'Island site', 'Add island site');
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
