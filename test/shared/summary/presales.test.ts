import { expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { presalesSummary } from '../../../shared/summary';
import { examplePlan } from '../../support/examples';

// Figures checked by hand against docs/examples/cluster-3-islands.oeplan.json.
it('sizes the 3-node cluster with two island sites', () => {
  const plan = examplePlan('cluster-3-islands');
  const summary = presalesSummary(plan, computeMatrix(plan));
  expect(summary.servers).toEqual([
    { role: 'oe-node', names: ['oe1', 'oe2', 'oe3'] },
    { role: 'management-server', names: ['mgmt'] },
    { role: 'island-checkout', names: ['lej-island', 'drs-island'] },
  ]);
  expect(summary.components.map((c) => `${c.component}@${c.hosts.join('+')}`)).toEqual([
    'output-engine@oe1+oe2+oe3',
    'mongodb@oe1+oe2+oe3',
    'elastic-stack@mgmt',
    'seal-keycloak@mgmt',
    'easyprima@mgmt',
    'island-checkout@lej-island+drs-island',
  ]);
  // Mesh: 6 ordered pairs x (32 tcp + 3 udp) = 210, MongoDB 6, 9200 from 3 nodes, 32769 from admins and 3 nodes,
  // island printers 2: 225 inferred; intake 515 x3 + admin 9000 x3 + Kibana 1 + 2119 x6 = 13 seed; printers 3 docs.
  expect(summary.hostRules).toBe(241);
  expect(summary.byEvidence).toEqual({ seed: 13, docs: 3, inferred: 225 });
  // One firewall rule per zone pair, purpose and ports: LPR intake and admin 9000 to the nodes (2),
  // Kibana and Keycloak from the admins to mgmt (2), the mesh tcp and udp and MongoDB (3), logs and
  // Keycloak from the nodes to mgmt (2), printing to Floor printers (1), 2119 from the islands (1),
  // each island host to its printers (2): 13.
  expect(summary.firewallRules).toBe(13);
  expect(
    summary.openings.find((o) => o.sourceZone === 'islands' && o.destinationZone === 'oe-nodes'),
  ).toEqual({
    sourceZone: 'islands',
    destinationZone: 'oe-nodes',
    ports: ['2119/tcp'],
    hostRules: 6,
    firewallRules: 1,
  });
  expect(summary.openQuestions.map((q) => `${q.purpose} [${q.ports}] x${q.hostRules}`)).toEqual([
    'Cluster communication between OE nodes [53,1898,1908,1918,1928,1938,1958,1969,1978,1988,1998,2008,2018,2028,2038,2048,2058,2068,2078,2088,2098,2108,2118,2138,2198,4222,6222,8080,8300-8302,8400/tcp 53,8301-8302/udp] x210',
    'Log shipping and queries to Elasticsearch [9200/tcp] x3',
    'OE services and MongoDB replica set reach the database [27017/tcp] x6',
    'Login and token checks at the identity provider [32769/tcp] x4',
    'Island checkout prints to island printers (lpr) [515/tcp] x1',
    'Island checkout prints to island printers (socket) [9100/tcp] x1',
  ]);
  expect(summary.openQuestions.every((q) => q.note.length > 0)).toBe(true);
});
