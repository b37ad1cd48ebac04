import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type ExportFormatLabel =
  | 'PDF checklist'
  | 'CSV'
  | 'Excel workbook (XLSX)'
  | 'PowerShell (Windows Firewall)'
  | 'nftables (Linux)'
  | 'firewalld (Linux)'
  | 'All firewall scripts (zip)'
  | 'Plan file (.oeplan.json)';

/** The Export step: format, options, preview, and the download of browser mode. */
export class ExportStep {
  constructor(readonly page: Page) {}

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview', exact: true });
  }

  /** "Output-cluster-Frankfurt-hosts-en.csv · 241 rules · 82 kB · From plan revision 1." */
  get facts(): Locator {
    return this.page.getByTestId('export-facts');
  }

  /** The first rows of a table export. */
  get rows(): Locator {
    return this.page.getByTestId('export-rows');
  }

  get scriptHosts(): Locator {
    return this.page.getByTestId('export-script-hosts');
  }

  get result(): Locator {
    return this.page.getByTestId('export-result');
  }

  async chooseFormat(label: ExportFormatLabel): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async chooseLanguage(label: 'English' | 'Deutsch'): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Language of the export' })
      .getByRole('radio', { name: label })
      .check();
  }

  async chooseLevel(label: 'Host rules' | 'Firewall rules'): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  /** Waits until the preview shows the file (the options settle before it is asked for). */
  async expectFile(fileName: string): Promise<void> {
    await expect(this.facts).toContainText(fileName);
    await expect(this.preview).toHaveAttribute('aria-busy', 'false');
  }

  /** Browser mode: the one file of the export, as the browser's download. */
  async download(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.preview.getByRole('button', { name: 'Download', exact: true }).click();
    return download;
  }
}
