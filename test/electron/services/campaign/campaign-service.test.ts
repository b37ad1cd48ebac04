import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../../shared/matrix';
import { reportFingerprint } from '../../../../shared/probes/fingerprint';
import { useBackend } from '../../../support/backend';
import { examplePath, examplePlan } from '../../../support/examples';

// The Probes step's campaign import, through the API as the renderer calls it.

const plan = examplePlan('cluster-3-islands');
const fromOe1 = computeMatrix(plan).hostRules.filter((r) => r.sourceKey === 'host:oe1');
const NONCE = 'campaignAAAA1111';

const manifest = (nonce = NONCE) =>
  JSON.stringify({
    kind: 'oe-port-planner/campaign',
    version: 1,
    planName: plan.project.name,
    planFingerprint: reportFingerprint(plan),
    nonce,
    createdAt: '2026-12-05T10:00:00.000Z',
    probers: ['oe1', 'oe2'],
    responders: ['oe1', 'oe2'],
  });

const report = (nonce: string, status: 'verified' | 'blocked') =>
  JSON.stringify({
    kind: 'oe-port-planner/probe-results',
    version: 1,
    planName: plan.project.name,
    planFingerprint: reportFingerprint(plan),
    nonce,
    probeHost: 'oe1',
    startedAt: '2026-12-05T11:00:00.000Z',
    finishedAt: '2026-12-05T11:00:01.000Z',
    results: fromOe1.map((r, i) => ({
      ruleId: r.id,
      status: i === 0 ? 'blocked' : status,
      probedAt: '2026-12-05T11:00:00.000Z',
      probeHost: 'oe1',
    })),
  });

const t = useBackend();

async function storedPlan(): Promise<string> {
  const stored = await t.value('plans.import', {
    fileName: 'cluster-3-islands.oeplan.json',
    content: readFileSync(examplePath('cluster-3-islands'), 'utf8'),
  });
  return stored.id;
}

describe('probes.importCampaign', () => {
  it('stores every report of a campaign and says what it proved and which hosts have not run', async () => {
    const id = await storedPlan();
    const summary = await t.value('probes.importCampaign', {
      id,
      files: [
        { name: 'campaign/campaign.json', content: manifest() },
        { name: 'campaign/reports/oe1.json', content: report(NONCE, 'verified') },
      ],
    });
    expect(summary).toMatchObject({
      nonce: NONCE,
      reports: 1,
      imported: fromOe1.length,
      verified: fromOe1.length - 1,
      blocked: 1,
      hostsNotRun: ['oe2'],
    });
    const results = await t.value('probes.results', { id });
    expect(results).toHaveLength(fromOe1.length);
  });

  it('refuses a report of another campaign and stores nothing', async () => {
    const id = await storedPlan();
    const envelope = await t.call('probes.importCampaign', {
      id,
      files: [
        { name: 'campaign.json', content: manifest() },
        { name: 'reports/oe1.json', content: report('campaignBBBB2222', 'verified') },
      ],
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(envelope.ok ? '' : envelope.error.message).toContain('belongs to another campaign');
    expect(await t.value('probes.results', { id })).toEqual([]);
  });
});

describe('probes.writeCampaign', () => {
  it('gives the Probes step the campaign folder as a zip, whose reports come back to this plan by its id', async () => {
    const id = await storedPlan();
    const file = await t.value('probes.writeCampaign', { id, locale: 'de' });
    expect(file).toMatchObject({ mediaType: 'application/zip' });
    expect(file.fileName).toMatch(/^Output-cluster-Frankfurt-campaign\.zip$/);
    const zip = unzipSync(Buffer.from(file.base64, 'base64'));
    const folder = 'Output-cluster-Frankfurt-campaign/';
    for (const name of [
      'inventory.yml',
      'playbook.yml',
      'README.md',
      'files/plan.json',
      'files/oe-ports.js',
    ]) {
      expect(zip[folder + name], name).toBeDefined();
    }
    // The README is the technician's, in the language asked for.
    expect(strFromU8(zip[`${folder}README.md`]!)).toMatch(
      /ansible-playbook -i inventory.yml playbook.yml/,
    );
    expect(strFromU8(zip[`${folder}README.md`]!)).toMatch(/Kampagne/);
    const planFile = JSON.parse(strFromU8(zip[`${folder}files/plan.json`]!));
    expect(planFile.planId).toBe(id);
    const campaign = JSON.parse(strFromU8(zip[`${folder}campaign.json`]!));
    expect(campaign.planFingerprint).toBe(reportFingerprint({ ...plan, planId: id }));

    // A report from that campaign is taken by this plan, and refused by another with the same rules.
    const fromCampaign = JSON.stringify({
      ...JSON.parse(report(campaign.nonce, 'verified')),
      planFingerprint: campaign.planFingerprint,
    });
    const files = [
      { name: 'campaign.json', content: strFromU8(zip[`${folder}campaign.json`]!) },
      { name: 'reports/oe1.json', content: fromCampaign },
    ];
    expect(await t.value('probes.importCampaign', { id, files })).toMatchObject({ reports: 1 });
    const copy = await t.value('plans.import', {
      fileName: 'cluster-3-islands.oeplan.json',
      content: readFileSync(examplePath('cluster-3-islands'), 'utf8'),
      existing: 'keep-both',
    });
    const other = await t.call('probes.importCampaign', { id: copy.id, files });
    expect(other.ok ? '' : other.error.message).toMatch(/was written for the plan/);
  });
});
