/**
 * The lab under a large paste: 10,000 lines of Dockerfile pasted into the editor, then typing.
 * The lab checks only the first 300 lines, so the page must not freeze; this measures the
 * longest main-thread task from the paste until typing has gone on (CPU not throttled). It lives
 * here, not in a test, because it is a time: the e2e test checks the behaviour (the cap and the
 * typing), the benchmark the time.
 */

import {manyRunLines, pasteInto} from '../tests/paste.mjs';

export const LAB_PATH = '/laboratorio';
const PASTED_LINES = 10_000;

/** Longest task (ms) and tasks over 50 ms while pasting and typing into the lab's editor. */
export async function measureLabPaste(browser, siteUrl) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}${LAB_PATH}`);
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.evaluate(() => {
      window.benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
      }).observe({type: 'longtask'});
    });
    await pasteInto(editor, manyRunLines(PASTED_LINES));
    await page.keyboard.type('\nRUN echo sigo escribiendo', {delay: 20});
    await page
      .getByRole('region', {name: 'Problemas'})
      .filter({hasText: 'Solo se revisan las primeras 300 líneas'})
      .waitFor();
    await page.keyboard.type(' y sigo', {delay: 20});
    // The longtask entries of the last frames arrive after them.
    await page.waitForTimeout(600);
    const tasks = await page.evaluate(() => window.benchLongTasks);
    return {
      longestTaskMs: Math.max(0, ...tasks),
      tasksOver50: tasks.length,
    };
  } finally {
    await context.close();
  }
}
