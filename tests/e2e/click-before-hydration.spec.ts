import {test, expect, CHAPTER_PATH} from './support/fixtures';

/**
 * On a slow phone the chapter is readable, and its buttons visible, well before React has
 * hydrated it. A reader who answers a question or presses play in that time must get the
 * result (src/enhancement/earlyClicks.ts), not a dead button.
 */
test('"Comprobar" and play pressed before hydration take effect once the scripts run', async ({
  page,
}) => {
  let release = (): void => undefined;
  const scriptsHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/js/**', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto(CHAPTER_PATH, {waitUntil: 'commit'});

  const question = page.getByRole('group', {name: /^1\. /});
  await question.getByRole('radio', {name: 'FROM'}).check();
  await question.getByRole('button', {name: 'Comprobar'}).click();
  await page.getByRole('button', {name: /^Reproducir vídeo:/}).click();
  // Both clicks happened on the server's HTML: no script of the page had run yet.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'false');
  await expect(question).not.toContainText('Correcto');

  release();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(question).toContainText('✓ Correcto.');
  await expect(question.getByRole('radio', {name: 'FROM'})).toBeChecked();
  await expect(page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]')).toHaveCount(
    1,
  );
});

test('"Comprobar" with no answer chosen asks for one', async ({page}) => {
  await page.goto(CHAPTER_PATH);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const question = page.getByRole('group', {name: /^1\. /});
  await question.getByRole('button', {name: 'Comprobar'}).click();
  await expect(question).toContainText('Elige una respuesta antes de comprobar.');
  await question.getByRole('radio', {name: 'RUN'}).check();
  await expect(question).not.toContainText('Elige una respuesta');
});
