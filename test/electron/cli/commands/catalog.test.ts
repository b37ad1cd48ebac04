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

  it('gives every configurable port its default, with the parameter’s name beside it', async () => {
    const run = await cli(['catalog', '--format', 'json']);
    const rows = JSON.parse(run.stdout).rows as Record<string, unknown>[];
    for (const row of rows) expect(typeof row.port, String(row.id)).toBe('number');
    const byId = (id: string) => rows.find((r) => r.id === id);
    expect(byId('cluster/2129/tcp')).toMatchObject({
      port: 2129,
      portParameter: 'dpfCallbackPort',
    });
    expect(byId('outbound/dpf-api/tcp')).toMatchObject({ port: 9126, portParameter: 'dpfApiPort' });
    expect(byId('outbound/sap-gateway/tcp')).toMatchObject({
      port: 3300,
      portParameter: 'sapGatewayPort',
    });
    expect(byId('outbound/identity-provider/tcp')).toMatchObject({
      port: 443,
      portParameter: 'identityProviderPort',
    });
    expect(byId('outbound/printer-socket/tcp')).toMatchObject({
      port: 9100,
      portParameter: 'printer.socket',
    });
    expect(byId('cluster/8300/tcp')).not.toHaveProperty('portParameter');
    const csv = parse((await cli(['catalog', '--format', 'csv'])).stdout, {
      columns: true,
    }) as Record<string, string>[];
    expect(csv.find((r) => r.ID === 'cluster/2129/tcp')!.Port).toBe('2129 (dpfCallbackPort)');
    expect(csv.find((r) => r.ID === 'outbound/printer-ipps/tcp')!.Port).toBe('443 (printer.ipps)');
    expect(run.stdout).not.toContain('"param"');
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
