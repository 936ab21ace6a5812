import type {Locator, Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH} from './support/fixtures';
import {COLOUR_MODES, gotoInMode} from './support/axe';
import {copiedText, recordClipboard} from './support/clipboard';
import {contrastRatio} from '../../src/highlighting/contrast';

const GO_CAPTION = /El mismo servicio en Go/;

function comparisons(page: Page) {
  return page.getByRole('figure').filter({has: page.locator('section[aria-label]')});
}

/** Lines of the visible panes that stick out of their code block. */
async function clippedLines(scope: Locator): Promise<string[]> {
  return scope.locator('pre').evaluateAll((pres) =>
    pres
      .filter((pre) => pre.getClientRects().length > 0 && pre.scrollWidth > pre.clientWidth)
      .flatMap((pre) => {
        const title = pre.closest('section')?.getAttribute('aria-label') ?? '?';
        const limit = pre.getBoundingClientRect().right;
        return [...pre.querySelectorAll('.token-line')]
          .filter((line) => {
            const range = document.createRange();
            range.selectNodeContents(line);
            return range.getBoundingClientRect().right > limit + 1;
          })
          .map((line) => `«${title}»: ${line.textContent?.trim() ?? ''}`);
      }),
  );
}

test.describe('compare Dockerfiles side by side', () => {
  test('the chapter has at least three comparisons', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    expect(await comparisons(page).count()).toBeGreaterThanOrEqual(3);
  });

  test('at 1280 px two panes sit side by side, equal and top-aligned', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    const panes = figure.getByRole('region');
    await expect(panes).toHaveCount(2);
    const [a, b] = await Promise.all([0, 1].map(async (i) => (await panes.nth(i).boundingBox())!));
    expect(a!.y).toBe(b!.y);
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x);
    expect(Math.abs(a!.width - b!.width)).toBeLessThan(1);
  });

  test('at 390 px the two panes stack with no horizontal page scroll', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(page, CHAPTER_PATH);
    const panes = page.getByRole('figure', {name: GO_CAPTION}).getByRole('region');
    const first = (await panes.nth(0).boundingBox())!;
    const second = (await panes.nth(1).boundingBox())!;
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  test('the reader picks which two of three Dockerfiles to compare, by keyboard', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    const picker = figure.getByRole('group', {name: 'Comparar dos de los 3 Dockerfiles'});
    await expect(picker.getByRole('combobox', {name: 'Antes'})).toHaveValue('0');
    await expect(picker.getByRole('combobox', {name: 'Después'})).toHaveValue('2');
    await picker.getByRole('combobox', {name: 'Después'}).focus();
    await page.keyboard.press('ArrowUp');
    await expect(figure.getByRole('region')).toHaveCount(2);
    await expect(figure.getByRole('region', {name: 'Multi-stage con alpine'})).toBeVisible();
    await expect(figure.getByRole('region', {name: 'Multi-stage con scratch'})).toBeHidden();
    // Choosing the pane already on the other side swaps them.
    await picker.getByRole('combobox', {name: 'Antes'}).selectOption('Multi-stage con alpine');
    await expect(picker.getByRole('combobox', {name: 'Después'})).toHaveValue('0');
    const [before, after] = await Promise.all(
      ['Multi-stage con alpine', 'Una sola etapa'].map(
        async (name) => (await figure.getByRole('region', {name}).boundingBox())!,
      ),
    );
    expect(before!.x + before!.y).toBeLessThan(after!.x + after!.y);
  });

  test('marks the lines that differ, with a sign and a summary for screen readers', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    await expect(figure.getByRole('list', {name: 'Leyenda'})).toContainText('se añade');
    const scratch = figure.getByRole('region', {name: 'Multi-stage con scratch'});
    const added = scratch.locator('.token-line[data-diff="added"]');
    await expect(added).toHaveCount(4);
    await expect(added.first()).toHaveText('FROM scratch');
    await expect(scratch.locator('.token-line[data-diff="changed"]')).toHaveText([
      'FROM golang:1.27 AS builder',
      'ENTRYPOINT ["/server"]',
    ]);
    expect(
      await added
        .first()
        .evaluate((line) => getComputedStyle(line, '::before').content.split('/')[0]?.trim()),
    ).toBe('"+"');
    await expect(scratch).toContainText(
      'Frente a «Una sola etapa»: cambia las líneas 1 y 13; solo aquí, se añade: las líneas 8, 9, 10 y 11.',
    );
    const single = figure.getByRole('region', {name: 'Una sola etapa'});
    await expect(single.locator('.token-line[data-diff]')).toHaveText([
      'FROM golang:1.27',
      'ENTRYPOINT ["/out/server"]',
    ]);
  });

  test('draws each pane\u2019s stages; the text list stays for screen readers', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    const scratchPane = figure.getByRole('region', {name: 'Multi-stage con scratch'});
    await expect(scratchPane.locator('svg[aria-hidden="true"]')).toBeVisible();
    await expect(scratchPane.locator('svg')).toContainText('COPY ×2');
    const stages = scratchPane.getByRole('list', {name: 'Etapas de «Multi-stage con scratch»'});
    await expect(stages.getByRole('listitem')).toHaveCount(2);
    await expect(stages.getByRole('listitem').nth(0)).toContainText('builder');
    await expect(stages.getByRole('listitem').nth(0)).toContainText('se descarta');
    await expect(stages.getByRole('listitem').nth(1)).toContainText('FROM scratch');
    await expect(stages.getByRole('listitem').nth(1)).toContainText('lo que se publica');
    // One stage: one line of text, no diagram.
    const single = figure.getByRole('region', {name: 'Una sola etapa'});
    await expect(single.locator('svg')).toHaveCount(0);
    await expect(single.getByRole('listitem')).toHaveCount(1);
    await expect(single.getByRole('listitem')).toContainText('lo que se publica');
    await expect(single.getByRole('listitem')).toBeVisible();
  });

  test('highlights the COPY --from lines, with a bar and a spoken note', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const pane = page
      .getByRole('figure', {name: GO_CAPTION})
      .getByRole('region', {name: 'Multi-stage con scratch'});
    const highlighted = pane.locator('.theme-code-block-highlighted-line');
    await expect(highlighted).toHaveCount(2);
    await expect(highlighted.nth(0)).toContainText('COPY --from=builder');
    await expect(highlighted.nth(1)).toContainText('COPY --from=builder /out/server /server');
    await expect(highlighted.nth(0)).toHaveCSS('box-shadow', /inset/);
    await expect(pane).toContainText('La línea 10 trae archivos desde builder.');
    await expect(pane.getByText(/Línea \d+ resaltada/)).toHaveCount(0);
    await expect(pane.locator('code .token.keyword').first()).toHaveText('FROM');
  });

  for (const mode of COLOUR_MODES) {
    test(`marked lines stand out from plain ones in ${mode} mode (≥ 1.5:1)`, async ({page}) => {
      await gotoInMode(page, CHAPTER_PATH, mode);
      const pane = page
        .getByRole('figure', {name: GO_CAPTION})
        .getByRole('region', {name: 'Multi-stage con scratch'});
      const [plain, marked, copy] = await Promise.all(
        [
          pane.locator('pre'),
          pane.locator('.token-line[data-diff="added"]').first(),
          pane.locator('.theme-code-block-highlighted-line').first(),
        ].map((locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor)),
      );
      expect(contrastRatio(marked!, plain!)).toBeGreaterThanOrEqual(1.5);
      expect(contrastRatio(copy!, plain!)).toBeGreaterThanOrEqual(1.5);
    });
  }

  for (const viewport of [
    {width: 1280, height: 800},
    {width: 1440, height: 900},
  ]) {
    test(`no Dockerfile line is clipped at ${viewport.width}×${viewport.height}, whichever two panes are shown`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await gotoHydrated(page, CHAPTER_PATH);
      const figures = comparisons(page);
      const clipped: string[] = [];
      for (let f = 0; f < (await figures.count()); f += 1) {
        const figure = figures.nth(f);
        const after = figure.getByRole('combobox', {name: 'Después'});
        const choices = (await after.count()) > 0 ? await after.locator('option').count() : 0;
        // Show every pane at least once: each in turn as "después" (the first is "antes").
        for (let pick = 1; pick < Math.max(choices, 2); pick += 1) {
          if (choices > 0) await after.selectOption(String(pick));
          clipped.push(...(await clippedLines(figure)));
        }
      }
      expect([...new Set(clipped)], 'lines cut off by their pane').toEqual([]);
    });
  }

  test('no pane shows an image size: nobody has built these Dockerfiles', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const panes = comparisons(page).getByRole('region');
    expect(await panes.count()).toBeGreaterThanOrEqual(8);
    // A size is a number and a unit (841 MB, 1,81 MB, 1.13 GB) anywhere in a pane.
    const texts = await panes.allInnerTexts();
    expect(texts.filter((text) => /\d+(?:[.,]\d+)?\s?[KMG]i?B\b/.test(text))).toEqual([]);
  });

  test('the copy button copies exactly that pane\u2019s Dockerfile', async ({page, context}) => {
    await recordClipboard(page, context);
    await gotoHydrated(page, CHAPTER_PATH);
    const pane = page
      .getByRole('figure', {name: GO_CAPTION})
      .getByRole('region', {name: 'Multi-stage con scratch'});
    const code = await pane.locator('pre code').innerText();
    await pane.locator('pre').hover();
    await pane.getByRole('button', {name: /Copiar/}).click();
    await expect(pane.getByRole('button', {name: /Copiado/})).toBeVisible();
    const copied = await copiedText(page);
    // innerText shows each highlighted line as its own block; compare the non-empty lines.
    const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
    expect(lines(copied ?? '')).toEqual(lines(code));
    expect(copied).toContain('ENTRYPOINT ["/server"]');
    expect(copied).not.toContain('apk --no-cache');
  });
  // Their accessibility as served, in both colour modes, is checked with the whole chapter by
  // quality-sweep.spec.ts; running axe over them again here only cost CI time.
});

test.describe('compare Dockerfiles without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the server HTML shows every pane, stacked, with its code', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto(CHAPTER_PATH);
    const figures = comparisons(page);
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    const panes = page.getByRole('figure').getByRole('region');
    const count = await panes.count();
    expect(count).toBeGreaterThanOrEqual(14);
    for (let i = 0; i < count; i += 1) {
      await expect(panes.nth(i)).toBeVisible();
      await expect(panes.nth(i).locator('pre code')).toContainText('FROM ');
    }
    const go = page.getByRole('figure', {name: GO_CAPTION}).getByRole('region');
    await expect(go).toHaveCount(3);
    const boxes = await Promise.all([0, 1, 2].map(async (i) => (await go.nth(i).boundingBox())!));
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
    expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.height - 1);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByText('CMD ["app.jar"]').first()).toBeAttached();
  });
});
