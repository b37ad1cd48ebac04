import { defineConfig } from '@playwright/test';

/** Debian's Chromium (apt-get install chromium); `npx playwright install` cannot download here. */
export const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Journeys through the real renderer and the real backend: browser mode (each test starts its own
// server on a fresh data folder) and, where an Electron binary exists, the desktop app.
export default defineConfig({
  outputDir: 'test-results',
  reporter: [['list']],
  // A loaded 2-core machine: generous limits, no retries that would hide flakiness.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 2,
  fullyParallel: true,
  retries: 0,
  use: {
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 20_000,
  },
  projects: [
    {
      name: 'browser',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testDir: 'test/e2e-electron' },
  ],
});
