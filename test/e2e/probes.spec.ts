import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli } from '../support/cli';
import { expect, test } from './fixtures';
import { ProbesStep } from './pages/probes-step';
import { planFile } from './plans/files';

// The Probes step in browser mode: the server runs on this machine, so its probes do too. Every
// planned host is a loopback address, and every planned inbound port is above 1024.

/** A single server with the REST API: the management server reaches the OE node on 8080/tcp. */
const LOOPBACK = {
  schemaVersion: 1,
  project: { name: 'Loopback probes', customer: 'Lab', productVersion: '7.2.0', os: 'linux' },
  installation: 'single',
  nodes: [{ name: 'oe1', address: '127.0.0.1' }],
  managementServer: { name: 'mgmt', address: '127.0.0.2' },
  clientGroups: [{ name: 'API clients', kind: 'api-consumers', addresses: ['192.0.2.0/28'] }],
  printerNetworks: [],
  features: ['rest-api'],
};
const RULE = 'host:mgmt>host:oe1:8080/tcp';

/** A three-node cluster on its own loopback addresses: it has UDP rules to hold back. */
const CLUSTER = {
  schemaVersion: 1,
  project: { name: 'Loopback cluster', productVersion: '7.2.0', os: 'linux' },
  installation: 'cluster',
  nodes: [
    { name: 'oe1', address: '127.0.0.61' },
    { name: 'oe2', address: '127.0.0.62' },
    { name: 'oe3', address: '127.0.0.63' },
  ],
};

/** Is the port free on 127.0.0.1 here? The responder refuses to start otherwise, and says by whom. */
function tcpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

test('probe from this machine: responder, verified paths, a command-line report in the review', async ({
  app,
}) => {
  test.skip(!(await tcpPortFree(8080)), 'port 8080 is in use on this machine: the plan needs it');
  const { page, wizard } = app;
  const probes = new ProbesStep(page);
  const plan = planFile('loopback.oeplan.json', LOOPBACK);

  await app.home.importFile(plan);
  await app.home.open('Loopback probes');
  await wizard.goTo('Probes');
  await expect(probes.machine).toContainText(
    'The probes run on the computer where the planner’s server runs',
  );
  await expect(probes.machine).toContainText(
    'Probes connect only to the hosts and ports of this plan',
  );

  // This machine is the OE node: its planned port is free, and the responder answers on it.
  await probes.chooseHost('oe1');
  await expect(probes.machine.getByTestId('probe-host-facts')).toContainText(
    'listens on 1 planned port',
  );
  await probes.checkPorts();
  await expect(probes.rows(probes.local)).toHaveCount(1);
  await expect(probes.rows(probes.local).first()).toContainText(/8080\s*TCP\s*seal-rest\s*free/);
  await probes.startResponder();
  await expect(probes.responder.getByRole('status')).toContainText(
    'Listening on 1 port at 127.0.0.1',
  );
  await expect(probes.responder.getByRole('timer')).toContainText(/Stops in 1[45]:\d\d/);
  await app.check('probes-1-responder');

  // Then it is the management server: its path to the OE node is proven by the banner.
  await probes.chooseHost('mgmt');
  await probes.runReach();
  await expect(probes.reachOutcome).toHaveText(
    'Done: 1 result stored with the plan; the review shows it.',
  );
  await expect(probes.reachProgress).toHaveAttribute('value', '1');
  const verified = probes.rows(probes.reach);
  await expect(verified).toHaveCount(1);
  await expect(verified.first()).toContainText('oe1');
  await expect(verified.first()).toContainText('8080/tcp');
  await expect(verified.first()).toContainText('verified');
  await expect(verified.first()).toContainText('our responder on oe1 answered');
  await expect(probes.responder.getByRole('status')).toContainText('1 probe answered');
  await expect(probes.rows(probes.responder).first()).toContainText(
    /8080\/tcp\s*127\.0\.0\.2\s*answered/,
  );
  await probes.filterReach('blocked');
  await expect(probes.reach).toContainText('No result with this status.');
  await probes.filterReach('verified');
  await expect(probes.rows(probes.reach)).toHaveCount(1);
  await app.check('probes-2-verified');

  // Without the responder nothing listens: the command line on "mgmt" finds the path refused.
  await probes.stopResponder();
  const report = join(dirname(plan), 'mgmt-reach.json');
  const cli = runCli([
    'probe',
    'reach',
    '--plan',
    plan,
    '--as',
    'mgmt',
    '--format',
    'json',
    '--out',
    report,
    '--locale',
    'en',
  ]);
  expect(cli.status, cli.stderr).toBe(0);
  expect(JSON.parse(readFileSync(report, 'utf8')).results).toMatchObject([
    { ruleId: RULE, status: 'reachable' },
  ]);
  await probes.importReport(report);
  await expect(probes.importer.getByRole('status')).toContainText('Imported 1 result of mgmt');
  await app.check('probes-3-imported');

  // The review shows the newest status of each host rule: the imported one.
  await wizard.goTo('Review');
  const counts = page.getByTestId('probe-counts');
  await expect(counts.getByRole('listitem')).toHaveText([
    '0 verified',
    '0 open',
    '1 reachable',
    '0 blocked',
    '0 unreachable',
    '0 unresolved',
    '0 open or filtered',
    '1 untested',
  ]);
  await app.review.showLevel('Host rules');
  await page.getByLabel('Probe status').selectOption('reachable');
  await expect(app.review.rows('Host rules')).toHaveCount(1);
  await expect(app.review.rows('Host rules').first()).toContainText('mgmt');
  await expect(app.review.rows('Host rules').first()).toContainText('reachable');
  await page.getByLabel('Probe status').selectOption('untested');
  await expect(app.review.rows('Host rules').first()).toContainText('API clients');
  // Coverage: a refusal proves nothing, and the API clients have not probed at all.
  await expect(page.getByTestId('probe-coverage')).toHaveText(
    'Probe coverage: 0 of 2 rules verified from all their sources, 1 not proven yet, 1 not run',
  );
  await app.review.rows('Host rules').first().locator('.evidence').hover();
  await expect(page.locator('[data-testid="rule-coverage"]:visible')).toHaveText(
    /any address of API clients: not run yet/,
  );
  await app.check('probes-4-review');
});

test('cancel a reachability run at any time; what it finished is kept', async ({ app }) => {
  const { page, wizard } = app;
  const probes = new ProbesStep(page);
  // A silent UDP socket on a planned port of oe3: that one probe waits for its whole timeout.
  const silent = createSocket('udp4');
  await new Promise<void>((resolve) => silent.bind(8301, '127.0.0.63', resolve));
  try {
    await app.home.importFile(planFile('cluster.oeplan.json', CLUSTER));
    await app.home.open('Loopback cluster');
    await wizard.goTo('Probes');
    await probes.chooseHost('oe1');
    await probes.setReachOptions({ timeoutMs: 60_000 });
    await probes.runReach();
    const progress = probes.reach.getByText(/\d+ of \d+ host rules probed/);
    await expect(progress).toHaveText(/^(\d+) of (\d+) host rules probed/);
    // Every rule but the held one answers at once; the run then waits on that one.
    await expect
      .poll(async () => {
        const [done, total] = ((await progress.innerText()).match(/\d+/g) ?? []).map(Number);
        return total !== undefined && done === total - 1;
      })
      .toBe(true);
    await expect(probes.reach.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await app.check('probes-5-running');
    await probes.cancelReach();
    await expect(probes.reachOutcome).toHaveText(
      /^Cancelled: the \d+ results finished until then are stored\.$/,
    );
    await expect(probes.reach.getByRole('button', { name: 'Run reachability' })).toBeEnabled();
    await expect(
      probes.rows(probes.reach).filter({ hasText: '8301/udp' }).filter({ hasText: 'oe3' }),
    ).toHaveCount(0);
    await app.check('probes-6-cancelled');
  } finally {
    silent.close();
  }
});
