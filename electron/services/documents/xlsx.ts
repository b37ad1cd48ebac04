import ExcelJS from 'exceljs';
import { EVIDENCE_LEVELS } from '../../../shared/catalog';
import {
  columnHeadings,
  formatDateTime,
  LOCALE_PROFILES,
  noteText,
  purposeText,
  translator,
} from '../../../shared/i18n';
import { levelTable, tableIn, type Table } from '../../../shared/matrix';
import { PROBE_STATUSES } from '../../../shared/probes/model';
import type { Contact } from '../../../shared/plan';
import { openQuestions } from '../../../shared/summary';
import { sourceLabel } from './document-text';
import {
  checklistTable,
  CHECKLIST_LEVELS,
  type Checklist,
  type ChecklistLevel,
  type ChecklistRule,
} from './checklist/checklist';

const HEADER_FILL = 'FF1F3A5F';
const INFERRED_FILL = 'FFFFF1D6';
const TEXT_COLUMNS = new Set(['id', 'port', 'ports', 'source', 'destination', 'temporaryUntil']);
// Widths follow the content, within bounds; a sample is enough to size a column.
const WIDTH_SAMPLE = 400;

function columnWidth(table: Table, heading: string, index: number): number {
  let widest = heading.length;
  for (const row of table.rows.slice(0, WIDTH_SAMPLE)) {
    widest = Math.max(widest, row[index]!.length);
  }
  return Math.min(60, Math.max(8, widest + 2));
}

/** One sheet: bold header on a dark band, frozen, with filters; text cells stay text. */
function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  table: Table,
  headings: readonly string[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = table.columns.map((key, i) => ({
    key,
    width: columnWidth(table, headings[i]!, i),
    style: TEXT_COLUMNS.has(key) ? { numFmt: '@' } : {},
  }));
  const header = sheet.addRow([...headings]);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  sheet.addRows(table.rows);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + table.rows.length, column: table.columns.length },
  };
  return sheet;
}

function markInferred(
  sheet: ExcelJS.Worksheet,
  table: Table,
  rules: readonly ChecklistRule[],
): void {
  const evidence = table.columns.indexOf('evidence') + 1;
  if (evidence === 0) return;
  // By the rule's evidence, not the cell's words: those are the reader's language.
  rules.forEach((rule, i) => {
    if (rule.evidence !== 'inferred') return;
    sheet.getRow(i + 2).getCell(evidence).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: INFERRED_FILL },
    };
  });
}

/**
 * Each open question for the vendor once, in the reader's language: its claim, why it is inferred,
 * the host rules and the firewall rules (by id) that rest on it, its sources.
 */
function addQuestionsSheet(workbook: ExcelJS.Workbook, checklist: Checklist): void {
  const t = translator(checklist.locale);
  const { locale } = checklist;
  const { questions } = openQuestions(checklist.plan, checklist.matrix);
  const table: Table = {
    columns: ['id', 'purpose', 'ports', 'note', 'hostRules', 'firewallRules', 'sources'],
    rows: questions.map((q, i) => {
      const covered = new Set(q.ruleIds);
      return [
        String(i + 1),
        purposeText(locale, q.purpose),
        q.ports,
        noteText(locale, q.note),
        String(q.hostRules),
        checklist.rules.firewall
          .filter((r) => r.hostRuleIds.some((id) => covered.has(id)))
          .map((r) => r.id)
          .join(', '),
        q.sources.map((url) => sourceLabel(t, url)).join('\n'),
      ];
    }),
  };
  addTableSheet(workbook, t('checklist.openQuestions'), table, [
    t('checklist.questionNumber'),
    t('presales.claim'),
    t('columns.ports'),
    t('presales.note'),
    t('checklist.hostRules'),
    t('checklist.firewallRules'),
    t('checklist.sources'),
  ]);
}

/** Where the sheets came from, and what the evidence and probe values mean. */
function addAboutSheet(workbook: ExcelJS.Workbook, checklist: Checklist): void {
  const t = translator(checklist.locale);
  const { project, change } = checklist.plan;
  const contact = (c: Contact) => [c.name, c.email, c.phone].filter((v) => v !== '').join(', ');
  const sheet = workbook.addWorksheet(t('checklist.about'));
  sheet.columns = [{ width: 26 }, { width: 100 }];
  const rows: [string, string][] = [
    [t('checklist.title'), project.name],
    [t('checklist.customer'), project.customer],
    [t('checklist.site'), project.site],
    [t('checklist.productVersion'), project.productVersion],
    [t('checklist.installation'), t(`checklist.installations.${checklist.plan.installation}`)],
    [t('ruleChange.ticket'), change.ticket],
    [t('ruleChange.requestedDate'), change.requestedDate],
    [t('checklist.technician'), contact(change.technician)],
    [t('ruleChange.networkContact'), contact(change.networkContact)],
    [t('checklist.revision'), checklist.revision],
    [
      t('checklist.date'),
      formatDateTime(checklist.locale, checklist.generatedAt, {
        dateStyle: 'long',
        timeStyle: 'short',
      }),
    ],
    ['', ''],
    [t('checklist.legend'), t('checklist.legendIntro')],
    // Keyed as the evidence cells say it: the source language's sheets write the level's name.
    ...EVIDENCE_LEVELS.map((e): [string, string] => [
      LOCALE_PROFILES[checklist.locale].sourceLanguage ? e : t(`evidence.${e}`),
      `${t(`evidence.${e}`)}: ${t(`checklist.evidenceExplained.${e}`)}`,
    ]),
    ['', ''],
    [t('checklist.probeLegend'), ''],
    ...PROBE_STATUSES.map((s): [string, string] => [
      LOCALE_PROFILES[checklist.locale].sourceLanguage ? s : t(`checklist.probe.${s}`),
      `${t(`checklist.probe.${s}`)}: ${t(`checklist.probeExplained.${s}`)}`,
    ]),
  ];
  sheet.addRows(rows);
  sheet.getColumn(1).font = { bold: true };
}

/** The checklist as a workbook: the chosen level's sheet first, then the other level, zones, about. */
export async function checklistXlsx(
  checklist: Checklist,
  level: ChecklistLevel,
): Promise<Uint8Array> {
  const t = translator(checklist.locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Output Engine Port Planner';
  workbook.title = `${t('checklist.title')}: ${checklist.plan.project.name}`;
  workbook.created = checklist.generatedAt;
  workbook.modified = checklist.generatedAt;
  const sheetName = { hosts: t('checklist.hostRules'), firewall: t('checklist.firewallRules') };
  const levels = [level, ...CHECKLIST_LEVELS.filter((l) => l !== level)];
  for (const l of levels) {
    const table = checklistTable(checklist, l);
    const sheet = addTableSheet(
      workbook,
      sheetName[l],
      table,
      columnHeadings(checklist.locale, table.columns),
    );
    markInferred(sheet, table, checklist.rules[l]);
  }
  const zones = tableIn(levelTable(checklist.matrix, 'zones'), checklist.locale);
  addTableSheet(
    workbook,
    t('checklist.zoneMatrix'),
    zones,
    columnHeadings(checklist.locale, zones.columns),
  );
  addQuestionsSheet(workbook, checklist);
  addAboutSheet(workbook, checklist);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
