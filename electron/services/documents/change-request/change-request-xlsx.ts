import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  ANSWER_COLUMNS,
  contactCell,
  TECHNICAL_COLUMNS,
  type IpVersion,
  type RequestSheet,
} from '../../../../shared/change';
import type { ChecklistLevel } from '../../../../shared/export';
import { RULE_STATUSES } from '../../../../shared/plan/schema';
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
type Writer = ExcelJS.stream.xlsx.WorkbookWriter;
type Validated = { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };

/** A column's letters (1 → A, 27 → AA). */
function columnLetter(n: number): string {
  let letters = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) {
    letters = String.fromCharCode(65 + ((i - 1) % 26)) + letters;
  }
  return letters;
}

function addRulesSheet(
  workbook: Writer,
  name: string,
  sheet: RequestSheet,
  rows: readonly string[][],
  statusWords: readonly string[],
): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = sheet.columns.map((key, i) => ({
    key,
    width: width(sheet, rows, i),
    // The network team's columns shaded and text (a date typed there stays as typed), down to the
    // rows they may add; the planner's cells are strings already, text without a format.
    ...(ANSWER_COLUMNS.includes(key)
      ? {
          style: {
            numFmt: '@',
            fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } },
          },
        }
      : {}),
  }));
  for (const key of TECHNICAL_COLUMNS) ws.getColumn(sheet.columns.indexOf(key) + 1).hidden = true;
  const header = ws.addRow(sheet.headings);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  header.commit();
  // Strings are text cells, never formulas: a value that begins with "=" stays the text it is.
  for (const row of rows) ws.addRow(row as string[]).commit();
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + rows.length, column: sheet.columns.length },
  };
  // The statuses to pick from; other words stay allowed ("x", "done"): the import understands them.
  if (rows.length > 0) {
    const status = columnLetter(sheet.columns.indexOf('status') + 1);
    // The stream writer has them; its typings only list them on the in-memory worksheet.
    (ws as unknown as Validated).dataValidations.add(`${status}2:${status}${rows.length + 1}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: false,
      formulae: [`"${statusWords.join(',')}"`],
    });
  }
  ws.commit();
}

function addAboutSheet(workbook: Writer, checklist: Checklist, level: ChecklistLevel): void {
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
  ws.getColumn(1).font = { bold: true };
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  for (const row of rows) ws.addRow(row).commit();
  ws.commit();
}

/** The change request as a workbook: IPv4 rules, IPv6 rules (FireFlow takes one version per request), About. */
export async function changeRequestXlsx(
  checklist: Checklist,
  level: ChecklistLevel,
): Promise<Uint8Array> {
  const t = translator(checklist.locale);
  const sheet = changeRequestSheet(checklist, level);
  // Written as a stream with inline strings: a large plan's sheet in a fraction of the time.
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Output Engine Port Planner';
  workbook.title = `${t('change.sheet.title')}: ${checklist.plan.project.name}`;
  workbook.created = checklist.generatedAt;
  workbook.modified = checklist.generatedAt;
  const names: Record<IpVersion, string> = {
    '4': t('change.sheet.rulesV4'),
    '6': t('change.sheet.rulesV6'),
  };
  for (const version of ['4', '6'] as const) {
    addRulesSheet(
      workbook,
      names[version],
      sheet,
      sheet.rows[version],
      RULE_STATUSES.map((s) => t(`change.statuses.${s}`)),
    );
  }
  addAboutSheet(workbook, checklist, level);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
