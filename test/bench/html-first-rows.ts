// The HTML report's time to first rows in Chromium: from the page's navigation to the mark its script
// sets once the first rows are in the page (performance.mark('report-rows')), opened from disk.
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';

/** The median of `runs` openings, each in a fresh page, after one to warm the browser up. */
export async function htmlFirstRows(file: string, runs: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const samples: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.locator('#rule-table tbody.rule').first().waitFor();
      const mark = await page.evaluate(
        () => performance.getEntriesByName('report-rows')[0]?.startTime ?? Number.NaN,
      );
      if (i > 0) samples.push(mark);
      await page.close();
    }
    return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  } finally {
    await browser.close();
  }
}
