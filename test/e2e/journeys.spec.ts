import { test } from './fixtures';
import { JOURNEYS } from './journeys';
import { PlannerApp } from './pages/planner-app';

// The user journeys in browser mode: the real server on a fresh data folder, Debian's Chromium.
for (const journey of JOURNEYS) {
  test(journey.title, async ({ app, backend, page }, testInfo) => {
    await journey.run({
      app,
      importPlan: (path) => app.home.importFile(path),
      async restart() {
        // Closing the tab, then the backend; the same data folder, a new port and token.
        await page.goto('about:blank');
        await page.goto(await backend.restart());
        const reopened = new PlannerApp(page, testInfo);
        await reopened.home.expectShown();
        return reopened;
      },
    });
  });
}
