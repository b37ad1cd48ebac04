import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  CLIENT_KINDS,
  FEATURES,
  SOURCES,
  type CatalogFlow,
  type CatalogRow,
} from '../../../shared/catalog';
import { CLUSTER_MESH, MESH_SENTENCE } from '../../../shared/catalog/flows';
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

describe('the cluster mesh rests on the page’s own sentence', () => {
  const page = readFileSync(
    join(import.meta.dirname, '../../fixtures/vendor-used-ports.txt'),
    'utf8',
  ).replace(/\s+/g, ' ');
  const isMesh = (flow: CatalogFlow) => flow.purpose === CLUSTER_MESH.purpose;

  it('quotes the sentence word for word as the vendor page prints it', () => {
    expect(MESH_SENTENCE).toBe(
      'In a cluster installation, services need to communicate between the different Output Engine servers. Thus all service ports have to be open as well.',
    );
    expect(page).toContain(MESH_SENTENCE);
  });

  // A port only clients reach (job intake, Infoclient, GUIs) is no port services use between servers.
  const servesClientsOnly = (row: CatalogRow) => {
    const own = row.flows.filter((f) => !isMesh(f));
    return (
      own.length > 0 &&
      own.every((f) => f.from.every((role) => (CLIENT_KINDS as readonly string[]).includes(role)))
    );
  };

  it('opens every service port of the cluster table between the OE nodes, as seed with the quote', () => {
    const onNodes = CATALOG.filter((r) => r.table === 'cluster' && r.listener === 'oe-node');
    const services = onNodes.filter((r) => !servesClientsOnly(r));
    expect(services.length).toBeGreaterThan(30);
    for (const row of services) {
      const mesh = row.flows.filter(isMesh);
      expect(mesh, row.id).toHaveLength(1);
      expect(mesh[0]!.from, row.id).toEqual(['oe-node']);
      expect(mesh[0]!.when, row.id).toBeUndefined();
      expect(mesh[0]!.evidence, row.id).toBe('seed');
      expect(mesh[0]!.sources, row.id).toContain('port-list');
      expect(mesh[0]!.quote, row.id).toBe(MESH_SENTENCE);
    }
    // 1948, 2119 and 2129 are service ports too; their own "needed if" still holds.
    for (const id of [
      'cluster/1948/tcp',
      'cluster/2119/tcp',
      'cluster/2129/tcp',
      'cluster/8080/tcp',
    ])
      expect(services.map((r) => r.id)).toContain(id);
  });

  it('leaves the ports only clients reach, components that may run elsewhere and every addition without the mesh', () => {
    const clientsOnly = CATALOG.filter(
      (r) => r.table === 'cluster' && r.listener === 'oe-node' && servesClientsOnly(r),
    );
    expect(clientsOnly.map((r) => r.id)).toEqual([
      'cluster/443/tcp',
      'cluster/515/tcp',
      'cluster/631/tcp',
      'cluster/8081/tcp',
      'cluster/8082/tcp',
      'cluster/8500/tcp',
      'cluster/9000/tcp',
    ]);
    for (const row of CATALOG.filter(
      (r) => r.table !== 'cluster' || r.listener !== 'oe-node' || servesClientsOnly(r),
    )) {
      expect(row.flows.filter(isMesh), row.id).toEqual([]);
    }
  });

  it('marks island checkouts reaching every OE node of a cluster as this planner’s modeling', () => {
    const flowOf = (id: string) =>
      CATALOG.find((r) => r.id === id)!.flows.find((f) => f.from.includes('island-checkout'))!;
    expect(flowOf('single/2119/tcp').evidence).toBe('seed');
    expect(flowOf('cluster/2119/tcp').evidence).toBe('inferred');
    expect(flowOf('cluster/2119/tcp').note).toContain('Port the island-checkouts can connect to');
  });
});

describe('sources', () => {
  it('point at exact pages, never at a site root, and cite this planner’s modeling in words', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      if (id === 'planner-modeling') {
        expect(source.url).not.toMatch(/[/\\]|\.md$/);
        continue;
      }
      const url = new URL(source.url);
      expect(url.protocol, id).toBe('https:');
      expect(url.pathname.replace(/\/$/, ''), `${id} is a page, not a site`).not.toBe('');
      expect(url.pathname.split('/').filter(Boolean).length, id).toBeGreaterThan(
        url.hostname === 'github.com' ? 2 : 0,
      );
    }
  });
});
