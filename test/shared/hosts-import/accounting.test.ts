import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  headingsOfMapping,
  overLimits,
  previewImport,
  readCsvSheet,
  type ImportTarget,
  type RowOutcome,
} from '../../../shared/hosts-import';
import { textIn } from '../../../shared/i18n';
import { validatePlan, type Plan } from '../../../shared/plan';
import { examplePlan } from '../../support/examples';

const fixture = (name: string) =>
  readCsvSheet(readFileSync(join(import.meta.dirname, '../../fixtures/hosts-import', name)));
const csv = (text: string) => readCsvSheet(new TextEncoder().encode(text));
const printers: ImportTarget = { into: 'printers' };

const said = (o: RowOutcome) => (o.outcome === 'refused' ? textIn('en', o.reason) : o.outcome);
const byRow = (outcomes: RowOutcome[]) => Object.fromEntries(outcomes.map((o) => [o.row, said(o)]));
const valid = (plan: Plan) => {
  const { issues } = validatePlan(plan);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
};

describe('every row accounted for', () => {
  const plan = examplePlan('cluster-3-islands');

  it('imports a German Get-PrinterPort export as it is: names, addresses, Raw 9100 and LPR 515, one refused row', () => {
    const preview = previewImport(plan, fixture('get-printerport-de.csv'), { target: printers });
    expect(preview.headed).toBe(true);
    expect(preview.headings[preview.mapping.address!]).toBe('PrinterHostAddress');
    expect(preview.headings[preview.mapping.name!]).toBe('Name');
    expect(byRow(preview.accounting.outcomes)).toEqual({
      3: 'imported',
      4: 'imported',
      5: 'imported',
      6: '“drucker_kaputt” is not an IP address, and not a host name (RFC 1123: letters, digits and hyphens between dots)',
      7: 'imported',
    });
    const next = applyImport(plan, printers, preview.accounting, [], {});
    expect(next.printerNetworks.slice(1)).toEqual([
      { name: 'Drucker Büro', addresses: ['10.40.1.11'], protocols: ['socket'] },
      { name: 'Drucker Empfang', addresses: ['10.40.1.12'], protocols: ['socket'] },
      { name: 'Lager Süd', addresses: ['10.40.2.7'], protocols: ['lpr'] },
      { name: 'Plotter Maß', addresses: ['10.40.3.200'], protocols: ['socket'] },
    ]);
    valid(next);
  });

  it('reads Win32_TCPIPPrinterPort (Protocol 1 and 2), Get-Printer’s IP_ port names and a plain IP list', () => {
    const win32 = previewImport(plan, fixture('win32-tcpipprinterport.csv'), { target: printers });
    const imported = win32.accounting.outcomes.filter((o) => o.outcome === 'imported');
    expect(imported.map((o) => [o.name, o.address, o.protocols])).toEqual([
      ['IP_10.50.0.21', '10.50.0.21', ['socket']],
      ['IP_10.50.0.22', '10.50.0.22', ['lpr']],
      ['Kopierer Flur "Nord"', '10.50.0.23', ['socket']],
    ]);
    const getPrinter = previewImport(plan, fixture('get-printer.csv'), { target: printers });
    expect(getPrinter.headings[getPrinter.mapping.address!]).toBe('PortName');
    expect(byRow(getPrinter.accounting.outcomes)).toMatchObject({ 2: 'imported', 3: 'imported' });
    expect(byRow(getPrinter.accounting.outcomes)[4]).toContain(
      '“PORTPROMPT:” is not an IP address',
    );
    const list = previewImport(plan, fixture('ip-list.txt'), { target: printers });
    expect(list.headed).toBe(false);
    expect(list.accounting.counts).toEqual({ imported: 4, merged: 0, duplicate: 0, refused: 0 });
  });

  it('takes German headings and guesses the columns of a file without headings', () => {
    const german = previewImport(plan, csv('Drucker;IP-Adresse;Port\nEmpfang;10.9.0.1;515\n'), {
      target: printers,
    });
    expect(german.mapping).toEqual({ name: 0, address: 1, port: 2 });
    expect(german.accounting.outcomes[0]).toMatchObject({ protocols: ['lpr'] });
    const bare = previewImport(plan, csv('Empfang,10.9.0.1,LPR\nLager,10.9.0.2,Raw\n'), {
      target: printers,
    });
    expect(bare).toMatchObject({ headed: false, mapping: { address: 1, protocol: 2, name: 0 } });
  });

  it('merges an address inside an existing network, adding its protocol, and skips duplicates', () => {
    const sheet = csv(
      'Name,Address,Protocol\nA,198.51.100.7,Raw\nB,198.51.100.8,LPR\nC,10.1.1.1,Raw\nD,10.1.1.1,Raw\nE,10.1.1.1,LPR\n',
    );
    const preview = previewImport(plan, sheet, { target: printers });
    expect(preview.accounting.outcomes.map((o) => o.outcome)).toEqual([
      'merged',
      'merged',
      'imported',
      'duplicate',
      'merged',
    ]);
    const next = applyImport(plan, printers, preview.accounting, [], {});
    expect(next.printerNetworks[0]).toEqual({
      name: 'Floor printers',
      addresses: ['198.51.100.0/24'],
      protocols: ['socket', 'lpr'],
    });
    expect(next.printerNetworks[1]).toEqual({
      name: 'C',
      addresses: ['10.1.1.1'],
      protocols: ['socket', 'lpr'],
    });
  });

  it('refuses what is no address, no protocol, no configured port, or a site the plan lacks, with the row number', () => {
    const sheet = csv(
      [
        'Name,Address,Port,Protocol,Site',
        'ok,10.2.0.1,,,',
        'under_score,drucker_1,,,',
        'empty,,,,',
        'bits,10.2.0.1/16,,,',
        'proto,10.2.0.2,,AppleTalk,',
        'port,10.2.0.3,9101,,',
        'differs,10.2.0.4,9101,Raw,',
        'site,10.2.0.5,,,Hamburg',
        'island,10.2.0.6,,,leipzig',
        `${'x'.repeat(81)},10.2.0.7,,,`,
      ].join('\n'),
    );
    const preview = previewImport(plan, sheet, { target: printers });
    expect(byRow(preview.accounting.outcomes)).toEqual({
      2: 'imported',
      3: '“drucker_1” is not an IP address, and not a host name (RFC 1123: letters, digits and hyphens between dots)',
      4: 'no address: enter the printer’s IP address or host name',
      5: '“10.2.0.1/16” has host bits set: the network is 10.2.0.0/16',
      6: 'protocol “AppleTalk” is unknown: write Raw (or 1), LPR (or 2), IPP or IPPS',
      7: 'port “9101” is none of the plan’s printer ports (Raw 9100, LPR 515, IPP 631, IPPS 443)',
      8: 'port 9101 differs from the plan’s socket port 9100: change the printer port in the plan’s parameters, or the row',
      9: 'the plan has no island site “Hamburg”: add the site first, or correct the row',
      10: 'imported',
      11: 'the name is longer than 80 characters: shorten it',
    });
    // The island row went to Leipzig's printer networks.
    expect(preview.accounting.outcomes[8]).toMatchObject({ site: 0, address: '10.2.0.6' });
    const next = applyImport(plan, printers, preview.accounting, [], {});
    expect(next.islandSites[0]!.printerNetworks.at(-1)).toEqual({
      name: 'island',
      addresses: ['10.2.0.6'],
      protocols: ['socket'],
    });
  });

  it('stores a formula-like name as a name, and refuses control characters with the row and column', () => {
    const sheet = csv(
      'Name,Address\n=1+1,10.3.0.1\n@SUM(1),10.3.0.2\n"line\nbreak",10.3.0.3\n"bell\u0007",10.3.0.4\nok,"10.3.0.5\u202e"\n',
    );
    const preview = previewImport(plan, sheet, { target: printers });
    expect(byRow(preview.accounting.outcomes)).toEqual({
      2: 'imported',
      3: 'imported',
      4: 'the Name cell holds a control character (U+000A): remove the line break or control character from it',
      6: 'the Name cell holds a control character (U+0007): remove the line break or control character from it',
      7: 'the Address or network cell holds a control character (U+202E): remove the line break or control character from it',
    });
    const next = applyImport(plan, printers, preview.accounting, [], {});
    expect(next.printerNetworks.map((n) => n.name)).toContain('=1+1');
    valid(next);
  });

  it('names printers that share a name apart, and keeps the plan valid', () => {
    const sheet = csv('Name,Address\nFloor printers,10.4.0.1\nX,10.4.0.2\nx,10.4.0.3\n');
    const preview = previewImport(plan, sheet, { target: printers });
    const next = applyImport(plan, printers, preview.accounting, [], {});
    expect(next.printerNetworks.map((n) => n.name)).toEqual([
      'Floor printers',
      'Floor printers (2)',
      'X',
      'x (2)',
    ]);
    valid(next);
  });

  it('imports into one island site, and client groups by their name', () => {
    const island = previewImport(plan, fixture('ip-list.txt'), {
      target: { into: 'island', site: 'Dresden' },
    });
    expect(island.accounting.outcomes.every((o) => o.outcome === 'imported' && o.site === 1)).toBe(
      true,
    );
    const clients: ImportTarget = { into: 'clients' };
    const sheet = csv(
      'Group,Address,Protocol\nOffice PCs,10.5.0.1,\nOffice PCs,192.0.2.130,\nIPP users,10.5.1.0/24,IPP\n,10.5.2.1,\n',
    );
    const preview = previewImport(plan, sheet, {
      target: clients,
      clientKind: 'admin-workstations',
      defaultGroup: 'Imported clients',
    });
    expect(preview.accounting.counts).toEqual({ imported: 3, merged: 1, duplicate: 0, refused: 0 });
    const next = applyImport(plan, clients, preview.accounting, [], {});
    expect(next.clientGroups).toEqual([
      { name: 'Office PCs', kind: 'lpr-clients', addresses: ['192.0.2.128/25', '10.5.0.1'] },
      { name: 'Admins', kind: 'admin-workstations', addresses: ['192.0.2.30'] },
      { name: 'IPP users', kind: 'ipp-clients', addresses: ['10.5.1.0/24'] },
      { name: 'Imported clients', kind: 'admin-workstations', addresses: ['10.5.2.1'] },
    ]);
    valid(next);
  });

  it('remembers the columns by heading, and uses them for the next file of the plan', () => {
    const sheet = fixture('win32-tcpipprinterport.csv');
    const first = previewImport(plan, sheet, {
      target: printers,
      mapping: { address: 1, name: 5 },
    });
    const remembered = headingsOfMapping(first.mapping, first.headings);
    expect(remembered).toEqual({ address: 'HostAddress', name: 'SNMPEnabled' });
    const next = applyImport(plan, printers, first.accounting, [], remembered);
    expect(next.importMappings).toEqual({ printers: remembered });
    const again = previewImport(next, sheet, { target: { into: 'island', site: 'Leipzig' } });
    expect(again).toMatchObject({ mappingFrom: 'remembered', mapping: { address: 1, name: 5 } });
    const other = previewImport(next, fixture('ip-list.txt'), { target: printers });
    expect(other.mappingFrom).toBe('guessed');
  });
});

describe('summarising single addresses into networks', () => {
  const plan = examplePlan('cluster-3-islands');
  const addresses = (from: number, count: number, third = 0) =>
    Array.from({ length: count }, (_, i) => `P${third}-${i},10.40.${third}.${from + i}`);

  it('offers the smallest network of each block, never wider than accepted, with the extra addresses it opens', () => {
    const sheet = csv(
      [
        'Name,Address',
        ...addresses(10, 50, 0),
        ...addresses(1, 200, 1),
        ...addresses(5, 2, 3),
        'lone,10.41.0.1',
      ].join('\n'),
    );
    const at24 = previewImport(plan, sheet, { target: printers, widest: 24 });
    expect(at24.summaries.map((s) => [s.network, s.rows.length, s.extra])).toEqual([
      ['10.40.0.0/26', 50, 14],
      ['10.40.1.0/24', 200, 56],
      ['10.40.3.4/30', 2, 2],
    ]);
    const at22 = previewImport(plan, sheet, { target: printers, widest: 22 });
    expect(at22.summaries.map((s) => [s.network, s.rows.length, s.extra])).toEqual([
      ['10.40.0.0/22', 252, 1024 - 252],
    ]);
    const next = applyImport(plan, printers, at22.accounting, at22.summaries, {});
    expect(next.printerNetworks.slice(1)).toEqual([
      { name: '10.40.0.0/22', addresses: ['10.40.0.0/22'], protocols: ['socket'] },
      { name: 'lone', addresses: ['10.41.0.1'], protocols: ['socket'] },
    ]);
    valid(next);
  });

  it('summarises printers of different protocols apart, and only what the technician accepts', () => {
    const sheet = csv(
      'Name,Address,Protocol\na,10.6.0.1,Raw\nb,10.6.0.2,Raw\nc,10.6.0.3,LPR\nd,10.6.0.4,LPR\n',
    );
    const preview = previewImport(plan, sheet, { target: printers, widest: 24 });
    expect(preview.summaries.map((s) => [s.network, s.protocols])).toEqual([
      ['10.6.0.0/30', ['socket']],
      ['10.6.0.0/29', ['lpr']],
    ]);
    const next = applyImport(plan, printers, preview.accounting, [preview.summaries[1]!], {});
    expect(next.printerNetworks.slice(1).map((n) => n.addresses[0])).toEqual([
      '10.6.0.1',
      '10.6.0.2',
      '10.6.0.0/29',
    ]);
  });

  it('a 10,000-row file: over the plan’s limit as single printers, within it once summarised', () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `"Drucker ${i}";"10.${100 + Math.floor(i / 4096)}.${Math.floor(i / 256) % 16}.${i % 256}";"9100";"1"`,
    );
    const sheet = csv(
      ['"Name";"PrinterHostAddress";"PortNumber";"Protocol"', ...rows].join('\r\n'),
    );
    expect(sheet.rows).toHaveLength(10_001);
    const single = previewImport(plan, sheet, { target: printers });
    expect(single.accounting.counts.imported).toBe(10_000);
    const flat = applyImport(plan, printers, single.accounting, [], {});
    expect(overLimits(flat)).toEqual([{ path: 'printerNetworks', count: 10_001, maximum: 2000 }]);
    const summarised = previewImport(plan, sheet, { target: printers, widest: 20 });
    const next = applyImport(plan, printers, summarised.accounting, summarised.summaries, {});
    expect(overLimits(next)).toEqual([]);
    expect(next.printerNetworks.slice(1).map((n) => n.addresses[0])).toEqual([
      '10.100.0.0/20',
      '10.101.0.0/20',
      '10.102.0.0/21',
    ]);
    valid(next);
  });
});

it('finds the address column of a list without headings even where typos are many', () => {
  const plan = examplePlan('cluster-3-islands');
  const preview = previewImport(plan, csv('10.70.0.1\n10.70.0.2\n10.70.0.300\nfoo_bar\n'), {
    target: printers,
  });
  expect(preview.mapping).toEqual({ address: 0 });
  expect(preview.accounting.counts).toMatchObject({ imported: 2, refused: 2 });
});
