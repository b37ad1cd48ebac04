import { text, type Text } from '../../../shared/i18n';
import { formatPath, parseJsonText } from '../../../shared/plan';
import { ProbeReport } from '../../../shared/probes/model';

const REACH_KIND = 'oe-port-planner/probe-results';
const LOCAL_KIND = 'oe-port-planner/local-port-check';
const HOW_TO = text('errors.report.howTo');

export type ParsedReport = { ok: true; report: ProbeReport } | { ok: false; text: Text };

const refused = (said: Text): ParsedReport => ({ ok: false, text: said });

/** A command-line reachability report's text, checked field by field; the text says what is wrong and how to fix it. */
export function parseProbeReport(fileName: string, content: string): ParsedReport {
  const json = parseJsonText(fileName, content);
  if (!json.ok)
    return refused(text('errors.report.notJson', { message: json.text, howTo: HOW_TO }));
  const value = json.value as { kind?: unknown; version?: unknown } | null;
  const kind = typeof value === 'object' && value !== null ? value.kind : undefined;
  if (kind === LOCAL_KIND) {
    return refused(text('errors.report.localCheck', { file: fileName, howTo: HOW_TO }));
  }
  if (kind !== REACH_KIND) {
    return refused(
      text('errors.report.notReport', {
        file: fileName,
        kind: JSON.stringify(kind) ?? 'missing',
        expected: REACH_KIND,
        howTo: HOW_TO,
      }),
    );
  }
  if (value!.version !== 1) {
    return refused(
      text('errors.report.otherVersion', {
        file: fileName,
        version: JSON.stringify(value!.version) ?? 'missing',
      }),
    );
  }
  const parsed = ProbeReport.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refused(
      text('errors.report.field', {
        file: fileName,
        field: formatPath(issue.path) || text('errors.report.wholeReport'),
        message: issue.message,
        howTo: HOW_TO,
      }),
    );
  }
  return { ok: true, report: parsed.data };
}
