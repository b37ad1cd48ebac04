import type { Locator, Page } from '@playwright/test';
import { addNumberedGroup, numberedGroup, numberedGroups } from './numbered-group';

export interface ClientGroupDetails {
  name: string;
  /** The label in the Kind list, e.g. "LPR clients (Windows, LPR port monitor)". */
  kind: string | RegExp;
  /** Typed or pasted as one text: lines, commas or spaces. */
  addresses: string;
}

/** Step 3: client groups with their kind and addresses. */
export class ClientsStep {
  constructor(readonly page: Page) {}

  get groups(): Locator {
    return numberedGroups(this.page, 'Client group');
  }

  group(n: number): Locator {
    return numberedGroup(this.page, 'Client group', n);
  }

  async addGroup(details: ClientGroupDetails): Promise<Locator> {
    const group = await addNumberedGroup(this.page, 'Client group', 'Add client group');
    await group.getByRole('textbox', { name: 'Name', exact: true }).fill(details.name);
    const kind = group.getByLabel('Kind of client');
    const options = await kind.locator('option').allInnerTexts();
    const label = options.find((o) =>
      typeof details.kind === 'string' ? o.startsWith(details.kind) : details.kind.test(o),
    );
    await kind.selectOption({ label: label ?? String(details.kind) });
    await group.getByLabel('Addresses').fill(details.addresses);
    await group.getByLabel('Addresses').blur();
    return group;
  }
}
