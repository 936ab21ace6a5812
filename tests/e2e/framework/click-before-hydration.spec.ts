import type {Page} from '@playwright/test';
import {test, expect} from '../support/fixtures';
import {LESSON_PATH} from '../support/fixtureSite';

/**
 * On a slow phone a page is readable, and its buttons visible, well before React has
 * hydrated it. A reader who answers a question, presses play, switches the colour mode or opens
 * the menu in that time must get the result (src/enhancement/earlyClicks.ts), not a dead button.
 */

/** Opens the lesson with every script held back; the returned function lets them load. */
async function openWithScriptsHeld(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const scriptsHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/js/**', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto(LESSON_PATH, {waitUntil: 'commit'});
  return release;
}

async function expectNotHydrated(page: Page): Promise<void> {
  // The clicks happened on the server's HTML: no script of the page had run yet.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'false');
}

test('"Comprobar" and play pressed before hydration take effect once the scripts run', async ({
  page,
}) => {
  const release = await openWithScriptsHeld(page);

  const question = page.getByRole('group', {name: /^1\. /});
  await question.getByRole('radio', {name: 'FROM'}).check();
  await question.getByRole('button', {name: 'Comprobar'}).click();
  await page.getByRole('button', {name: /^Reproducir vídeo:/}).click();
  await expectNotHydrated(page);
  await expect(question).not.toContainText('Correcto');

  release();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(question).toContainText('✓ Correcto.');
  await expect(question.getByRole('radio', {name: 'FROM'})).toBeChecked();
  await expect(page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]')).toHaveCount(
    1,
  );
});

test('the colour mode toggle pressed before hydration switches the mode once, and keeps it', async ({
  page,
}) => {
  await page.emulateMedia({colorScheme: 'dark'});
  const release = await openWithScriptsHeld(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // Enabled in the server's HTML: a disabled button would swallow the click.
  const toggle = page.getByRole('button', {name: /^Cambiar entre modo oscuro y claro/});
  await expect(toggle).toBeEnabled();
  await toggle.click();
  await expectNotHydrated(page);
  await expect(html).toHaveAttribute('data-theme', 'dark');

  release();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  // System (dark here) → light: the next mode of the three, not two steps.
  await expect(html).toHaveAttribute('data-theme-choice', 'light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the menu button pressed before hydration opens the menu on a phone', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  const release = await openWithScriptsHeld(page);
  const menuButton = page.getByRole('button', {name: 'Alternar barra lateral'});
  await menuButton.click();
  await expectNotHydrated(page);

  release();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(
    page
      .locator('.navbar-sidebar')
      .getByRole('link', {name: /Índice/})
      .first(),
  ).toBeVisible();
});

test('"Comprobar" with no answer chosen asks for one', async ({page}) => {
  await page.goto(LESSON_PATH);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const question = page.getByRole('group', {name: /^1\. /});
  await question.getByRole('button', {name: 'Comprobar'}).click();
  await expect(question).toContainText('Elige una respuesta antes de comprobar.');
  await question.getByRole('radio', {name: 'RUN'}).check();
  await expect(question).not.toContainText('Elige una respuesta');
});
