import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { Refusal } from '../../../shared/api/refusal';
import {
  campaignCoverage,
  newestPerRuleAndSource,
  type CampaignCoverage,
} from '../../../shared/campaign/coverage';
import { CampaignManifest, MANIFEST_FILE, REPORTS_FOLDER } from '../../../shared/campaign/manifest';
import { text } from '../../../shared/i18n';
import { computeMatrix } from '../../../shared/matrix';
import type { Plan } from '../../../shared/plan';
import { reportFingerprint } from '../../../shared/probes/fingerprint';
import type { ProbeReport, ProbeResult } from '../../../shared/probes/model';
import { parseProbeReport } from '../probes/report-file';
import { readUserFile } from '../plan-loader';

/** A file of a campaign: its name (as in the folder or zip) and its text. */
export interface CampaignFile {
  name: string;
  content: string;
}

/** What the planner reads of a campaign: campaign.json and every report. */
const MAX_FILE_BYTES = 10_000_000;

export interface CampaignImport {
  /** Absent when the files hold no campaign.json (a zip of the reports alone). */
  manifest?: CampaignManifest;
  nonce: string;
  reports: { file: string; probeHost: string; startedAt: string; results: number }[];
  /** The newest result per rule and source host, of this plan's rules. */
  results: ProbeResult[];
  coverage: CampaignCoverage;
}

const refuse = (key: Parameters<typeof text>[0], vars: Parameters<typeof text>[1]) =>
  new Refusal('bad-request', text(key, vars));

const isJson = (name: string) => name.toLowerCase().endsWith('.json');

/** The JSON files of a campaign folder (campaign.json and reports/) or of a zip of one. */
export async function readCampaignFiles(path: string): Promise<CampaignFile[]> {
  const found = await stat(path).catch(() => undefined);
  if (!found) throw new Refusal('bad-request', text('cli.read.missing', { path }), { path });
  if (found.isDirectory()) {
    const files: CampaignFile[] = [];
    const manifest = join(path, MANIFEST_FILE);
    if (await stat(manifest).catch(() => undefined)) {
      files.push({ name: MANIFEST_FILE, content: await readUserFile(manifest, MAX_FILE_BYTES) });
    }
    // The campaign folder, or its reports/ folder named directly.
    const inReports = (await readdir(join(path, REPORTS_FOLDER)).catch(() => [] as string[]))
      .filter(isJson)
      .map((name) => `${REPORTS_FOLDER}/${name}`);
    const names =
      inReports.length > 0 || files.length > 0 ? inReports : (await readdir(path)).filter(isJson);
    for (const name of names.sort()) {
      files.push({ name, content: await readUserFile(join(path, name), MAX_FILE_BYTES) });
    }
    return files;
  }
  return filesOfZip(await readFile(path), path);
}

/** The JSON files of a zip, wherever in it; a file that is not a zip is refused, naming it. */
export function filesOfZip(bytes: Uint8Array, name: string): CampaignFile[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => isJson(f.name) && f.originalSize <= MAX_FILE_BYTES,
    });
  } catch {
    throw refuse('campaign.errors.notZip', { file: name });
  }
  const decoder = new TextDecoder();
  return Object.entries(entries)
    .filter(([entry]) => !entry.split('/').some((part) => part.startsWith('.')))
    .map(([entry, data]) => ({ name: entry, content: decoder.decode(data) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function manifestOf(files: readonly CampaignFile[]): CampaignManifest | undefined {
  const file = files.find((f) => basename(f.name) === MANIFEST_FILE);
  if (!file) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(file.content);
  } catch {
    throw refuse('campaign.errors.badManifest', { file: file.name });
  }
  const parsed = CampaignManifest.safeParse(value);
  if (!parsed.success) throw refuse('campaign.errors.badManifest', { file: file.name });
  return parsed.data;
}

/**
 * Every report of a campaign at once: refused as a whole when one is not a report, was made for
 * another plan (its rules, not only its name) or another campaign (its nonce). Keeps the newest
 * result per rule and source host.
 */
export function importCampaign(plan: Plan, files: readonly CampaignFile[]): CampaignImport {
  // The plan as its library knows it (its id, when it has one), or a plan file that never had an
  // id (written before ids, or not from a library): then its rules alone say which plan it is.
  const { planId: _id, ...withoutId } = plan;
  const fingerprints = new Set([reportFingerprint(plan), reportFingerprint(withoutId)]);
  const manifest = manifestOf(files);
  if (manifest && !fingerprints.has(manifest.planFingerprint)) {
    throw refuse('campaign.errors.campaignOtherPlan', {
      plan: plan.project.name,
      campaign: manifest.planName,
    });
  }
  const parsed: { file: string; report: ProbeReport }[] = [];
  for (const file of files) {
    if (basename(file.name) === MANIFEST_FILE) continue;
    const result = parseProbeReport(file.name, file.content);
    if (!result.ok) throw new Refusal('bad-request', result.text);
    parsed.push({ file: file.name, report: result.report });
  }
  if (parsed.length === 0) throw refuse('campaign.errors.noReports', {});
  const nonce = manifest?.nonce ?? parsed[0]!.report.nonce;
  if (!nonce) throw refuse('campaign.errors.noNonce', { file: parsed[0]!.file });
  for (const { file, report } of parsed) {
    if (!report.planFingerprint || !fingerprints.has(report.planFingerprint)) {
      throw refuse('campaign.errors.reportOtherPlan', {
        file,
        probed: report.planName,
        plan: plan.project.name,
      });
    }
    if (report.nonce !== nonce) {
      throw refuse(report.nonce ? 'campaign.errors.reportOtherNonce' : 'campaign.errors.noNonce', {
        file,
      });
    }
  }
  const rules = computeMatrix(plan).hostRules;
  const known = new Set(rules.map((r) => r.id));
  const results = newestPerRuleAndSource(
    parsed.flatMap(({ report }) => report.results.filter((r) => known.has(r.ruleId))),
  );
  const probers = manifest?.probers ?? [...new Set(parsed.map((p) => p.report.probeHost))];
  return {
    ...(manifest ? { manifest } : {}),
    nonce,
    reports: parsed.map(({ file, report }) => ({
      file,
      probeHost: report.probeHost,
      startedAt: report.startedAt,
      results: report.results.length,
    })),
    results,
    coverage: campaignCoverage(rules, probers, results),
  };
}
