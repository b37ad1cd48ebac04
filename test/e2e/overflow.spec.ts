import { expect, test } from './fixtures';
import { example, planFile } from './plans/files';

const STEPS = [
  'project',
  'topology',
  'clients',
  'printers',
  'features',
  'review',
  'presales',
  'probes',
  'export',
] as const;

// No page of the wizard scrolls sideways, however long its lists and whichever language.
for (const width of [1280, 1920]) {
  test(`no step of a plan with every feature scrolls sideways at ${width} px, in English and German`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await app.home.importAndOpen(
      planFile('munich.oeplan.json', example('cluster-5-every-feature')),
      'Output cluster Munich',
    );
    const base = page.url().replace(/[^/]+$/, '');
    const wide: string[] = [];
    for (const locale of ['en', 'de']) {
      await page.getByRole('banner').getByRole('combobox').selectOption(locale);
      for (const step of STEPS) {
        await page.goto(`${base}${step}`);
        await expect(page.locator('main h1')).toBeVisible();
        await page.waitForLoadState('networkidle');
        // The review's rows and the matrix arrive from the worker: wait until they are drawn.
        if (step === 'review') await expect(page.locator('main table').first()).toBeVisible();
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) wide.push(`${locale} ${step}: ${scroll} px in ${client} px`);
        if (width === 1280 && ['features', 'probes', 'review'].includes(step)) {
          await app.snapshot(`${locale}-${step}-${width}`);
        }
      }
    }
    expect(wide).toEqual([]);
  });
}
