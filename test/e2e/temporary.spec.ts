import { expect, test } from './fixtures';
import { examplePath } from './plans/files';

// A feature needed only for the installation or a test: marked in the Features step, its rules
// say "temporary until" in the checklist.
test('a feature marked temporary until a date: compact in its card, and its rules carry the date', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.home.importAndOpen(examplePath('cluster-3-islands'), 'Output cluster Frankfurt');
  await app.wizard.goTo('Features');
  const card = app.features.card('Kibana');
  await expect(app.features.toggle('Kibana')).toBeChecked();
  // Only a switched-on feature can be temporary.
  await expect(
    app.features.card('IPP intake').getByRole('checkbox', { name: 'Temporary' }),
  ).toHaveCount(0);

  await card.getByRole('checkbox', { name: 'Temporary' }).check();
  const until = card.getByLabel('Temporary until');
  await expect(until).toBeVisible();
  await card.getByRole('combobox', { name: 'Needed for' }).selectOption('test');
  await until.fill('2027-01-15');
  await until.blur();
  // Compact: the step needs no horizontal scrolling at 1,280 px.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await app.check('features-temporary');

  // Kibana's rules say until when, in the checklist's spreadsheet.
  await app.wizard.goTo('Export');
  await app.exportStep.chooseFormat('CSV');
  await expect(app.exportStep.preview).toContainText('2027-01-15');

  // Not temporary any more: the date goes.
  await app.wizard.goTo('Features');
  await card.getByRole('checkbox', { name: 'Temporary' }).uncheck();
  await expect(card.getByLabel('Temporary until')).toHaveCount(0);
});
