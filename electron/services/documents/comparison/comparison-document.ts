import {
  comparisonTable,
  describeFieldChange,
  type PlanComparison,
} from '../../../../shared/compare';
import {
  columnHeadings,
  LOCALE_PROFILES,
  purposeText,
  translator,
  type Locale,
} from '../../../../shared/i18n';
import { tableToCsv } from '../csv';
import { markdownTable } from '../markdown';
import { formatCount, zoneLabel } from '../document-text';

/** One side of the comparison as the reader knows it: a plan's name and which state of it. */
export interface ComparedSide {
  name: string;
  /** "revision 3, saved 4 May 2026 10:00", or the file it was read from. */
  detail: string;
}

/** What every comparison renderer reads. */
export interface ComparisonInput {
  before: ComparedSide;
  after: ComparedSide;
  comparison: PlanComparison;
  locale: Locale;
  generatedAt: Date;
}

/** The columns a reader sees of each change, in the Markdown and the PDF: a firewall rule has an id. */
export const changeColumns = (level: PlanComparison['level']) =>
  [
    'change',
    ...(level === 'firewall' ? (['id'] as const) : []),
    'source',
    'destination',
    'port',
    'service',
    'purpose',
    'changes',
  ] as const;

/** The comparison's rules with their columns named: what the JSON holds. */
function namedRules(c: PlanComparison) {
  return c.rules.map((r) => ({
    change: r.change,
    rule: Object.fromEntries(c.columns.map((column, i) => [column, r.row[i] ?? ''])),
    ...(r.change === 'changed' ? { fields: r.fields } : {}),
  }));
}

/** The change as Markdown: one table per zone pair. */
export function comparisonMarkdown(request: ComparisonInput): string {
  const { comparison: c, locale } = request;
  const t = translator(locale);
  const side = (label: string, s: ComparedSide) => `**${label}:** ${s.name} (${s.detail})  `;
  const counts = (p: { added: number; removed: number; changed: number }) =>
    t('comparison.pairCounts', {
      added: formatCount(p.added, locale),
      removed: formatCount(p.removed, locale),
      changed: formatCount(p.changed, locale),
    });
  const value = (row: readonly string[], column: string) => row[c.columns.indexOf(column)] ?? '';
  const endpoint = (row: readonly string[], side: 'source' | 'destination') => {
    const name = c.level === 'hosts' ? value(row, `${side}Name`) : '';
    const address = value(row, side);
    return name && name !== address ? `${name} (${address})` : address;
  };
  const headings = changeColumns(c.level).map((column) => t(`columns.${column}`));
  const sections = c.byZonePair.map((pair) => {
    const rules = c.rules.filter(
      (r) => r.sourceZone === pair.sourceZone && r.destinationZone === pair.destinationZone,
    );
    const heading = t('checklist.pairHeading', {
      from: zoneLabel(t, pair.sourceZone),
      to: zoneLabel(t, pair.destinationZone),
    });
    return `## ${heading} (${counts(pair)})\n\n${markdownTable(
      headings,
      rules.map((r) => [
        t(`comparison.kinds.${r.change}`),
        ...(c.level === 'firewall' ? [value(r.row, 'id')] : []),
        endpoint(r.row, 'source'),
        endpoint(r.row, 'destination'),
        `${value(r.row, 'port')}/${value(r.row, 'protocol')}`,
        value(r.row, 'service'),
        purposeText(locale, value(r.row, 'purpose')),
        r.fields.map((f) => describeFieldChange(locale, f)).join('; '),
      ]),
    )}`;
  });
  return [
    `# ${t('comparison.title')}\n`,
    [
      side(t('comparison.before'), request.before),
      side(t('comparison.after'), request.after),
      `**${t('comparison.level')}:** ${t(`checklist.levels.${c.level}`)}`,
    ].join('\n') + '\n',
    `${counts(c)}\n`,
    ...(c.rules.length === 0 ? [`${t('comparison.none')}\n`] : sections),
  ].join('\n');
}

/** The change as CSV, one row per change: as the checklist's, UTF-8 with BOM, ';' for German Excel. */
export function comparisonCsv({ comparison, locale }: ComparisonInput): string {
  const table = comparisonTable(comparison);
  // Values stay the matrix's own; only the headings are in the reader's language.
  return tableToCsv(table, columnHeadings(locale, table.columns), {
    delimiter: LOCALE_PROFILES[locale].csvDelimiter,
    bom: true,
  });
}

/** The change as JSON: both sides, the counts, and every changed rule with its columns named. */
export function comparisonJson({ before, after, comparison: c }: ComparisonInput): string {
  const { level, added, removed, changed, byZonePair } = c;
  const document = {
    before,
    after,
    level,
    added,
    removed,
    changed,
    byZonePair,
    rules: namedRules(c),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
