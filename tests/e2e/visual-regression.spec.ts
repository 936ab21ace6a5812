import {existsSync} from 'node:fs';
import type {Locator, Page} from '@playwright/test';
import {chaptersWithPage} from '../../src/data/course';
import {test, expect, CHAPTER_PATH} from './support/fixtures';
import {COLOUR_MODES, gotoInMode, type ColourMode} from './support/axe';

/**
 * Screenshots of what readers look at most, compared with the committed baselines in
 * visual-regression.spec.ts-snapshots/. After an intended visual change, rebuild and update them:
 *
 *   npm run build && npm run test:visual:update
 *
 * The tolerance (playwright.config.ts, `toHaveScreenshot`) absorbs the anti-aliasing and font
 * hinting differences of a newer Chromium from Debian; a moved box or a missing line does not
 * pass.
 */

const VIEWPORTS = [
  {name: 'phone', width: 390, height: 844},
  {name: 'laptop', width: 1280, height: 800},
] as const;

/**
 * Opens the chapter for a picture: the sticky navbar and the back-to-top button would cover part
 * of a tall element once it is scrolled into view; the pointer must not leave a hover state.
 */
async function openForScreenshot(page: Page, mode: ColourMode): Promise<void> {
  await gotoInMode(page, CHAPTER_PATH, mode);
  await page.addStyleTag({
    content: '.navbar, .theme-back-to-top-button { visibility: hidden !important; }',
  });
}

/**
 * Text is rasterised against the pixel grid: the same element at y = 1203.4 and at y = 1210.0
 * gives different anti-aliasing. Content added above it must not fail the picture, so the
 * element is nudged onto whole pixels first.
 */
async function screenshot(page: Page, target: Locator, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await target.scrollIntoViewIfNeeded();
  await target.evaluate((el: HTMLElement) => {
    const {top, left} = el.getBoundingClientRect();
    el.style.position = 'relative';
    el.style.top = `${Math.round(top) - top}px`;
    el.style.left = `${Math.round(left) - left}px`;
  });
  await expect(target).toHaveScreenshot(name);
}

/**
 * The outline and the sidebar change, by design, whenever a chapter gets its page. Their
 * baselines are kept per set of chapters with a page ("pages-18", "pages-1-18"): a contributor
 * who adds a chapter gets no false failure from the old pictures, and these two tests are skipped,
 * saying so, until `npm run test:visual:update` records the new ones.
 */
const PAGES_KEY = `pages-${chaptersWithPage.map((chapter) => chapter.number).join('-')}`;

async function courseScreenshot(page: Page, target: Locator, name: string): Promise<void> {
  const info = test.info();
  const file = `${name.replace(/\.png$/, '')}-${PAGES_KEY}.png`;
  const updating = ['all', 'changed'].includes(info.config.updateSnapshots);
  test.skip(
    !updating && !existsSync(info.snapshotPath(file)),
    `no baseline for the chapters with a page (${PAGES_KEY}): run npm run test:visual:update`,
  );
  await screenshot(page, target, file);
}

async function sidebar(page: Page, width: number): Promise<Locator> {
  if (width >= 997) return page.getByRole('navigation', {name: 'Barra lateral del curso'});
  await page
    .getByRole('button', {name: /Alternar (la )?barra/i})
    .first()
    .click();
  const drawer = page.locator('.navbar-sidebar');
  await expect(drawer).toBeVisible();
  return drawer;
}

for (const viewport of VIEWPORTS) {
  for (const mode of COLOUR_MODES) {
    test.describe(`${viewport.name} ${viewport.width}×${viewport.height}, ${mode}`, () => {
      test.use({viewport: {width: viewport.width, height: viewport.height}});

      test('a comparison', async ({page}) => {
        await openForScreenshot(page, mode);
        const figure = page.getByRole('figure', {name: /El mismo servicio en Go/});
        // Steps 2 and 3: marked lines, a COPY --from bar and a folded build stage.
        await figure.getByRole('combobox', {name: 'Antes'}).selectOption('2. Multi-stage');
        await figure.getByRole('combobox', {name: 'Después'}).selectOption('3. scratch');
        await screenshot(page, figure, `comparison-${viewport.name}-${mode}.png`);
      });

      test('the course outline', async ({page}) => {
        await openForScreenshot(page, mode);
        const outline = page.getByRole('navigation', {name: 'Índice del curso'});
        await outline
          .getByRole('button', {name: 'Opciones: Conceptos básicos de Docker', exact: false})
          .click();
        await courseScreenshot(page, outline, `outline-${viewport.name}-${mode}.png`);
      });

      test('the sidebar', async ({page}) => {
        await gotoInMode(page, CHAPTER_PATH, mode);
        const menu = await sidebar(page, viewport.width);
        await menu.getByRole('button', {name: /Solo en vídeo/}).click();
        await courseScreenshot(page, menu, `sidebar-${viewport.name}-${mode}.png`);
      });

      test('a quiz question, answered', async ({page}) => {
        await openForScreenshot(page, mode);
        const question = page.getByRole('group', {name: /^3\. Un Dockerfile tiene las etapas/});
        await question.getByRole('radio', {name: /^Solo la etapa test/}).check();
        await question.getByRole('button', {name: 'Comprobar'}).click();
        await screenshot(page, question, `quiz-${viewport.name}-${mode}.png`);
      });
    });
  }
}

test.describe('quiz on small phones', () => {
  for (const width of [320, 360, 390]) {
    test(`no border or control crosses the text at ${width} px`, async ({page}) => {
      await page.setViewportSize({width, height: 800});
      await gotoInMode(page, CHAPTER_PATH, 'light');
      const questions = page.getByRole('group', {name: /^\d\. /});
      for (let i = 0; i < (await questions.count()); i += 1) {
        const overlap = await questions.nth(i).evaluate((fieldset) => {
          const legend = fieldset.querySelector('legend')!.getBoundingClientRect();
          const box = fieldset.getBoundingClientRect();
          const borderTop = box.top + parseFloat(getComputedStyle(fieldset).borderTopWidth);
          const options = [...fieldset.querySelectorAll('label')].map((label) =>
            label.getBoundingClientRect(),
          );
          return {
            legendAboveBorder: legend.top < borderTop - 0.5,
            legendOutside: legend.right > box.right + 0.5 || legend.left < box.left - 0.5,
            optionsOverLegend: options.some((option) => option.top < legend.bottom - 0.5),
          };
        });
        expect(overlap, `question ${i + 1}`).toEqual({
          legendAboveBorder: false,
          legendOutside: false,
          optionsOverLegend: false,
        });
      }
    });
  }
});
