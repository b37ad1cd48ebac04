import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../shared/catalog';
import { cli } from '../../../support/cli';

describe('oe-ports catalog', () => {
  it('prints every row with evidence and sources in JSON', async () => {
    const run = await cli(['catalog', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows).toHaveLength(CATALOG.length);
  });

  it('prints one CSV line per flow, with evidence and source URLs', async () => {
    const run = await cli(['catalog', '--format', 'csv']);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(CATALOG.reduce((n, r) => n + r.flows.length, 0));
    const island = rows.find((r) => r.ID === 'single/2119/tcp' && r.From === 'island-checkout');
    expect(island).toMatchObject({
      Evidence: 'seed',
      Condition: 'needs remote-printing; when remote-printing; without load balancer',
    });
    expect(island!['Source URL']).toContain(
      'https://plossys-output-engine.docs.sealsystems.de/reference/portlist',
    );
  });
});
