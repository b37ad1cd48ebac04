import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A row of the vendor's Used Ports page, as printed there. */
export interface VendorRow {
  table: 'single' | 'cluster';
  port: number;
  service: string;
  transports: string[];
  appProtocol: string;
  comment: string;
}

/** Parse the vendor page (a copy kept in test/fixtures, since a user's clone has no ../shared). */
export function vendorRows(): VendorRow[] {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/vendor-used-ports.txt'), 'utf8');
  const rows: VendorRow[] = [];
  let table: VendorRow['table'] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('Single Server Installation')) table = 'single';
    if (line.startsWith('Cluster Installation')) table = 'cluster';
    const cells = line.split('|').map((c) => c.trim());
    if (!table || cells.length < 5 || !/^\d+$/.test(cells[0]!)) continue;
    rows.push({
      table,
      port: Number(cells[0]),
      service: cells[1]!,
      transports: cells[2]!.split('/'),
      appProtocol: cells[3]!,
      comment: cells[4]!,
    });
  }
  return rows;
}
