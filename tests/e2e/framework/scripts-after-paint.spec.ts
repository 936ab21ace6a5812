import {test, expect, gotoHydrated} from '../support/fixtures';
import {LESSON_PATH} from '../support/fixtureSite';

/** The page paints before its scripts run (src/enhancement/scriptsAfterPaint.ts). */
test('a page is on screen before its scripts run, and then hydrates', async ({page}) => {
  // When Docusaurus' main bundle runs, it defines window.docusaurus: note the time.
  await page.addInitScript(() => {
    let value: unknown;
    Object.defineProperty(window, 'docusaurus', {
      configurable: true,
      get: () => value,
      set: (next: unknown) => {
        (window as unknown as {mainRanAt: number}).mainRanAt = performance.now();
        value = next;
      },
    });
  });
  await gotoHydrated(page, LESSON_PATH);
  const {mainRanAt, firstPaint} = await page.evaluate(() => ({
    mainRanAt: (window as unknown as {mainRanAt?: number}).mainRanAt,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  expect(firstPaint).toBeGreaterThan(0);
  expect(mainRanAt).toBeGreaterThan(firstPaint ?? Infinity);
  // Nor were they asked for before it: a script downloaded before the largest paint counts in
  // Lighthouse's LCP when its evaluation runs in short tasks.
  await expect(page.locator('link[rel="preload"][as="script"]')).toHaveCount(0);
  const requestedBeforePaint = await page.evaluate((paint) => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'));
    return {
      count: scripts.length,
      early: scripts.filter((entry) => entry.startTime < paint).map((entry) => entry.name),
    };
  }, firstPaint ?? 0);
  expect(requestedBeforePaint.count).toBeGreaterThan(0);
  expect(requestedBeforePaint.early).toEqual([]);
});
