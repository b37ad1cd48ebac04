import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../../../electron/services/documents/checklist/checklist';
import { renderChecklistExport } from '../../../../../electron/services/documents/checklist/checklist-export';
import { CHANGE_COLUMNS, TECHNICAL_COLUMNS } from '../../../../../shared/change';
import type { Plan } from '../../../../../shared/plan';
import { examplePlan, hostilePlan } from '../../../../support/examples';
import { GENERATED_AT } from '../support';

// The change request sheet as the network team receives it: its sheets, columns and values, in
// both languages, with the plan's names hostile.

const render = (
  plan: Plan,
  format: 'change-request-xlsx' | 'change-request-csv',
  locale: 'en' | 'de',
  level: 'firewall' | 'hosts' = 'firewall',
) =>
  renderChecklistExport(
    buildChecklist({ plan, locale, generatedAt: GENERATED_AT, revision: '12', planId: 'p-1' }),
    { format, locale, level },
  );

async function workbook(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const cellText = (v: ExcelJS.CellValue) =>
  v && typeof v === 'object' && 'richText' in v
    ? v.richText.map((r) => r.text).join('')
    : String(v ?? '');

const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push(CHANGE_COLUMNS.map((_, i) => cellText(row.getCell(i + 1).value))));
  return rows;
};

describe('the change request sheet', () => {
  const plan = examplePlan('cluster-5-every-feature', (d) => {
    d.change = { ticket: 'CHG0042', technician: { name: 'Jana Weiß', email: 'jana@example.com' } };
    d.temporary = d.features
      .filter((f: string) => f !== 'lpr')
      .map((feature: string) => ({ feature, reason: 'installation', until: '2027-01-31' }));
  });

  it('puts IPv4 and IPv6 rules on sheets of their own, hides the technical columns and says which plan it is of', async () => {
    const result = await render(plan, 'change-request-xlsx', 'de');
    expect(result.files[0]!.fileName).toMatch(/-firewall-change-request-de\.xlsx$/);
    const wb = await workbook(result.files[0]!.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['IPv4-Regeln', 'IPv6-Regeln', 'Über']);
    const [v4, v6, about] = wb.worksheets as [
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
    ];
    const [header, ...rows4] = rowsOf(v4);
    const rows6 = rowsOf(v6).slice(1);
    expect(header).toContain('Zweck und geschäftliche Begründung');
    expect(rows4.length + rows6.length).toBe(
      result.preview.kind === 'table' ? result.preview.rowCount : -1,
    );
    expect(rows6.length).toBeGreaterThan(0);
    const at = (c: (typeof CHANGE_COLUMNS)[number]) => CHANGE_COLUMNS.indexOf(c);
    for (const r of rows6) {
      for (const a of `${r[at('source')]}, ${r[at('destination')]}`.split(', '))
        expect(a).toContain(':');
    }
    for (const r of rows4) {
      expect(`${r[at('source')]}, ${r[at('destination')]}`).not.toMatch(/[0-9a-f]*:[0-9a-f:]*/);
    }
    // A rule of both versions has a row on each sheet, under the same rule id and key.
    const both = rows6.filter((r) => rows4.some((v4) => v4[at('ruleKey')] === r[at('ruleKey')]));
    expect(both.length).toBeGreaterThan(0);
    for (const r of rows4) {
      expect(r[at('ipVersion')]).toBe('IPv4');
      expect(r[at('action')]).toBe('erlauben');
      expect(r[at('status')]).toBe('beantragt');
      expect(r[at('ticket')]).toBe('CHG0042');
      expect(r[at('requester')]).toBe('Jana Weiß (jana@example.com)');
      expect(r[at('service')]).toMatch(/^(tcp|udp)\/\d+(-\d+)?(, (tcp|udp)\/\d+(-\d+)?)*$/);
      expect(r[at('ruleKey')]).toMatch(/^fw:/);
      expect([r[at('planId')], r[at('revision')]]).toEqual(['p-1', '12']);
    }
    expect(rows4.some((r) => r[at('temporaryUntil')] === '2027-01-31')).toBe(true);
    expect(rows4.some((r) => r[at('requiredBy')] === 'die Installation')).toBe(true);
    // A rule LPR needs is not temporary: LPR stays.
    for (const r of rows4.filter((r) => r[at('requiredBy')]!.includes('LPR'))) {
      expect(r[at('temporaryUntil')]).toBe('');
    }
    for (const c of TECHNICAL_COLUMNS) expect(v4.getColumn(at(c) + 1).hidden, c).toBe(true);
    expect(v4.getColumn(at('status') + 1).hidden).toBe(false);
    // The statuses offered to pick from, in the reader's language; other words stay allowed.
    const validation = v4.getCell(2, at('status') + 1).dataValidation;
    expect(validation).toMatchObject({
      type: 'list',
      formulae: ['"beantragt,genehmigt,abgelehnt,geöffnet,verifiziert"'],
    });
    expect(validation.showErrorMessage).toBeFalsy();
    const facts = new Map<string, string>();
    about.eachRow((row) =>
      facts.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)),
    );
    expect(facts.get('Plan-ID')).toBe('p-1');
    expect(facts.get('Planrevision')).toBe('12');
    expect(facts.get('Regeln aufgeführt als')).toBe('Firewall-Regeln');
  });

  it('writes one CSV with an IP version column, every cell inert, in the reader’s delimiter', async () => {
    const hostile = hostilePlan('cluster-5-every-feature', (p) => {
      p.nodes[0].name = '=HYPERLINK("http://x","y")';
      p.change.ticket = '@SUM(1)';
      p.change.technician.name = '+1+1';
    });
    const result = await render(hostile, 'change-request-csv', 'de', 'hosts');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.files[0]!.bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(text.slice(1), { delimiter: ';' });
    const [header, ...body] = rows;
    expect(header).toEqual(
      CHANGE_COLUMNS.map((c) => expect.any(String) && header![CHANGE_COLUMNS.indexOf(c)]),
    );
    expect(new Set(body.map((r) => r[CHANGE_COLUMNS.indexOf('ipVersion')]))).toEqual(
      new Set(['IPv4', 'IPv6']),
    );
    for (const row of body) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@]/);
    expect(body.some((r) => r.includes("'@SUM(1)"))).toBe(true);
    expect(body.some((r) => r.includes("'+1+1"))).toBe(true);
  });

  it('pre-fills the rule’s current status, who set it, when and why', async () => {
    const first = examplePlan('cluster-3-islands');
    const { computeMatrix } = await import('../../../../../shared/matrix');
    const rule = computeMatrix(first).firewallRules[0]!;
    const answered = examplePlan('cluster-3-islands', (d) => {
      d.statuses = {
        [`fw:${rule.key}`]: {
          status: 'rejected',
          by: 'N. Etz',
          at: '2026-12-01T09:00:00Z',
          reason: 'via proxy',
        },
      };
    });
    const result = await render(answered, 'change-request-csv', 'en');
    const rows: string[][] = parse(new TextDecoder().decode(result.files[0]!.bytes).slice(1));
    const row = rows.find((r) => r[0] === rule.id)!;
    const at = (c: (typeof CHANGE_COLUMNS)[number]) => row[CHANGE_COLUMNS.indexOf(c)];
    expect([at('status'), at('approver'), at('date'), at('comment')]).toEqual([
      'rejected',
      'N. Etz',
      '2026-12-01',
      'via proxy',
    ]);
  });
});
