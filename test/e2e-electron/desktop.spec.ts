import { _electron as electron, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { JOURNEYS, type JourneyContext } from '../e2e/journeys';
import { PlannerApp } from '../e2e/pages/planner-app';

// The same journeys as in browser mode, through the desktop app. The electron package downloads
// its binary on first use; where that cannot happen (no internet but the npm registry), the suite
// says so and skips: it neither fails nor pretends to have run.

const MAIN = join(import.meta.dirname, '../../dist/electron/main.js');

/**
 * The Electron binary, found the way require('electron') finds it, but without its fallback of
 * downloading the binary there and then (which would hang or fail on a machine without internet).
 */
function findElectron(): { binary: string } | { reason: string } {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !existsSync(pathFile)) {
    return {
      reason:
        'no Electron binary is installed (node_modules/electron/path.txt is missing: the binary downloads on first use, which this machine cannot do)',
    };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
  const expected = override ? join(override, relative) : join(packageDir, 'dist', relative);
  if (!existsSync(expected)) return { reason: `the Electron binary ${expected} does not exist` };
  if (!existsSync(MAIN)) return { reason: `${MAIN} is missing: run \`npm run build\` first` };
  return { binary: require('electron') as string };
}

const found = findElectron();
const skipReason = 'reason' in found ? found.reason : null;
if (skipReason) {
  process.stdout.write(
    `\nDesktop (Electron) journeys skipped: ${skipReason}. The same journeys run in browser mode.\n\n`,
  );
}

test.describe('desktop app', () => {
  test.skip(skipReason !== null, `skipped: ${skipReason}`);

  for (const journey of JOURNEYS) {
    // eslint-disable-next-line no-empty-pattern -- no fixtures: the test launches the app itself
    test(journey.title, async ({}, testInfo) => {
      const binary = (found as { binary: string }).binary;
      const dataDir = mkdtempSync(join(tmpdir(), 'oe-planner-desktop-'));
      let running: ElectronApplication | null = null;

      async function launch(): Promise<PlannerApp> {
        running = await electron.launch({
          executablePath: binary,
          args: [MAIN, '--data-dir', dataDir],
        });
        const page = await running.firstWindow();
        const app = new PlannerApp(page, testInfo);
        await app.home.expectShown();
        return app;
      }

      try {
        const context: JourneyContext = {
          app: await launch(),
          async restart() {
            await running!.close();
            context.app = await launch();
            return context.app;
          },
          async importPlan(path) {
            // The native open dialog cannot be clicked: main answers it with the file instead.
            await running!.evaluate(({ dialog }, file) => {
              dialog.showOpenDialog = (async () => ({
                canceled: false,
                filePaths: [file],
              })) as unknown as typeof dialog.showOpenDialog;
            }, path);
            await context.app.page.getByRole('button', { name: 'Import plan file…' }).click();
          },
        };
        await journey.run(context);
      } finally {
        await (running as ElectronApplication | null)?.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});
