import {test, expect, gotoHydrated, CHAPTER_PATH, RECIPES_PATH} from './support/fixtures';
import {chapters} from '../../src/data/course';
import {youtubeWatchUrl} from '../../src/youtube/youtube';

test.describe('course index', () => {
  test('lists the 18 chapters in course order under "Índice"', async ({page}) => {
    await gotoHydrated(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', {level: 2, name: 'Índice'})).toBeVisible();
    // The chapters are the list's own items; a chapter's further pages are a list inside its item.
    const items = page.getByRole('list', {name: 'Capítulos del curso'}).locator(':scope > li');
    await expect(items).toHaveCount(18);
    const texts = await items.allInnerTexts();
    expect(texts.map((text, i) => text.startsWith(chapters[i]!.title))).toEqual(
      chapters.map(() => true),
    );
  });

  test('chapter 18 opens its page; the others are marked as video only', async ({page}) => {
    await gotoHydrated(page, '/');
    const list = page.getByRole('list', {name: 'Capítulos del curso'});
    for (const chapter of chapters) {
      const item = list.locator(':scope > li').nth(chapter.number - 1);
      const link = item.getByRole('link', {name: chapter.title});
      if (chapter.hasPage) {
        await expect(link).toHaveAttribute('href', `/${chapter.slug}`);
        await expect(item).not.toContainText('solo vídeo');
      } else {
        await expect(link).toHaveAttribute('href', youtubeWatchUrl(chapter.youtubeId));
        await expect(item).toContainText('solo vídeo');
      }
    }
    await expect(list.getByRole('link', {name: 'Recetas por lenguaje'})).toHaveAttribute(
      'href',
      RECIPES_PATH,
    );
    await list.getByRole('link', {name: 'Dockerfiles Multi-Stage y Distroless'}).click();
    await expect(page).toHaveURL(new RegExp(`${CHAPTER_PATH}$`));
  });

  test('links the course playlist on YouTube', async ({page}) => {
    await gotoHydrated(page, '/');
    await expect(
      page.getByRole('article').getByRole('link', {name: /lista de reproducción/}),
    ).toHaveAttribute('href', /list=PLQhxXeq1oc2n7YnjRhq7qVMzZWtDY7Zz0$/);
  });
});

test.describe('missing page', () => {
  test.use({
    expectedConsoleErrors: [
      {pattern: /status of 404/, reason: 'the browser logs the 404 response this test asks for'},
    ],
  });

  test('a missing URL shows the Spanish 404 page', async ({page}) => {
    const response = await page.goto('/no-existe-esta-pagina');
    expect(response?.status()).toBe(404);
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Página no encontrada');
    await expect(page.getByText('No hemos encontrado lo que buscabas.')).toBeVisible();
  });
});
