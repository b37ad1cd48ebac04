import type { ActiveFlow } from '../plan/active-flows';
import type { Connection, Flow } from './model';

/** What an active claim of the catalog carries into the matrix, at every level. */
export function connectionOf({ row, flow, port, features, sourceUrls }: ActiveFlow): Connection {
  return {
    port,
    protocol: row.transport,
    service: row.service,
    appProtocol: row.appProtocol,
    purpose: flow.purpose,
    features,
    evidence: flow.evidence,
    sources: sourceUrls,
  };
}

/** Level 1: role to role. */
export function computeFlows(active: readonly ActiveFlow[]): Flow[] {
  return active.map((a) => ({
    id: `${a.row.id}<${a.from}`,
    from: a.from,
    to: a.row.listener,
    ...connectionOf(a),
    catalogId: a.row.id,
    ...(a.flow.note ? { note: a.flow.note } : {}),
    ...(a.flow.quote ? { quote: a.flow.quote } : {}),
  }));
}
