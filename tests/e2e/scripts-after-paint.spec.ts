import {test, expect, gotoHydrated, CHAPTER_PATH} from './support/fixtures';

/** The page paints before its scripts run (src/enhancement/scriptsAfterPaint.ts). */
test('the chapter is on screen before its scripts run, and then hydrates', async ({page}) => {
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
  await gotoHydrated(page, CHAPTER_PATH);
  const {mainRanAt, firstPaint} = await page.evaluate(() => ({
    mainRanAt: (window as unknown as {mainRanAt?: number}).mainRanAt,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  expect(firstPaint).toBeGreaterThan(0);
  expect(mainRanAt).toBeGreaterThan(firstPaint ?? Infinity);
  // The scripts were asked for with the page, at low priority, not after the paint.
  const preloads = await page
    .locator('head link[rel="preload"][as="script"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('fetchpriority')));
  expect(preloads).toEqual(['low', 'low']);
});
