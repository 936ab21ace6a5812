import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH, RECIPES_PATH} from './support/fixtures';

/**
 * The bar at the top while a slow page change loads (src/enhancement/navigationProgress.ts,
 * standing in for the `nprogress` library the theme drives).
 */
async function slowNavigation(page: Page): Promise<void> {
  await gotoHydrated(page, CHAPTER_PATH);
  // Routing turns the HTTP cache off: the next page's scripts come from the network, slowly.
  await page.route('**/assets/js/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.locator(`a.pagination-nav__link--next[href="${RECIPES_PATH}"]`).click();
}

test('a slow page change shows the progress bar until the next page is there', async ({page}) => {
  await slowNavigation(page);
  const bar = page.locator('#nprogress .bar');
  await expect(bar).toBeVisible();
  await expect(page.locator('#nprogress')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Recetas por lenguaje');
  await expect(page.locator('#nprogress')).toHaveCount(0);
});

test('with reduced motion the bar stands still, and goes with the new page', async ({page}) => {
  await page.emulateMedia({reducedMotion: 'reduce'});
  await slowNavigation(page);
  const bar = page.locator('#nprogress .bar');
  await expect(bar).toBeVisible();
  expect(await bar.evaluate((element) => getComputedStyle(element).transitionDuration)).toBe('0s');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Recetas por lenguaje');
  await expect(page.locator('#nprogress')).toHaveCount(0);
});
