import { expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { presalesSummary } from '../../../shared/summary';
import { examplePlan } from '../../support/examples';
import { meshPorts, meshRules } from '../../support/expected';
import { formatPortRanges } from '../../../shared/matrix';

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
  // Mesh: 6 ordered pairs x the cluster ports of the catalog (today 32 tcp + 3 udp = 210) and MongoDB 6;
  // 9200 from 3 nodes, 32769 from admins and 3 nodes, island printers 2: 216 + 9 = 225 inferred;
  // intake 515 x3 + admin 9000 x3 + Kibana 1 + 2119 x6 = 13 seed; printers 3 docs.
  const mesh = meshRules(plan);
  expect(summary.hostRules).toBe(mesh + 9 + 13 + 3);
  expect(summary.byEvidence).toEqual({ seed: 13, docs: 3, inferred: mesh + 9 });
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
  const cluster = meshPorts(plan).cluster;
  const ports = (protocol: string) =>
    formatPortRanges(
      cluster.filter((p) => p.endsWith(`/${protocol}`)).map((p) => Number(p.split('/')[0])),
    );
  expect(summary.openQuestions.map((q) => `${q.purpose} [${q.ports}] x${q.hostRules}`)).toEqual([
    `Cluster communication between OE nodes [${ports('tcp')}/tcp ${ports('udp')}/udp] x${6 * cluster.length}`,
    'Log shipping and queries to Elasticsearch [9200/tcp] x3',
    'OE services and MongoDB replica set reach the database [27017/tcp] x6',
    'Login and token checks at the identity provider [32769/tcp] x4',
    'Island checkout prints to island printers (lpr) [515/tcp] x1',
    'Island checkout prints to island printers (socket) [9100/tcp] x1',
  ]);
  expect(summary.openQuestions.every((q) => q.note.length > 0)).toBe(true);
});
