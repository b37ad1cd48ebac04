import { describe, expect, it } from 'vitest';
import { CATALOG, FEATURES, SOURCES, type CatalogRow } from '../../../shared/catalog';
import { PORT_PARAMETERS } from '../../../shared/catalog/parameters';
import { vendorRows } from '../../support/vendor-page';

const defaultPort = (row: CatalogRow) =>
  typeof row.port === 'number'
    ? row.port
    : (PORT_PARAMETERS as Record<string, { default: number }>)[row.port.param]?.default;

describe('the port catalog against the vendor page', () => {
  const page = vendorRows();

  it('reads 12 single-server and 48 cluster rows from the page', () => {
    expect(page.filter((r) => r.table === 'single')).toHaveLength(12);
    expect(page.filter((r) => r.table === 'cluster')).toHaveLength(48);
  });

  it.each(
    page.flatMap((r) => r.transports.map((t) => [`${r.table} ${r.port}/${t}`, r, t] as const)),
  )('has %s with the page’s service, protocol and comment as seed', (_, vendor, transport) => {
    const row = CATALOG.find((c) => c.id === `${vendor.table}/${vendor.port}/${transport}`);
    expect(row, `catalog row ${vendor.table}/${vendor.port}/${transport}`).toBeDefined();
    expect(defaultPort(row!)).toBe(vendor.port);
    expect(row!.table).toBe(vendor.table);
    expect(row!.service).toBe(vendor.service);
    expect(row!.appProtocol).toBe(vendor.appProtocol);
    expect(row!.comment).toBe(vendor.comment);
    expect(row!.evidence).toBe('seed');
    expect(row!.sources).toContain('port-list');
  });

  it('has no row in the vendor tables that the page does not list', () => {
    const onPage = new Set(
      page.flatMap((r) => r.transports.map((t) => `${r.table}/${r.port}/${t}`)),
    );
    const vendorTables = CATALOG.filter((r) => r.table === 'single' || r.table === 'cluster');
    expect(vendorTables.map((r) => r.id).filter((id) => !onPage.has(id))).toEqual([]);
    expect(vendorTables).toHaveLength(onPage.size);
  });

  it('turns the page’s "needed if" into feature conditions', () => {
    const requires = (id: string) => CATALOG.find((r) => r.id === id)?.requires;
    expect(requires('single/1948/tcp')).toEqual(['monitoring-checkin', 'monitoring-all-services']);
    expect(requires('single/2119/tcp')).toEqual(['remote-printing']);
    expect(requires('cluster/2118/tcp')).toEqual(['remote-printing']);
    expect(requires('single/2129/tcp')).toEqual(['dpf-conversion']);
    expect(requires('cluster/2128/tcp')).toEqual(['dpf-conversion']);
    expect(requires('single/8080/tcp')).toEqual(['rest-api']);
    expect(requires('single/32769/tcp')).toEqual(['seal-keycloak']);
  });
});

describe('provenance of every row and flow', () => {
  it('gives every row and every flow an evidence level and known sources', () => {
    for (const row of CATALOG) {
      expect(row.sources.length, row.id).toBeGreaterThan(0);
      expect(row.flows.length, row.id).toBeGreaterThan(0);
      for (const id of row.sources) expect(SOURCES[id], `${row.id} source ${id}`).toBeDefined();
      for (const flow of row.flows) {
        expect(['seed', 'docs', 'inferred']).toContain(flow.evidence);
        expect(flow.sources.length, `${row.id} ${flow.purpose}`).toBeGreaterThan(0);
        for (const id of flow.sources) expect(SOURCES[id], `${row.id} source ${id}`).toBeDefined();
      }
    }
  });

  it('marks every claim that rests on our modeling as inferred, never as vendor fact', () => {
    for (const row of CATALOG) {
      for (const flow of row.flows) {
        if (flow.sources.includes('planner-modeling'))
          expect(flow.evidence, `${row.id} ${flow.purpose}`).toBe('inferred');
        if (flow.evidence === 'inferred')
          expect(flow.note ?? '', `${row.id} ${flow.purpose} says why`).not.toBe('');
      }
    }
  });

  it('has unique row ids and only known features in conditions', () => {
    expect(new Set(CATALOG.map((r) => r.id)).size).toBe(CATALOG.length);
    const known = new Set<string>(FEATURES.map((f) => f.id));
    for (const row of CATALOG) {
      for (const f of [
        ...(row.requires ?? []),
        ...row.flows.flatMap((fl) => fl.when?.features ?? []),
      ]) {
        expect(known.has(f), `${row.id}: ${f}`).toBe(true);
      }
    }
  });
});
