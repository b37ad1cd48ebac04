import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../../../electron/services/documents/checklist/checklist';
import { checklistPdf } from '../../../../../electron/services/documents/checklist/checklist-pdf';
import type { Locale } from '../../../../../shared/i18n';
import type { ProbeResult, ProbeStatus } from '../../../../../shared/probes/model';
import { exampleChecklist, hasTool } from '../support';

// The cover of the checklist PDF says how much of the plan the probes proved, from where.

const POPPLER = hasTool('pdftotext', ['-v']);
const work = mkdtempSync(join(tmpdir(), 'oe-pdf-coverage-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function coverText(checklist: Checklist, name: string): Promise<string> {
  const { bytes } = await checklistPdf(checklist, 'firewall');
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '2', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  return text.replace(/\s+/g, ' ');
}

/** The first firewall rule verified from each of its sources, the second blocked from one. */
function campaign(locale: Locale): Checklist {
  const plain = exampleChecklist('cluster-5-every-feature');
  const byId = new Map(plain.matrix.hostRules.map((r) => [r.id, r]));
  const fromHosts = plain.rules.firewall.filter((r) =>
    r.hostRuleIds.every((id) => byId.get(id)!.sourceKey.startsWith('host:')),
  );
  const [proved, blocked] = fromHosts;
  let minute = 0;
  const result = (ruleId: string, status: ProbeStatus): ProbeResult => ({
    ruleId,
    status,
    detail: '',
    probedAt: new Date(Date.UTC(2026, 11, 5, 10, minute++)).toISOString(),
    probeHost: byId.get(ruleId)!.sourceName,
    sourceAddress: '',
    nat: false,
  });
  const probes = [
    ...proved!.hostRuleIds.map((id) => result(id, 'verified')),
    result(blocked!.hostRuleIds[0]!, 'blocked'),
  ];
  return exampleChecklist('cluster-5-every-feature', { locale, probes });
}

describe.skipIf(!POPPLER)('the checklist PDF cover: probe coverage', () => {
  it('says how many rules were verified from all their sources, blocked and not run', async () => {
    const checklist = campaign('en');
    const total = checklist.rules.firewall.length;
    expect(checklist.coverage.firewall).toEqual({
      total,
      verified: 1,
      blocked: 1,
      unconfirmed: 0,
      notRun: total - 2,
    });
    expect(await coverText(checklist, 'coverage-en')).toContain(
      `Probe coverage: 1 of ${total} rules verified from all their sources, 1 blocked, ${total - 2} not run`,
    );
  });

  it('says it in German', async () => {
    const checklist = campaign('de');
    const total = checklist.rules.firewall.length;
    expect(await coverText(checklist, 'coverage-de')).toContain(
      `Prüfabdeckung: 1 von ${total} Regeln von jeder ihrer Quellen aus bestätigt, 1 blockiert, ${total - 2} noch nicht geprüft`,
    );
  });

  it('has no coverage line while no source has run', async () => {
    const text = await coverText(exampleChecklist('cluster-5-every-feature'), 'coverage-none');
    expect(text).not.toContain('Probe coverage');
  });
});
