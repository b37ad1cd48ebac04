import { z } from 'zod';
import { latestByRule, ProbeResult } from '../../../shared/probes/model';
import type { Db } from './database';
import { PlanNotFound } from './plans';
import { parseRow, ProbeResultRow } from './rows';

export type ProbeResultStore = ReturnType<typeof createProbeResultStore>;

/** One row per probe attempt, kept with its plan (deleted with it). */
export function createProbeResultStore(db: Db) {
  const q = {
    planExists: db.prepare('SELECT 1 FROM plans WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO probe_results (plan_id, rule_id, status, detail, reason, probed_at, probe_host,
         source_address, seen_source_address, nat, duration_ms, remote_address)
       VALUES (@planId, @ruleId, @status, @detail, @reason, @probedAt, @probeHost,
         @sourceAddress, @seenSourceAddress, @nat, @durationMs, @remoteAddress)`,
    ),
    all: db.prepare(
      `SELECT rule_id, status, detail, reason, probed_at, probe_host, source_address,
         seen_source_address, nat, duration_ms, remote_address
       FROM probe_results WHERE plan_id = ? ORDER BY probed_at, id`,
    ),
  };

  /** Validate every result first, then add them all or none. */
  const add = db.transaction((planId: string, results: readonly unknown[]): ProbeResult[] => {
    const parsed = z.array(ProbeResult).parse(results);
    if (!q.planExists.get(planId)) throw new PlanNotFound(planId);
    for (const r of parsed) {
      q.insert.run({
        planId,
        ...r,
        reason: r.reason ? JSON.stringify(r.reason) : null,
        seenSourceAddress: r.seenSourceAddress ?? null,
        nat: r.nat ? 1 : 0,
        durationMs: r.durationMs ?? null,
        remoteAddress: r.remoteAddress ?? null,
      });
    }
    return parsed;
  }).immediate;

  /** Every attempt for the plan, oldest first (latestByRule picks the newest per rule). */
  function list(planId: string): ProbeResult[] {
    if (!q.planExists.get(planId)) throw new PlanNotFound(planId);
    return q.all
      .all(planId)
      .map((row) => parseRow(ProbeResultRow, row, `probe_results of ${planId}`));
  }

  /** The newest result per rule: what the review shows. */
  function latest(planId: string): ProbeResult[] {
    return [...latestByRule(list(planId)).values()];
  }

  return { add, list, latest };
}
