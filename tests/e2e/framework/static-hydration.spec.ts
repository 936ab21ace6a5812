import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated} from '../support/fixtures';
import {LESSON_PATH, NEXT_PATH, NEXT_TITLE} from '../support/fixtureSite';

/**
 * Static prose, tables, figures, the table of contents and the footer keep the server's HTML
 * (src/hydration/Static.tsx): React owns the element but nothing inside it. What readers get
 * from React there must still work: following links without a reload, and fresh content after
 * a client-side navigation.
 */

/** Whether React created a fibre for the element (it hydrated or rendered it). */
function reactOwns(page: Page, selector: string): Promise<boolean[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements.map((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber'))),
    );
}

test.describe('static parts of the page', () => {
  test('are hydrated as one element each, their insides left to the server HTML', async ({
    page,
  }) => {
    await gotoHydrated(page, LESSON_PATH);
    const article = page.getByRole('article');
    // A list holding a code block is React's (the block has a copy button).
    const prose = '.theme-doc-markdown > p:has(code), .theme-doc-markdown > ul:not(:has(pre))';
    expect(await article.locator(prose).count()).toBeGreaterThan(5);
    // The block itself belongs to React; its words and inline code do not.
    expect(new Set(await reactOwns(page, prose))).toEqual(new Set([true]));
    expect(new Set(await reactOwns(page, `:is(${prose}) code`))).toEqual(new Set([false]));
    expect(new Set(await reactOwns(page, 'footer.footer a, .table-of-contents a'))).toEqual(
      new Set([false]),
    );
    // Interactive parts are still React's.
    expect(new Set(await reactOwns(page, 'fieldset input[type="radio"]'))).toEqual(new Set([true]));
  });

  test('follow an internal link without reloading, and render the next page afresh', async ({
    page,
  }) => {
    await gotoHydrated(page, LESSON_PATH);
    await page.evaluate(() => {
      (window as unknown as {sameDocument: boolean}).sameDocument = true;
    });
    const lessonHeadings = await page
      .locator('article h2')
      .evaluateAll((elements) => elements.map((heading) => heading.id));
    const link = page
      .getByRole('article')
      .locator(`.theme-doc-markdown > :is(p, ul) a[href="${NEXT_PATH}"]`)
      .first();
    expect(
      await reactOwns(page, `.theme-doc-markdown > :is(p, ul) a[href="${NEXT_PATH}"]`),
    ).not.toContain(true);
    await link.click();
    await expect(page).toHaveURL(NEXT_PATH);
    // No reload: the window is the same one.
    expect(
      await page.evaluate(() => (window as unknown as {sameDocument?: boolean}).sameDocument),
    ).toBe(true);
    // The table of contents lists the new page's headings, not the lesson's.
    const headingsAndToc = () =>
      page.evaluate(() => ({
        headings: [...document.querySelectorAll('article h2')].map((heading) => heading.id),
        toc: [
          ...document.querySelectorAll('.theme-doc-toc-desktop .table-of-contents > li > a'),
        ].map((link) => link.getAttribute('href')?.slice(1)),
      }));
    await expect.poll(async () => (await headingsAndToc()).headings).not.toEqual(lessonHeadings);
    const {headings, toc} = await headingsAndToc();
    expect(toc).toEqual(headings);
    // Back on the lesson, rendered in the browser this time, every paragraph has its text.
    await page.goBack();
    await expect(page).toHaveURL(LESSON_PATH);
    const paragraphs = page.getByRole('article').locator('.theme-doc-markdown > p');
    await expect(paragraphs.first()).not.toBeEmpty();
    const empty = await paragraphs.evaluateAll(
      (elements) => elements.filter((element) => element.textContent?.trim() === '').length,
    );
    expect(empty).toBe(0);
    // The figures whose code the first visit never loaded are loaded and drawn now.
    const chart = page.getByRole('figure', {name: /Tamaño de la imagen final/});
    await expect(chart.getByRole('table').getByRole('rowheader')).toHaveCount(3);
    await expect(
      page
        .getByRole('table', {name: /Dependencias que un Dockerfile multi-stage/})
        .getByRole('rowheader'),
    ).not.toHaveCount(0);
  });

  test('the first visit does not download the code of figures that never change', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      // Any JavaScript file, however it was asked for (a script element, a preload, a prefetch).
      if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.url());
    });
    // Translation ids that only the two components' code contains.
    const figureCode = async (): Promise<string[]> => {
      const bodies = await Promise.all(
        scripts.map(async (url) => (await page.request.get(url)).text()),
      );
      return ['imageSizeChart.', 'languageDependencyTable.'].filter((id) =>
        bodies.some((body) => body.includes(id)),
      );
    };
    await gotoHydrated(page, LESSON_PATH);
    await page.waitForLoadState('networkidle');
    expect(await figureCode()).toEqual([]);
    // They are on the page all the same, from the server.
    await expect(page.getByRole('figure', {name: /Tamaño de la imagen final/})).toBeVisible();
    // Rendered in the browser (back from another page), they load their code then.
    await page.getByRole('article').locator(`a[href="${NEXT_PATH}"]`).first().click();
    // The URL changes first; the lesson stays until the next page is ready to replace it.
    await expect(page.getByRole('heading', {level: 1})).toHaveText(NEXT_TITLE);
    await page.goBack();
    await expect(
      page.getByRole('figure', {name: /Tamaño de la imagen final/}).getByRole('rowheader'),
    ).toHaveCount(3);
    await expect.poll(figureCode).toEqual(['imageSizeChart.', 'languageDependencyTable.']);
  });
});
