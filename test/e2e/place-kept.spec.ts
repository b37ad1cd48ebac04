import { expect, test } from './fixtures';
import { example, planFile } from './plans/files';

const PLAN = 'Output cluster Frankfurt';

// The wizard keeps the technician's place: its address names the plan and the step.
test.describe('your place kept', () => {
  test('a reload keeps the step, Back and Forward move between steps, a link opens the step', async ({
    app,
    page,
  }) => {
    const { wizard } = app;
    await app.home.importAndOpen(
      planFile('frankfurt.oeplan.json', example('cluster-3-islands')),
      PLAN,
    );
    await wizard.expectStep('Project');
    await expect(page).toHaveURL(/#\/plans\/[^/]+\/project$/);
    await wizard.goTo('Clients');
    await wizard.goTo('Features');
    await expect(page).toHaveURL(/#\/plans\/[^/]+\/features$/);
    const featuresUrl = page.url();

    await page.reload();
    await wizard.expectStep('Features');
    await expect(page.getByTestId('plan-name')).toHaveText(PLAN);

    await page.goBack();
    await wizard.expectStep('Clients');
    await page.goBack();
    await wizard.expectStep('Project');
    await page.goForward();
    await wizard.expectStep('Clients');

    // A link to a step; an unknown step opens the first one; an unknown plan the library.
    await page.goto(featuresUrl.replace(/features$/, 'printers'));
    await wizard.expectStep('Printers and island sites');
    await page.goto(featuresUrl.replace(/features$/, 'no-such-step'));
    await wizard.expectStep('Project');
    await expect(page).toHaveURL(/\/project$/);
    await page.goto(
      featuresUrl.replace(/plans\/[^/]+\//, 'plans/00000000-0000-4000-8000-000000000000/'),
    );
    await app.home.expectShown();
    await expect(app.home.message).toContainText('not in this library');
    await page.goto(featuresUrl.replace(/plans\/[^/]+\//, 'plans/..%2Fetc/'));
    await app.home.expectShown();
    await expect(app.home.message).toContainText('not in this library');
    await expect(page).toHaveURL(/#\/$/);

    // Back from the library goes into the plan again.
    await app.home.open(PLAN);
    await wizard.expectStep('Project');
    await wizard.home();
    await page.goBack();
    await wizard.expectStep('Project');
  });

  test('a reopened plan calls a step complete only once it was visited', async ({ app }) => {
    const { wizard } = app;
    await app.home.importAndOpen(
      planFile('frankfurt.oeplan.json', example('cluster-3-islands')),
      PLAN,
    );
    await wizard.expectStep('Project');
    await expect(wizard.stepButton('Topology')).toContainText('not visited yet');
    await expect(wizard.stepButton('Features')).toContainText('not visited yet');
    await expect(wizard.stepButton('Topology')).not.toContainText('complete');
    await wizard.goTo('Topology');
    await wizard.goTo('Clients');
    await expect(wizard.stepButton('Topology')).toContainText('complete');
    await expect(wizard.stepButton('Features')).toContainText('not visited yet');
    await app.snapshot('never-visited-steps');
  });

  test('a removed client group comes back with the notice’s Undo, and again with Ctrl+Z', async ({
    app,
    page,
  }) => {
    const { wizard, clients } = app;
    await app.home.importAndOpen(
      planFile('frankfurt.oeplan.json', example('cluster-3-islands')),
      PLAN,
    );
    await wizard.goTo('Clients');
    await expect(clients.groups).toHaveCount(2);
    await clients
      .group(1)
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(clients.groups).toHaveCount(1);
    const toast = page.getByTestId('undo-toast');
    await expect(toast).toContainText('Removed “Office PCs”');
    await app.snapshot('removed-with-undo');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(toast).toBeHidden();
    await expect(clients.groups).toHaveCount(2);
    await expect(clients.group(1).getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
      'Office PCs',
    );

    // The same with the keyboard, outside a text field; Ctrl+Shift+Z brings the removal back.
    await clients
      .group(2)
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(clients.groups).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(clients.groups).toHaveCount(2);
    await expect(clients.group(2).getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
      'Admins',
    );
    await page.keyboard.press('Control+Shift+z');
    await expect(clients.groups).toHaveCount(1);
    await page.getByTestId('undo').click();
    await expect(clients.groups).toHaveCount(2);

    // Typing in a field is one step, undone with the button across steps.
    const name = clients.group(1).getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('Büro-PCs =1+1');
    await name.blur();
    await wizard.goTo('Project');
    await page.getByTestId('undo').click();
    await wizard.goTo('Clients');
    await expect(name).toHaveValue('Office PCs');
    await wizard.expectSaved();
  });
});
