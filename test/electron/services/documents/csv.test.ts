import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checklistTable } from '../../../../electron/services/documents/checklist/checklist';
import { neutralizeCell, tableToCsv } from '../../../../electron/services/documents/csv';
import { renderExport } from '../../../../electron/services/documents/checklist/checklist-export';
import { columnHeadings, type Locale } from '../../../../shared/i18n';
import { levelTable } from '../../../../shared/matrix';
import { examplePlan, hostilePlan } from '../../../support/examples';
import { FORMULA_PAYLOADS, LINE_BREAK_PAYLOADS, payloadClientGroups } from './payloads';
import { exampleChecklist } from './support';

const FORMULA_START = /^[=+\-@\t\r]/;

async function csvOf(
  plan: Parameters<typeof renderExport>[0]['plan'],
  options: { level?: 'hosts' | 'firewall'; locale?: Locale; delimiter?: ',' | ';' } = {},
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
    doc.clientGroups = payloadClientGroups(FORMULA_PAYLOADS);
  });

describe('CSV export', () => {
  for (const level of ['hosts', 'firewall'] as const) {
    it(`parses back to the ${level} level of the matrix, with probe and change columns`, async () => {
      const checklist = exampleChecklist('cluster-5-every-feature');
      const rows = parseCsv(await csvOf(checklist.plan, { level }), ',');
      const table = checklistTable(checklist, level);
      expect(rows[0]).toEqual(columnHeadings('en', table.columns));
      // Port lists keep a space after each comma in CSV (a spreadsheet reads "80,443" as a number).
      const asSpreadsheetText = (cell: string) =>
        /^\d+(?:,\d+)+$/.test(cell) ? cell.replaceAll(',', ', ') : cell;
      expect(rows.slice(1).map((r) => r.slice(0, -4))).toEqual(
        levelTable(checklist.matrix, level).rows.map((r) => r.map(asSpreadsheetText)),
      );
      // Probe status, probed at, change status, temporary until: untested, not asked, lasting.
      expect(rows.slice(1).map((r) => r.slice(-4))).toEqual(
        table.rows.map(() => ['untested', '', '', '']),
      );
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
      'Change status',
      'Temporary until',
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
    expect(semicolon).toHaveLength(comma.length);
    // The same rules: identifiers, names, addresses, ports and protocols as they are.
    const same = [
      'ID',
      'Source name',
      'Source',
      'Destination name',
      'Destination',
      'Port',
      'Protocol',
    ].map((h) => comma[0]!.indexOf(h));
    const pick = (rows: string[][]) => rows.slice(1).map((r) => same.map((i) => r[i]));
    expect(pick(semicolon)).toEqual(pick(comma));
    const explicit = parseCsv(await csvOf(plan, { locale: 'de', delimiter: ',' }), ',');
    expect(explicit.slice(1)).toEqual(semicolon.slice(1));
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
    const plan = hostilePlan('single-minimal', (doc) => {
      doc.features = ['lpr'];
      doc.clientGroups = payloadClientGroups(LINE_BREAK_PAYLOADS.map(([name]) => name));
    });
    for (const level of ['hosts', 'firewall'] as const) {
      for (const delimiter of [',', ';'] as const) {
        const bytes = await csvOf(plan, { level, delimiter });
        const rows = parseCsv(bytes, delimiter);
        const columns = rows[0]!.length;
        for (const row of rows) expect(row).toHaveLength(columns);
        for (const cell of rows.flat()) expect(cell).not.toMatch(LINE_FORMULA);
        expect(physicalLines(Buffer.from(bytes).toString('utf8'))).not.toContainEqual(
          expect.stringMatching(/^[=+\-@\t]/),
        );
        // Host rules name the groups; firewall rules give their addresses only.
        if (level === 'hosts') {
          const sourceNames = rows.slice(1).map((r) => r[2]!);
          expect(sourceNames).toEqual(
            expect.arrayContaining(LINE_BREAK_PAYLOADS.map(([, inert]) => inert)),
          );
        }
      }
    }
  });
});

/** A formula start at the beginning of a cell or of a line in it. */
const LINE_FORMULA = /(^|[\r\n])[=+\-@\t]/;

/** The file as a reader sees it that splits at every CR and LF, quotes or not. */
const physicalLines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

describe('tableToCsv', () => {
  const table = (cells: readonly string[]) => ({
    columns: cells.map((_, i) => `c${i}`),
    rows: [[...cells]],
  });

  for (const delimiter of [',', ';'] as const) {
    it(`writes each line-break payload as one quoted, inert field with "${delimiter}"`, () => {
      for (const [payload, inert] of LINE_BREAK_PAYLOADS) {
        const text = tableToCsv(table(['before', payload, 'after']), ['a', 'b', 'c'], {
          delimiter,
          bom: false,
        });
        const quoted = /[\r\n,;"]/.test(payload);
        const field = quoted ? `"${inert.replace(/"/g, '""')}"` : inert;
        expect(text).toBe(
          `a${delimiter}b${delimiter}c\r\nbefore${delimiter}${field}${delimiter}after\r\n`,
        );
        const rows = parse(text, { delimiter, relax_column_count: false }) as string[][];
        expect(rows).toEqual([
          ['a', 'b', 'c'],
          ['before', inert, 'after'],
        ]);
        for (const line of physicalLines(text)) expect(line).not.toMatch(/^[=+\-@\t]/);
      }
    });

    it(`quotes a comma and a semicolon whatever the delimiter ("${delimiter}")`, () => {
      const text = tableToCsv(table(['a,b', 'a;b', 'plain']), ['x', 'y', 'z'], {
        delimiter,
        bom: false,
      });
      expect(text).toBe(
        `x${delimiter}y${delimiter}z\r\n"a,b"${delimiter}"a;b"${delimiter}plain\r\n`,
      );
      // Read with the other delimiter, the row still has its three fields.
      const other = delimiter === ',' ? ';' : ',';
      expect(parse(text.replaceAll(delimiter, other), { delimiter: other })).toHaveLength(2);
    });
  }
});

describe('neutralizeCell', () => {
  it('keeps the first-character rule and adds one apostrophe after each line break before a formula', () => {
    expect(neutralizeCell('=1+1')).toBe("'=1+1");
    expect(neutralizeCell('-5')).toBe("'-5");
    expect(neutralizeCell('\t=1')).toBe("'\t=1");
    expect(neutralizeCell('\r=1')).toBe("'\r'=1");
    expect(neutralizeCell('plain')).toBe('plain');
    expect(neutralizeCell('a-b\nc=d')).toBe('a-b\nc=d');
    for (const [payload, inert] of LINE_BREAK_PAYLOADS) expect(neutralizeCell(payload)).toBe(inert);
  });

  it('keeps a list of ports a list: a spreadsheet would read "80,443" as one number', () => {
    expect(neutralizeCell('80,443')).toBe('80, 443');
    expect(neutralizeCell('443,631,8080')).toBe('443, 631, 8080');
    expect(neutralizeCell('2119')).toBe('2119');
    expect(neutralizeCell('53,8301-8302')).toBe('53,8301-8302');
    expect(neutralizeCell('192.0.2.11, 192.0.2.12')).toBe('192.0.2.11, 192.0.2.12');
  });
});
