import {
  comparisonTable,
  describeFieldChange,
  type PlanComparison,
} from '../../../../shared/compare';
import { columnHeadings, purposeText, translator, type Locale } from '../../../../shared/i18n';
import { tableToCsv } from '../csv';
import { markdownTable } from '../markdown';
import type { ComparedSide } from './comparison-pdf';
import { formatCount, zoneLabel } from '../document-text';
import type { RenderedFile } from '../presales/presales-document';

export type { ComparedSide } from './comparison-pdf';

export const COMPARISON_FORMATS = ['md', 'csv', 'json', 'pdf'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

export interface ComparisonRequest {
  before: ComparedSide;
  after: ComparedSide;
  comparison: PlanComparison;
  format: ComparisonFormat;
  locale: Locale;
  /** The file name without level and extension, e.g. "frankfurt-rev2-to-rev5". */
  baseName: string;
  generatedAt?: Date;
}

/** The comparison's rules with their columns named: what the JSON holds. */
function namedRules(c: PlanComparison) {
  return c.rules.map((r) => ({
    change: r.change,
    rule: Object.fromEntries(c.columns.map((column, i) => [column, r.row[i] ?? ''])),
    ...(r.change === 'changed' ? { fields: r.fields } : {}),
  }));
}

function comparisonMarkdown(request: ComparisonRequest): string {
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
  const headings = [
    t('columns.change'),
    ...(c.level === 'firewall' ? [t('columns.id')] : []),
    t('columns.source'),
    t('columns.destination'),
    t('columns.port'),
    t('columns.service'),
    t('columns.purpose'),
    t('columns.changes'),
  ];
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

/** The change between two plans as Markdown, CSV (one row per change), JSON or PDF. */
export async function renderComparison(request: ComparisonRequest): Promise<RenderedFile> {
  const { comparison: c, format, locale } = request;
  const base = `${request.baseName}-${c.level === 'hosts' ? 'host' : 'firewall'}-rule-changes`;
  const encode = (text: string) => new TextEncoder().encode(text);
  const ruleCount = c.added + c.removed + c.changed;
  switch (format) {
    case 'md':
      return {
        fileName: `${base}.md`,
        mediaType: 'text/markdown; charset=utf-8',
        bytes: encode(comparisonMarkdown(request)),
        ruleCount,
      };
    case 'csv': {
      const table = comparisonTable(c);
      // As the checklist's CSV: UTF-8 with BOM, ';' for German Excel; values stay the matrix's own.
      return {
        fileName: `${base}.csv`,
        mediaType: 'text/csv; charset=utf-8',
        bytes: encode(
          tableToCsv(table, columnHeadings(locale, table.columns), {
            delimiter: locale === 'de' ? ';' : ',',
            bom: true,
          }),
        ),
        ruleCount,
      };
    }
    case 'json': {
      const { before, after } = request;
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
      return {
        fileName: `${base}.json`,
        mediaType: 'application/json',
        bytes: encode(`${JSON.stringify(document, null, 2)}\n`),
        ruleCount,
      };
    }
    case 'pdf': {
      const { comparisonPdf } = await import('./comparison-pdf');
      const pdf = await comparisonPdf({
        before: request.before,
        after: request.after,
        comparison: c,
        locale,
        generatedAt: request.generatedAt ?? new Date(),
      });
      return {
        fileName: `${base}.pdf`,
        mediaType: 'application/pdf',
        bytes: pdf.bytes,
        ruleCount,
        pageCount: pdf.pageCount,
      };
    }
  }
}
