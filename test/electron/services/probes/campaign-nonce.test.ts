import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  probePlanReachability,
  startPlanResponder,
  type PlanResponder,
} from '../../../../electron/services/probes/plan-probes';
import { textIn } from '../../../../shared/i18n';
import { validatePlan } from '../../../../shared/plan';
import { reportFingerprint } from '../../../../shared/probes/fingerprint';
import { loopbackCluster } from '../../../support/plans';

// A campaign's nonce over real loopback sockets: only the campaign's own responder verifies a rule.
const plan = validatePlan(loopbackCluster('Nonce lab', 151)).plan!;
const NONCE = 'campaignAAAA1111';

describe('a campaign’s nonce', () => {
  let responder: PlanResponder;
  beforeAll(async () => {
    responder = await startPlanResponder(plan, 'oe2', { nonce: NONCE, ttlMs: 120_000 });
  });
  afterAll(() => responder?.stop());

  const toOe2 = async (nonce?: string) => {
    const report = await probePlanReachability(plan, 'oe1', nonce ? { nonce } : {});
    return { report, results: report.results.filter((r) => r.ruleId.includes('>host:oe2:')) };
  };

  it('verifies the rules of the campaign whose responder answers, and the report says which plan and campaign', async () => {
    const { report, results } = await toOe2(NONCE);
    expect(results.length).toBeGreaterThan(30);
    expect(results.every((r) => r.status === 'verified')).toBe(true);
    expect(report).toMatchObject({ nonce: NONCE, planFingerprint: reportFingerprint(plan) });
  });

  it('finds a responder of another campaign open, not verified, and says so', async () => {
    const { results } = await toOe2('campaignBBBB2222');
    expect(results.every((r) => r.status === 'open')).toBe(true);
    expect(textIn('en', results[0]!.reason!)).toContain(
      'for another campaign (nonce campaignAAAA1111)',
    );
    expect(textIn('de', results[0]!.reason!)).toContain('für eine andere Kampagne');
  });

  it('without a nonce, verifies by plan and host as before', async () => {
    const { results } = await toOe2();
    expect(results.every((r) => r.status === 'verified')).toBe(true);
  });
});
