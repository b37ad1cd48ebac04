import { expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { presalesSummary } from '../../../shared/summary';
import { examplePlan } from '../../support/examples';
import { meshPorts } from '../../support/expected';

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
  // Mesh (seed, the page's sentence): 6 ordered pairs x the cluster ports of the catalog (today 32
  // tcp + 3 udp + 2119 for remote printing = 36: 216); intake 515 x3 + admin 9000 x3 + Kibana 1 = 7
  // more seed. Docs: printers 3 + admins' browser login at Keycloak 1 = 4. Inferred: MongoDB's mesh
  // (6), 9200 from 3 nodes, 32769 from 3 nodes, 2119 from the islands x6, island printers 2 = 6 + 14.
  const { cluster, mongodb } = meshPorts(plan);
  const pairs = plan.nodes.length * (plan.nodes.length - 1);
  const seed = pairs * cluster.length + 7;
  const inferred = pairs * mongodb.length + 14;
  expect(summary.hostRules).toBe(seed + 4 + inferred);
  expect(summary.byEvidence).toEqual({ seed, docs: 4, inferred });
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
  // One question per claim: the two island printer protocols rest on one.
  expect(summary.openQuestions.map((q) => `${q.purpose} [${q.ports}] x${q.hostRules}`)).toEqual([
    'Remote printing: island checkouts fetch jobs from the mainland [2119/tcp] x6',
    'Log shipping and queries to Elasticsearch [9200/tcp] x3',
    'OE services and MongoDB replica set reach the database [27017/tcp] x6',
    'Login and token checks at the identity provider [32769/tcp] x3',
    'Island checkout prints to island printers [515,9100/tcp] x2',
  ]);
  expect(summary.openQuestionRules).toBe(summary.byEvidence.inferred);
  expect(summary.openQuestions.every((q) => q.note.length > 0)).toBe(true);
});
