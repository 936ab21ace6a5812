import {chaptersWithPage} from '../../src/data/course';
import type {Page} from '@playwright/test';
import type {PrismTheme} from 'prism-react-renderer';
import {
  test,
  expect,
  gotoHydrated,
  literally,
  CHAPTER_PATH,
  CHAPTER_SOURCE,
  RECIPES_PATH,
} from './support/fixtures';
import {MAX_REPEATED_LINES} from '../../src/comparison/repeatedLines';
import {COMPILE_HINT, MIN_BYTES} from '../../src/plugins/compileHints';
import {readSeedText} from './support/seedText';
import {parseColour} from '../../src/codeBlocks/contrast';
import {darkCodeTheme, lightCodeTheme} from '../../src/codeBlocks/prismThemes';

const seed = readSeedText();

const rgb = (colour: string): string => `rgb(${parseColour(colour).join(', ')})`;

/** The first code block's keyword and background colours are the theme's. */
async function expectCodeTheme(page: Page, theme: PrismTheme): Promise<void> {
  const keyword = theme.styles.find((entry) => entry.types.includes('keyword'))?.style.color;
  expect(keyword).toBeDefined();
  // A block outside the comparisons, whose marked lines have colours of their own.
  const code = page.getByRole('article').locator('pre.prism-code:not(figure pre)').first();
  await expect(code.locator('.token.keyword').first()).toHaveCSS('color', rgb(keyword ?? ''));
  await expect(code).toHaveCSS('background-color', rgb(theme.plain.backgroundColor ?? ''));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

test.describe('read chapter 18', () => {
  test('shows the h1 and every heading of the seed, in order', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Dockerfiles Multi-Stage y Distroless',
    );
    const article = page.getByRole('article');
    for (const {level, text} of seed.headings) {
      // Docusaurus adds a "Enlace directo al …" anchor inside each heading, hence the prefix match.
      const name = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      await expect(article.getByRole('heading', {level, name})).toBeVisible();
    }
    const headingTexts = await article.getByRole('heading').allInnerTexts();
    const seedOrder = seed.headings.map(({text}) =>
      headingTexts.findIndex((h) => h.includes(text)),
    );
    expect(seedOrder).toEqual([...seedOrder].sort((a, b) => a - b));
  });

  test("each heading's direct link is named by the heading's text, code included", async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const labels = await page
      .getByRole('article')
      .locator('h2, h3')
      .evaluateAll((headings) =>
        headings.map((heading) => {
          const link = heading.querySelector('a.hash-link');
          const text = (heading.textContent ?? '').replace('\u200b', '').trim();
          return {text, label: link?.getAttribute('aria-label') ?? ''};
        }),
      );
    expect(labels.length).toBeGreaterThanOrEqual(15);
    for (const {text, label} of labels) expect(label).toBe(`Enlace directo a «${text}»`);
  });

  test('carries every paragraph, list item and table cell of the seed', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const text = normalise(await page.getByRole('article').innerText());
    const missing = seed.blocks.filter((block) => !text.includes(block));
    expect(missing, 'seed text missing from the page').toEqual([]);
    const cells = seed.tableCells.filter((cell) => cell !== 'X');
    expect(cells.filter((cell) => !text.includes(cell))).toEqual([]);
  });

  test('highlights the Go Dockerfile with Prism', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const goExample = seed.codeBlocks.find((code) => code.includes('golang:1.27'));
    expect(goExample).toBeDefined();
    // The seed's example comes first; the comparisons further down reuse it.
    const block = page
      .getByRole('article')
      .locator('pre code')
      .filter({hasText: 'FROM golang:1.27 AS builder'})
      .first();
    expect(normalise(await block.innerText())).toBe(normalise(goExample ?? ''));
    // Highlighted means Prism split the code into typed tokens with their own colours.
    await expect(block.locator('.token.keyword').first()).toBeVisible();
    const keywordColour = await block
      .locator('.token.keyword')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    const plainColour = await block.evaluate((el) => getComputedStyle(el).color);
    expect(keywordColour).not.toBe(plainColour);
  });

  test('on a phone, a wide code block offers word wrap once the reader reaches it', async ({
    page,
  }) => {
    await page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(page, CHAPTER_PATH);
    const block = page
      .getByRole('article')
      .locator('.theme-code-block')
      .filter({hasText: 'RUN --mount=type=cache,target=/go/pkg/mod go mod download'})
      .first();
    const pre = block.locator('pre');
    const wrap = block.getByRole('button', {name: 'Alternar ajuste de palabras'});
    expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await pre.scrollIntoViewIfNeeded();
    await pre.hover();
    await wrap.click();
    await expect(block.locator('code')).toHaveCSS('white-space', 'pre-wrap');
    expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    await wrap.click();
    await expect(block.locator('code')).toHaveCSS('white-space', 'pre');
  });

  test('highlights code without JavaScript, in the light code theme', async ({
    browser,
    baseURL,
  }) => {
    // Highlighting is built into the HTML and CSS: no script has to run for it.
    const context = await browser.newContext({baseURL, javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(CHAPTER_PATH);
    await expectCodeTheme(page, lightCodeTheme);
    await context.close();
  });

  test('on a phone without JavaScript, no menu button that could not open its menu', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      viewport: {width: 390, height: 844},
    });
    const page = await context.newPage();
    await page.goto(CHAPTER_PATH);
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    // Docusaurus draws the phone menu with JavaScript only.
    await expect(page.getByRole('button', {name: 'Alternar barra lateral'})).toBeHidden();
    await context.close();
  });

  test.describe('in dark mode', () => {
    test.use({colorScheme: 'dark'});
    test('code takes the dark code theme', async ({page}) => {
      await gotoHydrated(page, CHAPTER_PATH);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expectCodeTheme(page, darkCodeTheme);
    });
  });

  test('hydration adds and removes nothing in the chapter', async ({page}) => {
    // The server renders every control the script will use, so that hydrating a long chapter
    // does not lay it out again or move it. Code-block buttons mount later, near the viewport.
    await page.addInitScript(() => {
      const changes: string[] = [];
      (window as unknown as {changes: string[]}).changes = changes;
      const describe = (node: Node): string =>
        node instanceof Element
          ? `<${node.tagName.toLowerCase()} class="${node.className}">`
          : node.nodeName;
      document.addEventListener('DOMContentLoaded', () => {
        const article = document.querySelector('article');
        if (!article) return;
        new MutationObserver((records) => {
          for (const record of records) {
            if (record.target instanceof Element && record.target.closest('.theme-code-block'))
              continue;
            for (const node of [...record.addedNodes, ...record.removedNodes]) {
              changes.push(`${describe(node)} in ${describe(record.target)}`);
            }
          }
        }).observe(article, {childList: true, subtree: true});
      });
    });
    await gotoHydrated(page, CHAPTER_PATH);
    // Effects that run after hydration (stored progress, observers) have had their turn.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await page.evaluate(() => (window as unknown as {changes: string[]}).changes)).toEqual(
      [],
    );
  });

  for (const [device, viewport] of [
    ['phone', {width: 390, height: 844}],
    ['desktop', {width: 1280, height: 800}],
  ] as const) {
    test(`loading the chapter on a ${device} loads no ICU locale data`, async ({page}) => {
      // The first localeCompare or Intl object of a page loads ICU's data: 9–30 ms in one
      // call on a desktop CPU, four times that on a slow phone, right after hydration. Dates,
      // numbers and lists are written by src/format/es.ts; ledger entry sort-keys-without-icu.
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const calls = new Set<string>();
        (window as unknown as {icuCalls: Set<string>}).icuCalls = calls;
        const caller = (): string => new Error().stack?.split('\n')[3]?.trim() ?? '?';
        const wrap = (owner: object, key: string, label: string): void => {
          const original = Reflect.get(owner, key) as (...args: unknown[]) => unknown;
          Reflect.set(owner, key, function (this: unknown, ...args: unknown[]) {
            calls.add(`${label} ${caller()}`);
            return original.apply(this, args);
          });
        };
        wrap(String.prototype, 'localeCompare', 'localeCompare');
        wrap(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
        wrap(Date.prototype, 'toLocaleString', 'Date#toLocaleString');
        wrap(Date.prototype, 'toLocaleDateString', 'Date#toLocaleDateString');
        for (const name of ['Collator', 'DateTimeFormat', 'ListFormat', 'NumberFormat']) {
          const Constructor = Reflect.get(Intl, name) as new (...args: unknown[]) => object;
          Reflect.set(Intl, name, function (...args: unknown[]) {
            calls.add(`Intl.${name} ${caller()}`);
            return Reflect.construct(Constructor, args);
          });
        }
      });
      await gotoHydrated(page, CHAPTER_PATH);
      // The phone's layout switch (the sidebar into the navbar's menu) runs after hydration.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      expect(
        await page.evaluate(() => [...(window as unknown as {icuCalls: Set<string>}).icuCalls]),
      ).toEqual([]);
    });
  }

  test('every large script of the chapter and of its lab asks V8 to compile it as it downloads', async ({
    page,
  }) => {
    // src/plugins/compileHints.ts: compiled on a background thread, not on first call.
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(request.url());
    });
    await gotoHydrated(page, CHAPTER_PATH);
    const exercise = page.getByRole('region', {name: 'Un CMD que no arranca en distroless'});
    await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    await expect(exercise.getByRole('textbox', {name: /Dockerfile/})).toBeVisible();
    const hint = Buffer.from(`${COMPILE_HINT}\n`);
    const wrong: string[] = [];
    let hinted = 0;
    for (const url of scripts) {
      const body = await (await page.request.get(url)).body();
      const hasHint = body.subarray(0, hint.length).equals(hint);
      const size = body.length - (hasHint ? hint.length : 0);
      if (hasHint !== size >= MIN_BYTES) wrong.push(`${new URL(url).pathname} (${size} B)`);
      if (hasHint) hinted += 1;
    }
    expect(wrong, `with the hint exactly from ${MIN_BYTES} B`).toEqual([]);
    // main.js and the lab's largest chunks.
    expect(hinted).toBeGreaterThanOrEqual(3);
  });

  test('opening the chapter at a deep anchor, and following the table of contents, land on the heading', async ({
    page,
  }) => {
    await page.goto(`${CHAPTER_PATH}#scratch-cuando-no-hace-falta-nada`);
    const scratch = page.getByRole('heading', {
      level: 3,
      name: /^scratch: cuando no hace falta nada/,
    });
    await expect(scratch).toBeInViewport();
    await gotoHydrated(page, CHAPTER_PATH);
    await page.setViewportSize({width: 1280, height: 800});
    const toc = page.locator('.theme-doc-toc-desktop');
    await toc.getByRole('link', {name: 'Comprobemos lo que hemos aprendido'}).click();
    await expect(
      page.getByRole('heading', {level: 2, name: /^Comprobemos lo que hemos aprendido/}),
    ).toBeInViewport();
  });

  test('"Volver al índice" reaches the Índice section of the course index', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await page.getByRole('link', {name: 'Volver al índice'}).click();
    await expect(page).toHaveURL(/\/#%C3%ADndice$|\/#índice$/);
    const heading = page.getByRole('heading', {level: 2, name: 'Índice'});
    await expect(heading).toBeInViewport();
  });

  test('"Anterior" and "Siguiente" move between the index and the first chapter', async ({
    page,
  }) => {
    // The sidebar's order: the index, then the chapters with a page in course order.
    const first = chaptersWithPage[0]!;
    await gotoHydrated(page, '/');
    const pagination = page.getByRole('navigation', {name: 'Página del documento'});
    await pagination.getByRole('link', {name: /Siguiente/}).click();
    await expect(page).toHaveURL(new RegExp(`/${first.slug}$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(first.title);
    await page
      .getByRole('navigation', {name: 'Página del documento'})
      .getByRole('link', {name: /Anterior/})
      .click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Curso de Docker');
  });

  test('"Editar esta página" points at the MDX file in the repository', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const edit = page.getByRole('link', {name: 'Editar esta página'});
    await expect(edit).toHaveAttribute(
      'href',
      new RegExp(`^https://github\\.com/[\\w.-]+/[\\w.-]+/edit/main/${literally(CHAPTER_SOURCE)}$`),
    );
  });

  test('links the real chapter video and the playlist, never the placeholder', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const html = await page.content();
    expect(html).not.toContain('EJEMPLO');
    const article = page.getByRole('article');
    await expect(article.locator('a[href*="6p-z8ozXlqM"]').first()).toBeAttached();
    await expect(article.getByRole('link', {name: 'Curso de Docker', exact: true})).toHaveAttribute(
      'href',
      'https://www.youtube.com/playlist?list=PLQhxXeq1oc2n7YnjRhq7qVMzZWtDY7Zz0',
    );
  });
});

test.describe('each Dockerfile once per page', () => {
  test.use({javaScriptEnabled: false});

  for (const path of [CHAPTER_PATH, RECIPES_PATH]) {
    test(`${path} shows no run of more than five Dockerfile lines twice`, async ({page}) => {
      await page.goto(path);
      // What a reader sees: every pane (no picker without JavaScript), folds closed.
      const shown = await page
        .getByRole('article')
        .locator('pre code')
        .evaluateAll((codes) => codes.map((code) => (code as HTMLElement).innerText));
      const dockerfiles = shown.filter((text) => /^FROM /m.test(text));
      expect(dockerfiles.length).toBeGreaterThanOrEqual(4);
      const first = new Map<string, number>();
      const repeated: string[] = [];
      dockerfiles.forEach((text, index) => {
        const lines = text
          .split('\n')
          .map((line) => line.trim().replace(/\s+/g, ' '))
          .filter((line) => line !== '');
        for (let i = 0; i + MAX_REPEATED_LINES < lines.length; i += 1) {
          const run = lines.slice(i, i + MAX_REPEATED_LINES + 1).join('\n');
          const seen = first.get(run);
          if (seen === undefined) first.set(run, index);
          else if (seen !== index) repeated.push(run);
        }
      });
      expect(repeated, 'runs of lines shown twice').toEqual([]);
    });
  }
});
