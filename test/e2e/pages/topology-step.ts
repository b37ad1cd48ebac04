import { expect, type Locator, type Page } from '@playwright/test';

export type PlacedComponent = 'Elasticsearch and Kibana' | 'MongoDB' | 'Keycloak';
export type PlacementChoice = 'On the OE nodes' | 'On the management server' | 'On dedicated hosts';

export interface HostDetails {
  name?: string;
  fqdn?: string;
  address?: string;
}

/** Fill a host's fieldset (name, FQDN, IP address) where given. */
export async function fillHost(group: Locator, host: HostDetails): Promise<void> {
  if (host.name !== undefined) await group.getByLabel('Host name').fill(host.name);
  if (host.fqdn !== undefined) await group.getByLabel('FQDN').fill(host.fqdn);
  if (host.address !== undefined) await group.getByLabel('IP address').fill(host.address);
}

/** Step 2: installation type, OE nodes, management server, placement, load balancer. */
export class TopologyStep {
  constructor(readonly page: Page) {}

  get nodesSection(): Locator {
    return this.page.getByRole('region', { name: 'OE nodes' });
  }

  node(n: number): Locator {
    return this.page.getByRole('group', { name: `OE node ${n}`, exact: true });
  }

  get nodes(): Locator {
    return this.page.getByRole('group', { name: /^OE node \d+$/ });
  }

  async choose(installation: 'Single server' | 'Cluster'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${installation}`) }).check();
  }

  async fillNode(n: number, host: HostDetails): Promise<void> {
    await fillHost(this.node(n), host);
  }

  async addNode(host: HostDetails): Promise<void> {
    const before = await this.nodes.count();
    await this.page.getByRole('button', { name: 'Add OE node' }).click();
    await expect(this.nodes).toHaveCount(before + 1);
    await fillHost(this.node(before + 1), host);
  }

  async removeNode(n: number): Promise<void> {
    await this.node(n)
      .getByRole('button', { name: `Remove OE node ${n}` })
      .click();
  }

  async addManagementServer(host: HostDetails): Promise<void> {
    await this.page.getByLabel('The installation has a management server').check();
    await fillHost(this.page.getByRole('group', { name: 'Management server', exact: true }), host);
  }

  /** Where a component runs: its choices, and the hint when the vendor's default is shown. */
  placement(component: PlacedComponent): Locator {
    return this.page
      .getByRole('region', { name: 'Where the components run' })
      .getByRole('group', { name: component, exact: true });
  }

  placementChoice(component: PlacedComponent, choice: PlacementChoice): Locator {
    return this.placement(component).getByRole('radio', { name: choice, exact: true });
  }

  async place(component: PlacedComponent, choice: PlacementChoice): Promise<void> {
    await this.placementChoice(component, choice).check();
  }
}
