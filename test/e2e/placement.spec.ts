import { expect, test } from './fixtures';

const VENDOR_HINT = 'The vendor’s recommendation for this installation, until you choose.';

// A plan made in the wizard gets the vendor's placement of the Elastic Stack and Keycloak until the
// technician chooses one: in a cluster with a management server, that is the management server.
test('a new cluster with a management server runs the Elastic Stack and Keycloak on it', async ({
  app,
}) => {
  const { wizard, topology, review } = app;
  await app.home.newPlan();
  await app.project.fill({ name: 'Cluster Leipzig', customer: 'Sachsen Druck GmbH' });
  await wizard.next();

  // A single server: everything on the OE node, as the vendor's default, not yet chosen.
  for (const component of ['Elasticsearch and Kibana', 'Keycloak'] as const) {
    await expect(topology.placementChoice(component, 'On the OE nodes')).toBeChecked();
    await expect(topology.placement(component)).toContainText(VENDOR_HINT);
  }
  await expect(topology.placementChoice('MongoDB', 'On the OE nodes')).toBeChecked();
  await expect(topology.placement('MongoDB')).not.toContainText(VENDOR_HINT);

  await topology.choose('Cluster');
  await topology.fillNode(1, { address: '192.0.2.11' });
  for (const n of [2, 3]) await topology.addNode({ address: `192.0.2.1${n}` });
  await topology.addManagementServer({ address: '192.0.2.20' });
  for (const component of ['Elasticsearch and Kibana', 'Keycloak'] as const) {
    await expect(topology.placementChoice(component, 'On the management server')).toBeChecked();
    await expect(topology.placement(component)).toContainText(VENDOR_HINT);
  }
  await expect(topology.placementChoice('MongoDB', 'On the OE nodes')).toBeChecked();
  await app.check('placement-vendor-default');

  // The review's rules follow: the OE nodes ship their logs to Elasticsearch on the management server.
  await wizard.goTo('Review');
  await review.showLevel('Host rules');
  await review.search('9200/tcp mgmt');
  await expect(review.matchCount).toContainText(/^3 of /);
  await expect(review.rows('Host rules').first()).toContainText('192.0.2.20');

  // What was saved has no placement of its own: opened again, the default is still shown as such.
  await wizard.expectSaved();
  await wizard.home();
  await app.home.open('Cluster Leipzig');
  await wizard.goTo('Topology');
  await expect(
    topology.placementChoice('Elasticsearch and Kibana', 'On the management server'),
  ).toBeChecked();
  await expect(topology.placement('Elasticsearch and Kibana')).toContainText(VENDOR_HINT);

  // Choosing writes the choice: the hint goes, and so do the rules to the management server.
  await topology.place('Elasticsearch and Kibana', 'On the OE nodes');
  await expect(
    topology.placementChoice('Elasticsearch and Kibana', 'On the OE nodes'),
  ).toBeChecked();
  await expect(topology.placement('Elasticsearch and Kibana')).not.toContainText(VENDOR_HINT);
  await expect(topology.placement('Keycloak')).toContainText(VENDOR_HINT);
  await wizard.goTo('Review');
  await review.showLevel('Host rules');
  await review.search('9200/tcp mgmt');
  await expect(review.matchCount).toContainText(/^0 of /);

  // A dedicated host list appears on the first choice of dedicated hosts.
  await wizard.goTo('Topology');
  await topology.place('Keycloak', 'On dedicated hosts');
  await expect(app.page.getByRole('button', { name: 'Add host' })).toHaveCount(1);
  await expect(topology.placement('Keycloak')).not.toContainText(VENDOR_HINT);
});
