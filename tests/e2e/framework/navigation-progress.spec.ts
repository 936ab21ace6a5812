import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated} from '../support/fixtures';
import {LESSON_PATH, NEXT_PATH, NEXT_TITLE} from '../support/fixtureSite';

/**
 * The bar at the top while a slow page change loads (src/enhancement/navigationProgress.ts,
 * standing in for the `nprogress` library the theme drives).
 */
async function slowNavigation(page: Page): Promise<void> {
  // On a phone the sidebar's link to the next page is hidden, so Docusaurus cannot prefetch that
  // page as soon as the lesson is idle, before the route below slows its scripts: the race made
  // this test fail on busy machines, with the next page already loaded and no bar to see.
  await page.setViewportSize({width: 390, height: 844});
  await gotoHydrated(page, LESSON_PATH);
  // Routing turns the HTTP cache off: the next page's scripts come from the network, slowly.
  await page.route('**/assets/js/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.locator(`a.pagination-nav__link--next[href="${NEXT_PATH}"]`).click();
}

test('a slow page change shows the progress bar until the next page is there', async ({page}) => {
  await slowNavigation(page);
  // A bar that has a size, hidden from screen readers; read in one turn, as below.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const bar = document.querySelector('#nprogress .bar');
        return bar && bar.getBoundingClientRect().height > 0
          ? document.querySelector('#nprogress')?.getAttribute('aria-hidden')
          : null;
      }),
    )
    .toBe('true');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(NEXT_TITLE);
  await expect(page.locator('#nprogress')).toHaveCount(0);
});

test('with reduced motion the bar stands still, and goes with the new page', async ({page}) => {
  await page.emulateMedia({reducedMotion: 'reduce'});
  await slowNavigation(page);
  // Found and read in one turn of the page's script: the bar can go between two steps of a test.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const bar = document.querySelector('#nprogress .bar');
        return bar ? getComputedStyle(bar).transitionDuration : null;
      }),
    )
    .toBe('0s');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(NEXT_TITLE);
  await expect(page.locator('#nprogress')).toHaveCount(0);
});
