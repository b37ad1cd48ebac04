import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { textIn } from '../../../../shared/i18n';
import { computeMatrix, statusOf } from '../../../../shared/matrix';
import { validatePlan, type Plan } from '../../../../shared/plan';
import { useBackend } from '../../../support/backend';
import { examplePath } from '../../../support/examples';

// The change channels over a real plans library: the Export step reads the network team's answer
// (nothing changes), then confirms it: one new revision with the statuses, undone as one.

const NOW = new Date('2026-12-05T10:00:00Z');
const t = useBackend({ backend: { now: () => NOW } });
const { call, value } = t;

async function storedPlan(name: 'cluster-3-islands' | 'single-minimal', copy = false) {
  return value('plans.import', {
    fileName: `${name}.oeplan.json`,
    content: readFileSync(examplePath(name), 'utf8'),
    ...(copy ? { existing: 'keep-both' as const } : {}),
  });
}

/** The exported change request with the Status column of some rows answered, as the file picker sends it. */
async function answered(id: string, answers: Record<string, string>, locale: 'en' | 'de' = 'de') {
  const rendered = await value('export.render', {
    id,
    format: 'change-request-xlsx',
    locale,
    level: 'firewall',
  });
  const file = rendered.files[0]!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const ws = workbook.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const status = header.indexOf('Status');
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const id = String(row.getCell(1).value);
    if (answers[id]) row.getCell(status).value = answers[id];
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { id, fileName: file.fileName, base64: bytes.toString('base64') };
}

function statuses(document: unknown) {
  const plan = validatePlan(document).plan as Plan;
  const byId = new Map(
    computeMatrix(plan).firewallRules.map((r) => [r.id, statusOf(plan.statuses, r)?.status]),
  );
  return byId;
}

describe('the network team’s answer in the Export step', () => {
  it('reads first and changes nothing, then sets the statuses as one new revision', async () => {
    const plan = await storedPlan('cluster-3-islands');
    const file = await answered(plan.id, {
      'FW-001': 'genehmigt',
      'FW-002': 'abgelehnt',
      'FW-003': 'vielleicht',
    });

    const report = await value('change.readAnswer', file);
    expect(report.changes.filter((c) => c.to !== 'requested')).toEqual([
      { key: expect.stringMatching(/^fw:/), ruleId: 'FW-001', to: 'approved' },
      { key: expect.stringMatching(/^fw:/), ruleId: 'FW-002', to: 'rejected' },
    ]);
    expect(report.refused.map((r) => [r.row, r.ruleId, textIn('de', r.text)])).toEqual([
      [
        expect.any(Number),
        'FW-003',
        'Der Status „vielleicht“ ist unbekannt: Schreiben Sie beantragt, genehmigt, abgelehnt, geöffnet oder verifiziert',
      ],
    ]);
    expect((await value('plans.get', { id: plan.id })).revision).toBe(plan.revision);

    const applied = await value('change.importAnswer', file);
    expect(applied.revision).toBe(plan.revision + 1);
    const stored = await value('plans.get', { id: plan.id });
    expect(stored.revision).toBe(plan.revision + 1);
    const now = statuses(stored.document);
    expect(now.get('FW-001')).toBe('approved');
    expect(now.get('FW-002')).toBe('rejected');
    expect(now.get('FW-003')).toBeUndefined();
    expect(applied.statuses).toEqual((stored.document as Plan).statuses);
    // The technician of the plan set what the sheet gave no approver for.
    expect(Object.values(applied.statuses)[0]!.by).toBe('Jana Weiß');

    // Undo is the revision before: it has none of the statuses.
    const revisions = await value('plans.revisions', { id: plan.id });
    expect(revisions.map((r) => r.revision)).toEqual([plan.revision + 1, plan.revision]);
    const before = await value('plans.revision', { id: plan.id, revision: plan.revision });
    expect(statuses(before.document).get('FW-001')).toBeUndefined();
    const origin = t.backend.store.db
      .prepare('SELECT origin FROM plan_revisions WHERE plan_id = ? AND revision = ?')
      .get(plan.id, plan.revision + 1) as { origin: string };
    expect(origin.origin).toBe('status-import');

    // The comparison of the two revisions lists the rules whose status changed.
    const compared = await value('compare.plans', {
      before: { id: plan.id, revision: plan.revision },
      after: { id: plan.id },
      level: 'firewall',
    });
    expect(compared.total).toBe(0);
    expect(compared.statusChanges.slice(0, 2)).toEqual([
      { ruleId: 'FW-001', after: 'approved' },
      { ruleId: 'FW-002', after: 'rejected' },
    ]);
    expect(compared.statusChangeCount).toBe(applied.changes.length);
  });

  it('refuses the sheet of another stored plan, naming both, and changes nothing', async () => {
    const plan = await storedPlan('cluster-3-islands');
    // The same file imported again: another plan of the library, "(2)", with the same rules.
    const other = await storedPlan('cluster-3-islands', true);
    expect(other.name).toBe('Output cluster Frankfurt (2)');
    const file = await answered(other.id, { 'FW-001': 'approved' }, 'en');
    const answer = await call('change.importAnswer', { ...file, id: plan.id });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('bad-request');
    expect(textIn('en', answer.error.text!)).toMatch(
      /^This sheet belongs to the plan "Output cluster Frankfurt \(2\)"/,
    );
    expect((await value('plans.get', { id: plan.id })).revision).toBe(plan.revision);
  });

  it('refuses binary junk and a file over the limit before reading it', async () => {
    const plan = await storedPlan('single-minimal');
    const junk = await call('change.readAnswer', {
      id: plan.id,
      fileName: 'answer.csv',
      base64: Buffer.from([0, 1, 2, 3, 255, 0, 7]).toString('base64'),
    });
    expect(junk.ok || textIn('en', junk.error.text!)).toMatch(
      /^answer\.csv is neither an Excel workbook/,
    );
    const huge = await call('change.readAnswer', {
      id: plan.id,
      fileName: 'huge.xlsx',
      base64: 'A'.repeat(23_000_000),
    });
    expect(huge.ok || huge.error.message).toMatch(/base64 is larger than 16 MB/);
  });
});
