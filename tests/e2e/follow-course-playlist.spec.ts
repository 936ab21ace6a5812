import {chapters} from '../../src/data/course';
import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH} from './support/fixtures';
import {COLOUR_MODES, expectNoAxeViolations, gotoInMode} from './support/axe';

const STORAGE_KEY = 'curso-docker:capitulos-vistos';
const CHAPTER_18 = 'Dockerfiles Multi-Stage y Distroless';
const CHAPTER_3 = 'Conceptos básicos de Docker, imágenes, contenedores y dockerfiles';

function outline(page: Page) {
  return page.getByRole('navigation', {name: 'Índice del curso'});
}

/** Each row has one button that shows that chapter's actions. */
async function openActions(page: Page, title: string): Promise<void> {
  const button = outline(page).getByRole('button', {name: `Opciones: ${title}`});
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

function watchedBox(page: Page, title: string) {
  return outline(page).getByRole('checkbox', {name: `Marcar como visto: ${title}`});
}

test.describe('follow the course playlist', () => {
  test('marks chapter 18 as current, "Capítulo 18 de 18"', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const nav = outline(page);
    await expect(nav).toContainText('Capítulo 18 de 18');
    const current = nav.locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(CHAPTER_18);
    await expect(
      nav.getByRole('list', {name: 'Capítulos del curso'}).locator(':scope > li'),
    ).toHaveCount(18);
  });

  test('progress survives a reload; garbage in storage resets it without errors', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const nav = outline(page);
    await expect(nav).toContainText('0 de 18 vistos');
    await openActions(page, CHAPTER_18);
    await watchedBox(page, CHAPTER_18).check();
    await openActions(page, CHAPTER_3);
    await watchedBox(page, CHAPTER_3).check();
    await expect(nav).toContainText('2 de 18 vistos');
    // Watched chapters say so in their row, without opening it.
    await expect(nav.getByRole('listitem').filter({hasText: CHAPTER_18})).toContainText('visto');
    await expect(nav.getByRole('progressbar')).toHaveAttribute('value', '2');

    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(outline(page)).toContainText('2 de 18 vistos');
    await openActions(page, CHAPTER_3);
    await expect(watchedBox(page, CHAPTER_3)).toBeChecked();

    await page.evaluate((key) => localStorage.setItem(key, '{"esto": "no vale"'), STORAGE_KEY);
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(outline(page)).toContainText('0 de 18 vistos');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  });

  test('"Reiniciar progreso" clears the marks', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const nav = outline(page);
    await openActions(page, CHAPTER_18);
    await watchedBox(page, CHAPTER_18).check();
    await expect(nav).toContainText('1 de 18 vistos');
    await nav.getByRole('button', {name: 'Reiniciar progreso'}).click();
    await expect(nav).toContainText('0 de 18 vistos');
    await expect(watchedBox(page, CHAPTER_18)).not.toBeChecked();
  });

  test('works when storage is unavailable (private mode)', async ({page}) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await gotoHydrated(page, CHAPTER_PATH);
    const nav = outline(page);
    await openActions(page, CHAPTER_3);
    await watchedBox(page, CHAPTER_3).check();
    await expect(nav).toContainText('1 de 18 vistos');
  });

  test('plays a chapter and the whole playlist in place, only on request', async ({
    page,
    thirdPartyRequests,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const nav = outline(page);
    await expect(nav.locator('iframe')).toHaveCount(0);
    await expect(nav.getByRole('link', {name: 'Lista de reproducción en YouTube'})).toHaveAttribute(
      'href',
      'https://www.youtube.com/playlist?list=PLQhxXeq1oc2n7YnjRhq7qVMzZWtDY7Zz0',
    );
    expect(thirdPartyRequests).toEqual([]);

    await openActions(page, CHAPTER_3);
    await nav.getByRole('button', {name: `Reproducir aquí: ${CHAPTER_3}`}).click();
    await expect(nav.locator('iframe')).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/cWm3_PZR7Os?autoplay=1',
    );
    await expect(nav.locator('iframe')).toBeFocused();

    await nav.getByRole('button', {name: 'Reproducir la lista aquí'}).click();
    await expect(nav.locator('iframe')).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/videoseries?list=PLQhxXeq1oc2n7YnjRhq7qVMzZWtDY7Zz0&autoplay=1',
    );
  });

  test('each row is the number, the title, its state and one button, all by keyboard', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const nav = outline(page);
    const rows = nav.getByRole('list', {name: 'Capítulos del curso'}).locator(':scope > li');
    // Numbers are the list's own markers, visible.
    expect(await rows.first().evaluate((row) => getComputedStyle(row).listStyleType)).toBe(
      'decimal',
    );
    expect(await rows.first().getByRole('button').count()).toBe(1);
    expect(await nav.getByRole('checkbox').count()).toBe(0);
    await expect(rows.last()).toContainText('(estás aquí)');
    const videoOnly = chapters.findIndex((chapter) => !chapter.hasPage);
    await expect(rows.nth(videoOnly)).toContainText('solo vídeo');

    const options = nav.getByRole('button', {name: `Opciones: ${CHAPTER_3}`});
    await options.focus();
    await page.keyboard.press('Enter');
    await expect(options).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('button', {name: `Reproducir aquí: ${CHAPTER_3}`})).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(watchedBox(page, CHAPTER_3)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(nav).toContainText('1 de 18 vistos');
    await options.focus();
    await page.keyboard.press('Enter');
    await expect(options).toHaveAttribute('aria-expanded', 'false');
    await expect(watchedBox(page, CHAPTER_3)).toHaveCount(0);
  });

  test('the course index lists the same outline without a current chapter', async ({page}) => {
    await gotoHydrated(page, '/');
    const nav = outline(page);
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
    await expect(nav).not.toContainText('Capítulo 18 de 18');
    await expect(nav).toContainText('0 de 18 vistos');
  });

  for (const mode of COLOUR_MODES) {
    test(`has no axe violations in ${mode} mode`, async ({page}) => {
      await gotoInMode(page, CHAPTER_PATH, mode);
      await openActions(page, CHAPTER_18);
      await watchedBox(page, CHAPTER_18).check();
      await expectNoAxeViolations(page, {include: 'nav[aria-label="Índice del curso"]'});
    });
  }
});

test.describe('the outline without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('is a plain list of links', async ({page}) => {
    await page.goto(CHAPTER_PATH);
    const list = outline(page).getByRole('list', {name: 'Capítulos del curso'});
    // Each chapter, and chapter 18's recipes page.
    await expect(list.getByRole('link')).toHaveCount(19);
    await expect(outline(page).getByRole('button')).toHaveCount(0);
  });
});
