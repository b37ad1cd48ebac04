import { expect, test } from './fixtures';

test('closing the page right after typing keeps what was typed', async ({ app, backend, page }) => {
  await app.home.newPlan();
  await app.project.fill({ name: 'Typed just before closing' });
  await app.project.field('Customer').fill('Last second GmbH');
  // No wait for "Saved": leaving the page sends what the autosave has not sent yet.
  await page.goto('about:blank');
  await expect(async () => {
    await page.goto(backend.url);
    await expect(app.home.row('Typed just before closing')).toContainText('Last second GmbH', {
      timeout: 2000,
    });
  }).toPass();
});
