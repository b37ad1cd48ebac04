import type { HostRule } from '../../../shared/matrix';
import type {
  LocalPortReport,
  ProbeProgress,
  ProbeReport,
  ProbeStatus,
} from '../../../shared/probes/model';
import { PROBE_STATUSES } from '../../../shared/probes/model';

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

/** "3 verified, 60 reachable, 2 blocked", in the order of PROBE_STATUSES. */
export function statusCounts(counts: ProbeProgress['counts']): string {
  return PROBE_STATUSES.filter((s) => counts[s])
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

function notesText(notes: readonly string[] | undefined): string {
  return (notes ?? []).map((n) => `Note: ${n}\n`).join('');
}

const where = (address: string | undefined) =>
  address === '::' || address === '0.0.0.0'
    ? `all addresses (${address})`
    : (address ?? 'this machine');

export function localReportText(report: LocalPortReport): string {
  const rows = report.results.map((r) => [
    `${r.port}/${r.protocol}`,
    r.status,
    r.services.join(', '),
    r.detail,
  ]);
  const problems = report.results.filter((r) => r.status !== 'free').length;
  return (
    notesText(report.notes) +
    `Ports ${report.probeHost} must listen on (plan "${report.planName}"), bind-tested on ${where(report.results[0]?.address)}:\n\n` +
    alignedTable(['Port', 'Status', 'Service', 'Detail'], rows) +
    `\n\n${report.results.length} port${report.results.length === 1 ? '' : 's'}: ${report.results.length - problems} free, ${problems} not free.\n`
  );
}

export function reachReportText(report: ProbeReport, rules: readonly HostRule[]): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const rows = report.results.map((r) => {
    const rule = byId.get(r.ruleId);
    const to = rule ? `${rule.destinationName} (${rule.destination})` : r.ruleId;
    return [
      r.status + (r.nat ? ' (NAT)' : ''),
      to,
      rule ? `${rule.port}/${rule.protocol}` : '',
      rule?.service ?? '',
      r.detail,
    ];
  });
  const counts: Partial<Record<ProbeStatus, number>> = {};
  for (const r of report.results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const source = [...new Set(report.results.map((r) => r.sourceAddress).filter(Boolean))].join(
    ', ',
  );
  return (
    notesText(report.notes) +
    `Host rules from ${report.probeHost} (plan "${report.planName}")${source ? `, probed from ${source}` : ''}:\n\n` +
    alignedTable(['Status', 'To', 'Port', 'Service', 'Detail'], rows) +
    `\n\n${report.results.length} rule${report.results.length === 1 ? '' : 's'}: ${statusCounts(counts) || 'none'}${report.cancelled ? ' (cancelled before the end)' : ''}.\n`
  );
}
