import { expect, test } from './fixtures';
import { example, planFile } from './plans/files';

test.describe('the review and the fields, readable', () => {
  test('a rule row expands with the keyboard to its full sources, destinations and evidence', async ({
    app,
    page,
  }) => {
    const { wizard, review } = app;
    await app.home.importAndOpen(
      planFile('munich.oeplan.json', example('cluster-5-every-feature')),
      'Output cluster Munich',
    );
    await wizard.goTo('Review');
    const rows = review.rows('Firewall rules');
    await expect(rows.first()).toBeVisible();
    const toggle = rows.first().getByRole('button', { name: /Show all of this rule/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    await expect(details).toBeVisible();
    await expect(details).toContainText('From');
    await expect(details).toContainText('Evidence');
    await expect(details).toContainText(/https?:\/\/|this planner/i);
    await app.snapshot('rule-row-expanded');
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(details).toBeHidden();
  });

  test('typing an out-of-range port and correcting it keeps the panel open and the focus', async ({
    app,
    page,
  }) => {
    const { wizard } = app;
    await app.home.importAndOpen(
      planFile('munich.oeplan.json', example('cluster-5-every-feature')),
      'Output cluster Munich',
    );
    await wizard.goTo('Features');
    await page.getByText('Configurable ports').click();
    const port = page.getByRole('spinbutton', { name: 'DPF REST API port' });
    await port.fill('');
    await port.pressSequentially('70000');
    await expect(page.getByText(/65535|65,535/).first()).toBeVisible();
    await page.keyboard.press('Backspace');
    await expect(port).toHaveValue('7000');
    await expect(port).toBeFocused();
    await expect(port).toBeVisible();
    // Still typing in the same field: the panel did not fold away.
    await page.keyboard.type('1');
    await expect(port).toHaveValue('70001');
  });
});
