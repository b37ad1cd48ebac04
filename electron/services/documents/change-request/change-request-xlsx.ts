import ExcelJS from 'exceljs';
import {
  ANSWER_COLUMNS,
  contactCell,
  TECHNICAL_COLUMNS,
  type IpVersion,
  type RequestSheet,
} from '../../../../shared/change';
import type { ChecklistLevel } from '../../../../shared/export';
import { formatDateTime, translator } from '../../../../shared/i18n';
import type { Checklist } from '../checklist/checklist';
import { changeRequestSheet } from './change-request-sheet';

const HEADER_FILL = 'FF1F3A5F';
const ANSWER_FILL = 'FFFFF6D5';
const WIDTH_SAMPLE = 400;

function width(sheet: RequestSheet, rows: readonly string[][], index: number): number {
  let widest = sheet.headings[index]!.length;
  for (const row of rows.slice(0, WIDTH_SAMPLE)) widest = Math.max(widest, row[index]!.length);
  return Math.min(50, Math.max(10, widest + 2));
}

/**
 * One sheet of rules: every cell text (a port range is no date, a formula no formula), the network
 * team's columns marked, the technical columns hidden, the header frozen with filters.
 */
function addRulesSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  sheet: RequestSheet,
  rows: readonly string[][],
): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = sheet.columns.map((key, i) => ({
    key,
    width: width(sheet, rows, i),
    style: { numFmt: '@' },
  }));
  for (const key of TECHNICAL_COLUMNS) ws.getColumn(sheet.columns.indexOf(key) + 1).hidden = true;
  const header = ws.addRow(sheet.headings);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  // Text cells, never formulas: a value that begins with "=" stays the text it is.
  for (const row of rows) ws.addRow(row.map((value) => ({ richText: [{ text: value }] })));
  for (const key of ANSWER_COLUMNS) {
    const column = ws.getColumn(sheet.columns.indexOf(key) + 1);
    column.eachCell({ includeEmpty: true }, (cell, rowNumber) => {
      if (rowNumber > 1) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } };
      }
    });
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + rows.length, column: sheet.columns.length },
  };
}

function addAboutSheet(
  workbook: ExcelJS.Workbook,
  checklist: Checklist,
  level: ChecklistLevel,
): void {
  const t = translator(checklist.locale);
  const { plan } = checklist;
  const ws = workbook.addWorksheet(t('change.sheet.about'));
  ws.columns = [{ width: 28 }, { width: 100, style: { numFmt: '@' } }];
  const rows: [string, string][] = [
    [t('change.sheet.plan'), plan.project.name],
    [t('change.sheet.planId'), checklist.planId || t('change.sheet.planIdNone')],
    [t('change.sheet.revision'), checklist.revision],
    [t('change.sheet.level'), t(`change.sheet.levels.${level}`)],
    [t('change.sheet.customer'), plan.project.customer],
    [t('change.sheet.ticket'), plan.change.ticket],
    [t('change.sheet.requestedDate'), plan.change.requestedDate],
    [t('change.sheet.requester'), contactCell(plan.change.technician)],
    [t('change.sheet.networkContact'), contactCell(plan.change.networkContact)],
    [
      t('change.sheet.created'),
      formatDateTime(checklist.locale, checklist.generatedAt, {
        dateStyle: 'long',
        timeStyle: 'short',
      }),
    ],
    ['', ''],
    [t('change.sheet.howTo'), t('change.sheet.howToText')],
  ];
  for (const [label, value] of rows) ws.addRow([label, { richText: [{ text: value }] }]);
  ws.getColumn(1).font = { bold: true };
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

/** The change request as a workbook: IPv4 rules, IPv6 rules (FireFlow takes one version per request), About. */
export async function changeRequestXlsx(
  checklist: Checklist,
  level: ChecklistLevel,
): Promise<Uint8Array> {
  const t = translator(checklist.locale);
  const sheet = changeRequestSheet(checklist, level);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Output Engine Port Planner';
  workbook.title = `${t('change.sheet.title')}: ${checklist.plan.project.name}`;
  workbook.created = checklist.generatedAt;
  workbook.modified = checklist.generatedAt;
  const names: Record<IpVersion, string> = {
    '4': t('change.sheet.rulesV4'),
    '6': t('change.sheet.rulesV6'),
  };
  for (const version of ['4', '6'] as const) {
    addRulesSheet(workbook, names[version], sheet, sheet.rows[version]);
  }
  addAboutSheet(workbook, checklist, level);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
