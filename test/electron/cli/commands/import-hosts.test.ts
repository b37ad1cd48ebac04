import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { examplePath } from '../../../support/examples';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/hosts-import');
const tmp = () => mkdtempSync(join(tmpdir(), 'oe-import-'));
const planCopy = () => {
  const path = join(tmp(), 'plan.json');
  copyFileSync(examplePath('cluster-3-islands'), path);
  return path;
};
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('oe-ports import-hosts', () => {
  it('refuses a file with a refused row: the row report printed, exit 2, nothing written', async () => {
    const plan = planCopy();
    const before = readFileSync(plan, 'utf8');
    const out = join(tmp(), 'out.json');
    const run = await cli([
      'import-hosts',
      plan,
      join(FIXTURES, 'get-printerport-de.csv'),
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      'row 6: refused: “drucker_kaputt” is not an IP address, and not a host name (RFC 1123',
    );
    expect(run.stdout).toContain(
      'get-printerport-de.csv: 4 to import, 0 inside existing networks, 0 duplicates skipped, 1 refused',
    );
    expect(run.stderr).toContain('--skip-refused: 1 row refused: nothing written.');
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(plan, 'utf8')).toBe(before);
  });

  it('with --skip-refused writes the plan with the other rows and remembers the columns', async () => {
    const plan = planCopy();
    const run = await cli([
      'import-hosts',
      plan,
      join(FIXTURES, 'get-printerport-de.csv'),
      '--skip-refused',
      '--out',
      plan,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${plan}`);
    const doc = read(plan);
    expect(doc.printerNetworks.map((n: { name: string }) => n.name)).toEqual([
      'Floor printers',
      'Drucker Büro',
      'Drucker Empfang',
      'Lager Süd',
      'Plotter Maß',
    ]);
    expect(doc.importMappings.printers).toMatchObject({
      name: 'Name',
      address: 'PrinterHostAddress',
      port: 'PortNumber',
      protocol: 'Protocol',
    });
    expect((await cli(['validate', plan])).code).toBe(0);
  });

  it('speaks German, takes a mapping by heading or column number, and summarises', async () => {
    const plan = planCopy();
    const list = join(tmp(), 'liste.csv');
    writeFileSync(
      list,
      Array.from({ length: 212 }, (_, i) => `Drucker ${i};10.40.${i >> 8}.${i & 255}`).join('\n'),
    );
    const run = await cli(
      [
        'import-hosts',
        plan,
        list,
        '--mapping',
        'name=#1,address=#2',
        '--summarise',
        '22',
        '--out',
        plan,
      ],
      { env: { LANG: 'de_DE.UTF-8' } },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '212 Adressen in 10.40.0.0/24 (44 weitere Adressen eingeschlossen)',
    );
    expect(run.stdout).toContain('212 zu importieren');
    expect(read(plan).printerNetworks.at(-1)).toEqual({
      name: '10.40.0.0/24',
      addresses: ['10.40.0.0/24'],
      protocols: ['socket'],
    });
  });

  it('imports client groups and island printers', async () => {
    const plan = planCopy();
    const ips = join(FIXTURES, 'ip-list.txt');
    expect(
      (await cli(['import-hosts', plan, ips, '--into', 'island:Leipzig', '--out', plan])).code,
    ).toBe(0);
    expect(read(plan).islandSites[0].printerNetworks).toHaveLength(5);
    const run = await cli([
      'import-hosts',
      plan,
      ips,
      '--into',
      'clients',
      '--kind',
      'ipp-clients',
      '--out',
      plan,
    ]);
    expect(run.code).toBe(0);
    expect(read(plan).clientGroups.at(-1)).toEqual({
      name: 'Imported clients',
      kind: 'ipp-clients',
      addresses: ['10.70.0.1', '10.70.0.2', '10.70.0.3', '10.70.1.0/24'],
    });
  });

  it('says what is wrong with a bad mapping, target or file, with exit 2 and no stack trace', async () => {
    const plan = planCopy();
    const file = join(FIXTURES, 'win32-tcpipprinterport.csv');
    const out = join(tmp(), 'out.json');
    const cases: [string[], string][] = [
      [['--mapping', 'adress=HostAddress'], '--mapping: “adress=HostAddress” is not field=column.'],
      [
        ['--mapping', 'address=IP'],
        '--mapping: the file has no column “IP” (its columns: Name, HostAddress,',
      ],
      [
        ['--into', 'island:Hamburg'],
        '--into: the plan has no island site “Hamburg”. Fix: name one of: Leipzig, Dresden',
      ],
      [['--into', 'nowhere'], '--into: “nowhere” is not a target.'],
      [['--summarise', '8'], '--summarise: “8” is not a prefix length from 16 to 30.'],
    ];
    for (const [args, message] of cases) {
      const run = await cli(['import-hosts', plan, file, ...args, '--out', out]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    const missing = await cli(['import-hosts', plan, join(tmp(), 'nope.csv'), '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const noAddresses = join(tmp(), 'names.csv');
    writeFileSync(noAddresses, 'Name\nDrucker\n');
    const none = await cli(['import-hosts', plan, noAddresses, '--out', out]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no column of names.csv holds addresses');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an import past the plan’s limits and suggests summarising', async () => {
    const plan = planCopy();
    const list = join(tmp(), 'many.csv');
    writeFileSync(
      list,
      Array.from({ length: 2500 }, (_, i) => `10.8.${i >> 8}.${i & 255}`).join('\n'),
    );
    const out = join(tmp(), 'out.json');
    const run = await cli(['import-hosts', plan, list, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('printerNetworks would hold 2501 entries, more than the 2000');
    expect(existsSync(out)).toBe(false);
    expect((await cli(['import-hosts', plan, list, '--summarise', '20', '--out', out])).code).toBe(
      0,
    );
  });

  it('joins a Get-Printer export with the server’s Get-PrinterPort export by port name', async () => {
    const plan = planCopy();
    const printers = join(FIXTURES, 'get-printer.csv');
    const ports = join(FIXTURES, 'get-printerport.csv');
    const run = await cli([
      'import-hosts',
      plan,
      printers,
      '--ports',
      ports,
      '--skip-refused',
      '--out',
      plan,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('row 4: refused: “PORTPROMPT:” is not an IP address');
    expect(read(plan).printerNetworks.slice(1)).toEqual([
      { name: 'Buchhaltung', addresses: ['10.60.4.10'], protocols: ['lpr'] },
      { name: 'Versand', addresses: ['drucker-versand.example.com'], protocols: ['socket'] },
    ]);
    const notPair = await cli(['import-hosts', plan, ports, '--ports', printers, '--out', plan]);
    expect(notPair.code).toBe(2);
    expect(notPair.stderr).toContain('--ports: get-printerport.csv and the ports export are no');
  });

  it('keeps a formula-like printer name as a name, and the checklist writes it inert', async () => {
    const plan = planCopy();
    const hostile = join(tmp(), 'hostile.csv');
    writeFileSync(hostile, 'Name,Address\n=1+1,10.3.0.1\n@SUM(1),10.3.0.2\n');
    expect((await cli(['import-hosts', plan, hostile, '--out', plan])).code).toBe(0);
    const names = read(plan).printerNetworks.map((n: { name: string }) => n.name);
    expect(names).toEqual(['Floor printers', '=1+1', '@SUM(1)']);
    const csv = join(tmp(), 'checklist.csv');
    const run = await cli(['export', plan, '--format', 'csv', '--level', 'hosts', '--out', csv]);
    expect(run.code).toBe(0);
    const cells = parse(readFileSync(csv, 'utf8'), { bom: true }).flat() as string[];
    expect(cells).toContain("'=1+1");
    expect(cells).toContain("'@SUM(1)");
    expect(cells).not.toContain('=1+1');
  });
});
