import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checklistTable } from '../../../../electron/services/documents/checklist/checklist';
import { checklistXlsx } from '../../../../electron/services/documents/xlsx';
import { columnHeadings } from '../../../../shared/i18n';
import { levelTable } from '../../../../shared/matrix';
import { FORMULA_PAYLOADS, payloadClientGroups } from './payloads';
import { exampleChecklist } from './support';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('XLSX export', () => {
  it('holds both levels, read back with exceljs equal to the matrix, with probe columns', async () => {
    const checklist = exampleChecklist('cluster-5-every-feature');
    const workbook = await readBack(await checklistXlsx(checklist, 'hosts'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Host rules',
      'Firewall rules',
      'Zone to zone',
      'Open questions for the vendor',
      'About',
    ]);
    for (const [name, level] of [
      ['Host rules', 'hosts'],
      ['Firewall rules', 'firewall'],
    ] as const) {
      const rows = values(workbook.getWorksheet(name)!);
      const table = checklistTable(checklist, level);
      expect(rows[0]).toEqual(columnHeadings('en', table.columns));
      // exceljs leaves trailing empty cells out of a row: compare with them trimmed the same way.
      const trim = (r: unknown[]) => {
        const copy = [...r];
        while (copy.length > 0 && (copy.at(-1) === '' || copy.at(-1) === undefined)) copy.pop();
        return copy;
      };
      expect(rows.slice(1).map(trim)).toEqual(table.rows.map(trim));
      expect(table.rows.map((r) => r.slice(0, -4))).toEqual(
        levelTable(checklist.matrix, level).rows,
      );
    }
  });

  it('puts the chosen level first, in the chosen language', async () => {
    const checklist = exampleChecklist('single-every-feature', { locale: 'de' });
    const workbook = await readBack(await checklistXlsx(checklist, 'firewall'));
    expect(workbook.worksheets[0]!.name).toBe('Firewall-Regeln');
    expect(values(workbook.worksheets[0]!)[0]!.slice(0, 3)).toEqual(['ID', 'Quellzone', 'Quelle']);
    const about = values(workbook.getWorksheet('Info')!).map((r) => r.join(' | '));
    expect(about).toContain('Kunde | Müller Logistik GmbH');
    expect(about).toContain('Standort | Łódź');
    expect(about.find((r) => r.startsWith('Datum'))).toMatch(/^Datum \| 24\. November 2026/);
  });

  it('asks each open question once, on its own sheet, in the chosen language', async () => {
    const checklist = exampleChecklist('cluster-3-islands', { locale: 'de' });
    const workbook = await readBack(await checklistXlsx(checklist, 'firewall'));
    const rows = values(workbook.getWorksheet('Offene Fragen an den Hersteller')!);
    expect(rows[0]).toEqual([
      'Nr.',
      'Annahme',
      'Ports',
      'Warum abgeleitet',
      'Host-Regeln',
      'Firewall-Regeln',
      'Quellen',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['1', '2119/tcp', '6', 'FW-011'],
      ['2', '9200/tcp', '3', 'FW-008'],
      ['3', '27017/tcp', '6', 'FW-007'],
      ['4', '32769/tcp', '3', 'FW-009'],
      ['5', '515,9100/tcp', '2', 'FW-012, FW-013'],
    ]);
    expect(rows[1]![1]).toBe('Remote Printing: Insel-Checkouts holen Aufträge vom Festland');
    expect(String(rows[1]![6])).toContain('Modellierung dieses Planers');
    expect(rows.flat().join(' ')).not.toContain('this planner’s modeling');
  });

  it('freezes the header, filters every column and keeps ports as text', async () => {
    const checklist = exampleChecklist('cluster-5-every-feature');
    const workbook = await readBack(await checklistXlsx(checklist, 'firewall'));
    const sheet = workbook.getWorksheet('Firewall rules')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const columns = checklistTable(checklist, 'firewall').columns.length;
    const lastColumn = sheet.getColumn(columns).letter;
    expect(sheet.autoFilter).toBe(`A1:${lastColumn}${checklist.rules.firewall.length + 1}`);
    const port = checklistTable(checklist, 'firewall').columns.indexOf('port') + 1;
    const cells = checklist.rules.firewall.map((_, i) => sheet.getRow(i + 2).getCell(port));
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
    expect(cells.map((c) => c.value)).toContain('8081-8082');
    expect(cells.map((c) => c.value)).toContain('443');
    for (let c = 1; c <= columns; c++) {
      expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(8);
      expect(sheet.getColumn(c).width).toBeLessThanOrEqual(60);
    }
  });

  it('stores formula payloads as strings, never as formulas', async () => {
    const checklist = exampleChecklist('single-minimal', {
      hostile: (doc) => {
        doc.project.customer = '=HYPERLINK("http://evil.example","x")';
        doc.features = ['lpr'];
        doc.clientGroups = payloadClientGroups(FORMULA_PAYLOADS);
      },
    });
    const workbook = await readBack(await checklistXlsx(checklist, 'hosts'));
    const seen: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') seen.push(cell.value);
        }),
      ),
    );
    // XML reads a stored CRLF back as LF; that is the file format, not a change of meaning.
    for (const payload of FORMULA_PAYLOADS) {
      expect(seen).toContain(payload.trim().replace(/\r\n/g, '\n'));
    }
    expect(seen).toContain('=HYPERLINK("http://evil.example","x")');
  });

  it('writes German words in a German workbook, shades inferred rows and names the change', async () => {
    const checklist = exampleChecklist('cluster-3-islands', {
      locale: 'de',
      edit: (doc) => {
        doc.change = {
          ticket: '=1+1',
          requestedDate: '2026-12-14',
          technician: { name: 'Jana Weiß', email: 'jana@example.com', phone: '+49 40 1' },
          networkContact: { name: '@SUM(1)', email: '', phone: '' },
        };
      },
    });
    const workbook = await readBack(await checklistXlsx(checklist, 'firewall'));
    const sheet = workbook.getWorksheet('Firewall-Regeln')!;
    const rows = values(sheet);
    const column = (heading: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(heading)]);
    expect(new Set(column('Quellzone'))).toContain('Inselstandorte');
    expect(column('Beleg')).toContain('abgeleitet (zu bestätigen)');
    expect(column('Prüfstatus')).toContain('ungeprüft');
    expect(rows[0]!.slice(-2)).toEqual(['Änderungsstatus', 'Befristet bis']);
    const evidence = rows[0]!.indexOf('Beleg') + 1;
    const shaded = rows
      .slice(1)
      .map((_, i) => sheet.getRow(i + 2).getCell(evidence).fill)
      .filter((f) => f?.type === 'pattern').length;
    expect(shaded).toBe(checklist.rules.firewall.filter((r) => r.evidence === 'inferred').length);
    expect(shaded).toBeGreaterThan(0);
    const zones = values(workbook.getWorksheet('Zone zu Zone')!);
    expect(zones.slice(1).map((r) => r[0])).toContain('OE-Knoten');
    const about = values(workbook.getWorksheet('Info')!).map((r) => r.join(' | '));
    expect(about).toContain('Change/Ticket | =1+1');
    expect(about).toContain('Gewünscht zum | 2026-12-14');
    expect(about).toContain('Techniker/in | Jana Weiß, jana@example.com, +49 40 1');
    expect(about).toContain('Ansprechpartner Netzwerk | @SUM(1)');
    workbook.eachSheet((s) =>
      s.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
      ),
    );
  });
});
