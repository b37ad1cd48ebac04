import type { ActiveFlow } from '../plan/active-flows';
import type { Flow } from './model';

/** Level 1: role to role. */
export function computeFlows(active: readonly ActiveFlow[]): Flow[] {
  return active.map(({ row, flow, from, port, features, sourceUrls }) => ({
    id: `${row.id}<${from}`,
    from,
    to: row.listener,
    port,
    protocol: row.transport,
    service: row.service,
    appProtocol: row.appProtocol,
    purpose: flow.purpose,
    features,
    evidence: flow.evidence,
    sources: sourceUrls,
    catalogId: row.id,
    ...(flow.note ? { note: flow.note } : {}),
    ...(flow.quote ? { quote: flow.quote } : {}),
  }));
}
