import { describe, expect, it } from 'vitest';
import { CATALOG, SOURCES } from '../../../shared/catalog';
import { computeMatrix } from '../../../shared/matrix';
import { validatePlan } from '../../../shared/plan';
import { presalesSummary } from '../../../shared/summary';
import { exampleDocument } from '../../support/examples';

const SAPWIN = { name: 'sapwin', address: '192.0.2.30' };

function cluster(withSapwin: boolean) {
  const doc = structuredClone(exampleDocument('cluster-3-islands')) as any;
  if (withSapwin) doc.sapwinServer = SAPWIN;
  const { plan, issues } = validatePlan(doc);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return plan!;
}

describe('seal-convert-sapwin on a separate Windows server', () => {
  it('cites the vendor’s page for the server and marks the Consul client ports as this planner’s modeling', () => {
    expect(SOURCES.sapwin.url).toMatch(/\/use_cases\/output_sapwin_files$/);
    const rows = CATALOG.filter((r) => r.id.startsWith('sapwin/'));
    expect(rows.map((r) => r.id)).toContain('sapwin/2038/tcp');
    for (const row of rows) {
      for (const flow of row.flows) {
        expect(flow.evidence, row.id).toBe('inferred');
        expect(flow.sources, row.id).toContain('sapwin');
      }
    }
    expect(CATALOG.find((r) => r.id === 'sapwin/2038/tcp')!.evidence).toBe('seed');
  });

  it('opens nothing for a plan that names no such server', () => {
    const rules = computeMatrix(cluster(false)).hostRules;
    expect(rules.some((r) => r.catalogIds.some((id) => id.startsWith('sapwin/')))).toBe(false);
  });

  it('opens 2038 to it from every OE node and its Consul agent both ways, when the plan names it', () => {
    const plan = cluster(true);
    const before = computeMatrix(cluster(false)).hostRules.length;
    const rules = computeMatrix(plan).hostRules;
    const mine = rules.filter((r) => r.sourceName === 'sapwin' || r.destinationName === 'sapwin');
    const nodes = plan.nodes.length;
    const ports = (dir: 'to' | 'from') =>
      [
        ...new Set(
          mine
            .filter((r) => (dir === 'to' ? r.destinationName : r.sourceName) === 'sapwin')
            .map((r) => `${r.port}/${r.protocol}`),
        ),
      ].sort();
    expect(ports('to')).toEqual(['2038/tcp', '8301/tcp', '8301/udp']);
    expect(ports('from')).toEqual(['8300/tcp', '8301/tcp', '8301/udp']);
    expect(mine).toHaveLength(nodes * 6);
    expect(rules.length - before).toBe(nodes * 6);
    const summary = presalesSummary(plan, computeMatrix(plan));
    expect(summary.servers.find((s) => s.role === 'sapwin-server')?.names).toEqual(['sapwin']);
    expect(summary.components.find((c) => c.component === 'seal-convert-sapwin')?.hosts).toEqual([
      'sapwin',
    ]);
  });
});
