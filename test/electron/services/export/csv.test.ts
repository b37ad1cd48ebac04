import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checklistTable } from '../../../../electron/services/export/checklist';
import { renderExport } from '../../../../electron/services/export/service';
import { columnHeadings } from '../../../../shared/i18n';
import { levelTable } from '../../../../shared/matrix';
import { examplePlan, hostilePlan } from '../../../support/examples';
import { FORMULA_PAYLOADS } from './payloads';
import { exampleChecklist } from './support';

const FORMULA_START = /^[=+\-@\t\r]/;

async function csvOf(
  plan: Parameters<typeof renderExport>[0]['plan'],
  options: { level?: 'hosts' | 'firewall'; locale?: 'en' | 'de'; delimiter?: ',' | ';' } = {},
) {
  const result = await renderExport({ plan, format: 'csv', ...options });
  return result.files[0]!.bytes;
}

const parseCsv = (bytes: Uint8Array, delimiter: string): string[][] =>
  parse(Buffer.from(bytes), { bom: true, delimiter, relax_column_count: false });

/** A plan whose client group names are formula payloads: they reach the source name cells. */
const injectedPlan = () =>
  hostilePlan('single-minimal', (doc) => {
    doc.project.name = '=HYPERLINK("http://evil.example","plan")';
    doc.project.customer = '@SUM(1+1)';
    doc.features = ['lpr'];
    doc.clientGroups = FORMULA_PAYLOADS.map((name, i) => ({
      name,
      kind: 'lpr-clients',
      addresses: [`10.${i}.0.0/24`],
    }));
  });

describe('CSV export', () => {
  for (const level of ['hosts', 'firewall'] as const) {
    it(`parses back to the ${level} level of the matrix, with probe columns`, async () => {
      const checklist = exampleChecklist('cluster-5-every-feature');
      const rows = parseCsv(await csvOf(checklist.plan, { level }), ',');
      const table = checklistTable(checklist, level);
      expect(rows[0]).toEqual(columnHeadings('en', table.columns));
      expect(rows.slice(1).map((r) => r.slice(0, -2))).toEqual(
        levelTable(checklist.matrix, level).rows,
      );
      expect(rows.slice(1).map((r) => r.at(-2))).toEqual(table.rows.map(() => 'untested'));
    });
  }

  it('has the columns a change request expects, evidence and source URL included', async () => {
    const plan = examplePlan('single-every-feature');
    const [headings] = parseCsv(await csvOf(plan, { level: 'firewall' }), ',');
    expect(headings).toEqual([
      'ID',
      'Source zone',
      'Source',
      'Destination zone',
      'Destination',
      'Port',
      'Protocol',
      'Service',
      'Purpose',
      'Required by',
      'Evidence',
      'Source URL',
      'Probe status',
      'Probed at',
    ]);
  });

  it('starts with a UTF-8 byte order mark and ends records with CRLF (RFC 4180)', async () => {
    const bytes = await csvOf(examplePlan('single-every-feature'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).toContain('Kraków printers');
  });

  it('writes the semicolon profile for German Excel with German headings and the same rows', async () => {
    const plan = examplePlan('single-every-feature');
    const comma = parseCsv(await csvOf(plan), ',');
    const semicolon = parseCsv(await csvOf(plan, { locale: 'de' }), ';');
    expect(semicolon[0]!.slice(0, 3)).toEqual(['ID', 'Quellzone', 'Quellname']);
    expect(semicolon.slice(1)).toEqual(comma.slice(1));
    const explicit = parseCsv(await csvOf(plan, { locale: 'de', delimiter: ',' }), ',');
    expect(explicit.slice(1)).toEqual(comma.slice(1));
  });

  it('keeps port lists and ranges as the text the matrix has', async () => {
    const plan = examplePlan('cluster-5-every-feature');
    const rows = parseCsv(await csvOf(plan, { level: 'firewall' }), ',');
    const ports = rows.slice(1).map((r) => r[5]);
    expect(ports).toContain('8081-8082');
    expect(ports).toContain('53,8301-8302');
    const text = Buffer.from(await csvOf(plan, { level: 'firewall' })).toString('utf8');
    expect(text).toContain('"53,8301-8302"');
  });

  it('neutralises 50 formula payloads in group names: they come back as inert text', async () => {
    const plan = injectedPlan();
    for (const delimiter of [',', ';'] as const) {
      const rows = parseCsv(await csvOf(plan, { delimiter }), delimiter);
      const sourceNames = rows.slice(1).map((r) => r[2]!);
      for (const payload of FORMULA_PAYLOADS) {
        // An apostrophe before the formula start, and again after each line break inside it.
        const inert = `'${payload.trim()}`.replace(/([\r\n])([=+\-@\t\r])/g, "$1'$2");
        expect(sourceNames).toContain(inert);
      }
      for (const cell of rows.flat()) expect(cell).not.toMatch(FORMULA_START);
    }
  });

  it('quotes a bare line break, either delimiter and a quote, and neutralises a formula after each line break', async () => {
    const payloads = ['x\n=1+1', 'x\r=1+1', '=1+1\n=2+2', 'a\n+1+1', 'a\n@SUM(1;1)', 'a,b', 'a;b'];
    const plan = hostilePlan('single-minimal', (doc) => {
      doc.features = ['lpr'];
      doc.clientGroups = payloads.map((name, i) => ({
        name,
        kind: 'lpr-clients',
        addresses: [`10.${i}.0.0/24`],
      }));
    });
    for (const delimiter of [',', ';'] as const) {
      const rows = parseCsv(await csvOf(plan, { delimiter }), delimiter);
      const columns = rows[0]!.length;
      for (const row of rows) expect(row).toHaveLength(columns);
      const sourceNames = rows.slice(1).map((r) => r[2]!);
      expect(sourceNames).toEqual(
        expect.arrayContaining([
          "x\n'=1+1",
          "x\r'=1+1",
          "'=1+1\n'=2+2",
          "a\n'+1+1",
          "a\n'@SUM(1;1)",
          'a,b',
          'a;b',
        ]),
      );
      for (const cell of rows.flat()) expect(cell).not.toMatch(/(^|[\r\n])[=+\-@\t]/);
    }
  });
});
