import type { HostRule } from '../../../shared/matrix';
import type {
  LocalPortReport,
  ProbeProgress,
  ProbeReport,
  ProbeStatus,
} from '../../../shared/probes/model';
import { detailIn, noteIn, PROBE_STATUSES, type Note } from '../../../shared/probes/model';
import { LOCALE_PROFILES, translator, type Locale } from '../../../shared/i18n';

// Reports as plain text for a terminal: aligned columns, a summary line, the notes first.

function alignedTable(headings: readonly string[], rows: readonly string[][]): string {
  const widths = headings.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headings), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The status words in the report's language ("verified", "bestätigt"). */
const statusWord = (locale: Locale, status: ProbeStatus): string =>
  LOCALE_PROFILES[locale].sourceLanguage ? status : translator(locale)(`checklist.probe.${status}`);

/** "3 verified, 60 reachable, 2 blocked", in the order of PROBE_STATUSES. */
export function statusCounts(counts: ProbeProgress['counts'], locale: Locale = 'en'): string {
  const t = translator(locale);
  return PROBE_STATUSES.filter((s) => counts[s])
    .map((s) => t('cli.report.statusCount', { count: counts[s], status: statusWord(locale, s) }))
    .join(', ');
}

function notesText(locale: Locale, notes: readonly Note[] | undefined): string {
  const t = translator(locale);
  return (notes ?? [])
    .map((note) => `${t('cli.respond.note', { note: noteIn(locale, note) })}\n`)
    .join('');
}

function where(locale: Locale, address: string | undefined): string {
  const t = translator(locale);
  if (address === '::' || address === '0.0.0.0') return t('cli.report.allAddresses', { address });
  return address ?? t('cli.report.thisMachine');
}

export function localReportText(report: LocalPortReport, locale: Locale = 'en'): string {
  const t = translator(locale);
  const rows = report.results.map((r) => [
    `${r.port}/${r.protocol}`,
    t(`cli.report.localStatus.${r.status}`),
    r.services.join(', '),
    detailIn(locale, r),
  ]);
  const taken = report.results.filter((r) => r.status !== 'free').length;
  const columns = ['port', 'status', 'service', 'detail'] as const;
  const title = t('cli.report.local', {
    host: report.probeHost,
    plan: report.planName,
    where: where(locale, report.results[0]?.address),
  });
  const summary = t('cli.report.localSummary', {
    count: report.results.length,
    free: report.results.length - taken,
    taken,
  });
  const headings = columns.map((c) => t(`cli.report.localColumns.${c}`));
  return reportText(notesText(locale, report.notes), title, headings, rows, summary);
}

export function reachReportText(
  report: ProbeReport,
  rules: readonly HostRule[],
  locale: Locale = 'en',
): string {
  const t = translator(locale);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const rows = report.results.map((r) => {
    const rule = byId.get(r.ruleId);
    const to = rule ? `${rule.destinationName} (${rule.destination})` : r.ruleId;
    return [
      statusWord(locale, r.status) + (r.nat ? ' (NAT)' : ''),
      to,
      rule ? `${rule.port}/${rule.protocol}` : '',
      rule?.service ?? '',
      detailIn(locale, r),
    ];
  });
  const counts: Partial<Record<ProbeStatus, number>> = {};
  for (const r of report.results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const source = [...new Set(report.results.map((r) => r.sourceAddress).filter(Boolean))].join(
    ', ',
  );
  const title = t('cli.report.reach', {
    host: report.probeHost,
    plan: report.planName,
    from: source ? t('cli.report.probedFrom', { addresses: source }) : '',
  });
  const columns = ['status', 'to', 'port', 'service', 'detail'] as const;
  const summary = t('cli.report.reachSummary', {
    count: report.results.length,
    counts: statusCounts(counts, locale) || t('cli.report.none'),
    cancelled: report.cancelled ? t('cli.report.cancelled') : '',
  });
  const headings = columns.map((c) => t(`cli.report.reachColumns.${c}`));
  return reportText(notesText(locale, report.notes), title, headings, rows, summary);
}

/** A report for a terminal: its notes first, the title, the aligned table, the summary line. */
function reportText(
  notes: string,
  title: string,
  headings: readonly string[],
  rows: readonly string[][],
  summary: string,
): string {
  return `${notes}${title}\n\n${alignedTable(headings, rows)}\n\n${summary}\n`;
}
