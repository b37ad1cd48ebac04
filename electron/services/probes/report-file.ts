import { formatPath, parseJsonText } from '../../../shared/plan';
import { ProbeReport } from '../../../shared/probes/model';

const REACH_KIND = 'oe-port-planner/probe-results';
const LOCAL_KIND = 'oe-port-planner/local-port-check';
const HOW_TO = 'import the JSON file that `probe reach --format json --out FILE` wrote, unedited';

export type ParsedReport = { ok: true; report: ProbeReport } | { ok: false; message: string };

/** A command-line reachability report's text, checked field by field; the message says what is wrong and how to fix it. */
export function parseProbeReport(fileName: string, content: string): ParsedReport {
  const json = parseJsonText(fileName, content);
  if (!json.ok) return { ok: false, message: `${json.message}. Fix: ${HOW_TO}.` };
  const value = json.value as { kind?: unknown; version?: unknown } | null;
  const kind = typeof value === 'object' && value !== null ? value.kind : undefined;
  if (kind === LOCAL_KIND) {
    return {
      ok: false,
      message: `${fileName} is a local port check (probe local): it says which ports are free on one host, not which paths are open, so it has no results for rules. Fix: ${HOW_TO}.`,
    };
  }
  if (kind !== REACH_KIND) {
    return {
      ok: false,
      message: `${fileName} is not a probe report: its "kind" is ${JSON.stringify(kind) ?? 'missing'}, a report's is "${REACH_KIND}". Fix: ${HOW_TO}.`,
    };
  }
  if (value!.version !== 1) {
    return {
      ok: false,
      message: `${fileName} was written by another version of the planner (report version ${JSON.stringify(value!.version)}; this one reads version 1). Fix: run the probe with this version's command line.`,
    };
  }
  const parsed = ProbeReport.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      message: `${fileName}: ${formatPath(issue.path) || 'the report'} ${issue.message}. Fix: ${HOW_TO}.`,
    };
  }
  return { ok: true, report: parsed.data };
}
