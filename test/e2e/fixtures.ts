import { test as base, expect } from '@playwright/test';
import { BrowserBackend } from './backend';
import { PlannerApp } from './pages/planner-app';

interface Fixtures {
  /** The real browser-mode server on a fresh data folder of this test. */
  backend: BrowserBackend;
  /** The planner opened at the URL the server printed (its token in the fragment). */
  app: PlannerApp;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from it
  backend: async ({}, use) => {
    const backend = new BrowserBackend();
    await backend.start();
    await use(backend);
    await backend.dispose();
  },
  app: async ({ page, backend }, use, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(backend.url);
    const app = new PlannerApp(page, testInfo);
    await app.home.expectShown();
    await use(app);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
