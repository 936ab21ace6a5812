import type {Page} from '@playwright/test';
import {
  test,
  expect,
  gotoHydrated,
  literally,
  note,
  CHAPTER_PATH,
  RECIPES_PATH,
} from './support/fixtures';
import {COLOUR_MODES, expectNoAxeViolations, gotoInMode} from './support/axe';

function searchBox(page: Page) {
  // A plain text box until the autocomplete starts, a combobox after.
  return page
    .getByRole('combobox', {name: 'Buscar'})
    .or(page.getByRole('searchbox', {name: 'Buscar'}))
    .or(page.getByRole('textbox', {name: 'Buscar'}));
}

function results(page: Page) {
  return page.getByRole('listbox').getByRole('option');
}

test.describe('search the chapter in Spanish, offline', () => {
  test('"distroless" finds the chapter and its distroless sections', async ({
    page,
    thirdPartyRequests,
  }) => {
    await gotoHydrated(page, '/');
    await searchBox(page).fill('distroless');
    await expect(results(page).first()).toBeVisible();
    const texts = await results(page).allInnerTexts();
    note(`search "distroless":\n  ${texts.map((t) => t.replace(/\s+/g, ' ')).join('\n  ')}`);
    expect(texts[0]).toContain('Dockerfiles Multi-Stage y Distroless');
    await results(page)
      .filter({hasText: 'Qué es una imagen distroless (y qué no es)'})
      .first()
      .click();
    await expect(page).toHaveURL(
      new RegExp(
        `${CHAPTER_PATH}#qu%C3%A9-es-una-imagen-distroless-y-qu%C3%A9-no-es$|${CHAPTER_PATH}#qué-es-una-imagen-distroless-y-qué-no-es$`,
      ),
    );
    // The figures above the heading load their code after a client-side navigation (they are
    // kept static on a page's first load): the heading stays in view once they are in.
    await expect(
      page.getByRole('region', {name: /^Dependencias que un Dockerfile multi-stage/}),
    ).toBeAttached();
    await expect(page.getByRole('figure', {name: /^Tamaño de la imagen final/})).toBeAttached();
    await expect(
      page.getByRole('heading', {name: /^Qué es una imagen distroless/}),
    ).toBeInViewport();
    expect(thirdPartyRequests).toEqual([]);
  });

  test('the recipes page is in the index: a Java error finds the Java recipe', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await searchBox(page).fill('UnsupportedClassVersionError');
    await expect(results(page).first()).toBeVisible();
    const texts = await results(page).allInnerTexts();
    note(
      `search "UnsupportedClassVersionError":\n  ${texts.map((t) => t.replace(/\s+/g, ' ')).join('\n  ')}`,
    );
    await results(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${literally(RECIPES_PATH)}#java$`));
  });

  test('"scratch" reaches its section; Spanish stemming matches plural forms', async ({page}) => {
    await gotoHydrated(page, '/');
    await searchBox(page).fill('scratch');
    await results(page).filter({hasText: 'scratch: cuando no hace falta nada'}).first().click();
    await expect(page).toHaveURL(/#scratch-cuando-no-hace-falta-nada$/);
    // "etapas" (plural) finds text that only says "etapa".
    await searchBox(page).fill('descartadas');
    await expect(results(page).first()).toBeVisible();
  });

  test('the keyboard shortcut focuses the search box', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
  });

  for (const width of [577, 844, 996, 1280]) {
    test(`at ${width} px the shortcut hint leaves «Buscar» whole`, async ({page}) => {
      await page.setViewportSize({width, height: 720});
      await gotoHydrated(page, CHAPTER_PATH);
      const hint = page.locator('kbd').filter({hasText: 'ctrl'});
      await expect(hint).toBeVisible();
      // Where the placeholder's last letter ends, in the box's own font and padding.
      const placeholderEnd = await searchBox(page).evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return (
          input.getBoundingClientRect().left +
          Number.parseFloat(style.paddingLeft) +
          context.measureText(input.placeholder).width
        );
      });
      const hintStart = (await hint.boundingBox())!.x;
      expect(hintStart, 'the «ctrl K» hint starts before «Buscar» ends').toBeGreaterThan(
        placeholderEnd,
      );
    });
  }

  test('the search code loads only when the reader reaches for the box, keeping what was typed', async ({
    page,
  }) => {
    // lunr's Spanish stop-word filter registers under this name: it marks the search code.
    const SEARCH_CODE = 'stopWordFilter-es';
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(response.text().catch(() => ''));
    });
    const searchCodeFetched = async (): Promise<boolean> =>
      (await Promise.all(scripts)).some((body) => body.includes(SEARCH_CODE));
    await gotoHydrated(page, CHAPTER_PATH);
    await page.waitForLoadState('networkidle');
    expect(await searchCodeFetched(), 'search code fetched with the page').toBe(false);
    // Typed straight away, while the real search box is still on its way.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('distroless');
    const box = page.getByRole('combobox', {name: 'Buscar'});
    await expect(box).toHaveValue('distroless');
    await expect(box).toBeFocused();
    await expect(results(page).first()).toBeVisible();
    expect(await searchCodeFetched(), 'search code fetched once the reader used search').toBe(true);
  });

  for (const mode of COLOUR_MODES) {
    test(`the search box and its shortcut hint pass axe in ${mode} mode`, async ({page}) => {
      await gotoInMode(page, '/', mode);
      await expectNoAxeViolations(page, {include: '.navbar'});
    });
  }
});

test.describe('search without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('offers no search box, which could not search', async ({page}) => {
    await page.goto(CHAPTER_PATH);
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(page.getByRole('textbox', {name: 'Buscar'})).toBeHidden();
  });
});
