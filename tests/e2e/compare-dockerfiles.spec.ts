import type {Locator, Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH, RECIPES_PATH} from './support/fixtures';
import {COLOUR_MODES, gotoInMode} from './support/axe';
import {copiedText, recordClipboard} from './support/clipboard';
import {contrastRatio} from '../../src/codeBlocks/contrast';

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
  test('the lesson follows one Go service in four steps; the recipes compare five languages', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const picker = page
      .getByRole('figure', {name: GO_CAPTION})
      .getByRole('group', {name: 'Comparar dos de los 4 Dockerfiles'});
    await expect(picker.getByRole('combobox', {name: 'Antes'})).toHaveValue('0');
    await expect(picker.getByRole('combobox', {name: 'Después'})).toHaveValue('1');
    await gotoHydrated(page, RECIPES_PATH);
    await expect(comparisons(page)).toHaveCount(5);
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

  test('the reader picks which two of the four steps to compare, by keyboard', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    const picker = figure.getByRole('group', {name: 'Comparar dos de los 4 Dockerfiles'});
    await picker.getByRole('combobox', {name: 'Después'}).focus();
    await page.keyboard.press('ArrowDown');
    await expect(figure.getByRole('region')).toHaveCount(2);
    await expect(figure.getByRole('region', {name: '3. scratch'})).toBeVisible();
    await expect(figure.getByRole('region', {name: '2. Multi-stage'})).toBeHidden();
    // Choosing the pane already on the other side swaps them.
    await picker.getByRole('combobox', {name: 'Antes'}).selectOption('3. scratch');
    await expect(picker.getByRole('combobox', {name: 'Después'})).toHaveValue('0');
    const [before, after] = await Promise.all(
      ['3. scratch', '1. Una sola etapa'].map(
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
    const multi = figure.getByRole('region', {name: '2. Multi-stage'});
    const added = multi.locator('.token-line[data-diff="added"]');
    await expect(added.first()).toHaveText('# Etapa de construcción');
    await expect(added).toContainText(['FROM alpine:3.24', 'COPY --from=builder /app/main .']);
    await expect(multi.locator('.token-line[data-diff="changed"]')).toHaveText([
      'FROM golang:1.27 AS builder',
    ]);
    expect(
      await added
        .first()
        .evaluate((line) => getComputedStyle(line, '::before').content.split('/')[0]?.trim()),
    ).toBe('"+"');
    await expect(multi).toContainText('Frente a «1. Una sola etapa»: cambia la línea 2;');
    const single = figure.getByRole('region', {name: '1. Una sola etapa'});
    await expect(single.locator('.token-line[data-diff]')).toHaveText(['FROM golang:1.27']);
  });

  test('a pane folds the lines an earlier step shows; one click, or Enter, opens them', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    await figure.getByRole('combobox', {name: 'Antes'}).selectOption('2. Multi-stage');
    await figure.getByRole('combobox', {name: 'Después'}).selectOption('3. scratch');
    const scratch = figure.getByRole('region', {name: '3. scratch'});
    const fold = scratch.locator('details.code-fold');
    await expect(fold).toHaveCount(1);
    await expect(fold).not.toHaveAttribute('open');
    await expect(fold.locator('summary')).toHaveText(
      '7 líneas iguales que en «2. Multi-stage» (mostrar)',
      {useInnerText: true},
    );
    await expect(scratch.getByText('RUN go mod download')).toBeHidden();
    await expect(scratch.locator('.token-line', {hasText: 'FROM scratch'})).toBeVisible();
    // The first step shows everything: nothing to fold there.
    await expect(
      figure.getByRole('region', {name: '2. Multi-stage'}).locator('details'),
    ).toHaveCount(0);
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(scratch.getByText('RUN go mod download')).toBeVisible();
    await expect(fold.locator('summary')).toHaveText(
      '7 líneas iguales que en «2. Multi-stage» (ocultar)',
      {useInnerText: true},
    );
  });

  test('a fold that holds a marked line starts open', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    // Against the single stage, the build stage's first two lines of «3. scratch» are marked.
    await figure.getByRole('combobox', {name: 'Después'}).selectOption('3. scratch');
    const scratch = figure.getByRole('region', {name: '3. scratch'});
    await expect(scratch.locator('details.code-fold')).toHaveAttribute('open');
    await expect(scratch.locator('.token-line[data-diff]').first()).toBeVisible();
  });

  test('draws each pane\u2019s stages; the text list stays for screen readers', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    await figure.getByRole('combobox', {name: 'Después'}).selectOption('3. scratch');
    const scratchPane = figure.getByRole('region', {name: '3. scratch'});
    await expect(scratchPane.locator('svg[aria-hidden="true"]')).toBeVisible();
    await expect(scratchPane.locator('svg')).toContainText('COPY ×2');
    const stages = scratchPane.getByRole('list', {name: 'Etapas de «3. scratch»'});
    await expect(stages.getByRole('listitem')).toHaveCount(2);
    await expect(stages.getByRole('listitem').nth(0)).toContainText('builder');
    await expect(stages.getByRole('listitem').nth(0)).toContainText('se descarta');
    await expect(stages.getByRole('listitem').nth(1)).toContainText('FROM scratch');
    await expect(stages.getByRole('listitem').nth(1)).toContainText('lo que se publica');
    // One stage: one line of text, no diagram.
    const single = figure.getByRole('region', {name: '1. Una sola etapa'});
    await expect(single.locator('svg')).toHaveCount(0);
    await expect(single.getByRole('listitem')).toHaveCount(1);
    await expect(single.getByRole('listitem')).toContainText('lo que se publica');
    await expect(single.getByRole('listitem')).toBeVisible();
  });

  test('highlights the COPY --from lines, with a bar and a spoken note', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    await figure.getByRole('combobox', {name: 'Después'}).selectOption('3. scratch');
    const pane = figure.getByRole('region', {name: '3. scratch'});
    const highlighted = pane.locator('.theme-code-block-highlighted-line');
    await expect(highlighted).toHaveCount(2);
    await expect(highlighted.nth(0)).toContainText('COPY --from=builder /etc/ssl/certs/');
    await expect(highlighted.nth(1)).toContainText('COPY --from=builder /app/main /main');
    await expect(highlighted.nth(0)).toHaveCSS('box-shadow', /inset/);
    await expect(pane).toContainText('La línea 11 trae archivos desde builder.');
    await expect(pane.getByText(/Línea \d+ resaltada/)).toHaveCount(0);
    await expect(pane.locator('code .token.keyword').first()).toHaveText('FROM');
  });

  for (const mode of COLOUR_MODES) {
    test(`marked lines and folds stand out from plain ones in ${mode} mode`, async ({page}) => {
      await gotoInMode(page, CHAPTER_PATH, mode);
      const figure = page.getByRole('figure', {name: GO_CAPTION});
      await figure.getByRole('combobox', {name: 'Antes'}).selectOption('2. Multi-stage');
      await figure.getByRole('combobox', {name: 'Después'}).selectOption('3. scratch');
      const pane = figure.getByRole('region', {name: '3. scratch'});
      const [plain, marked, copy, fold] = await Promise.all(
        [
          pane.locator('pre'),
          pane.locator('.token-line[data-diff]').first(),
          pane.locator('.theme-code-block-highlighted-line').first(),
          pane.locator('details.code-fold > summary'),
        ].map((locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor)),
      );
      expect(contrastRatio(marked!, plain!)).toBeGreaterThanOrEqual(1.5);
      expect(contrastRatio(copy!, plain!)).toBeGreaterThanOrEqual(1.5);
      expect(fold).not.toBe(plain);
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
      const clipped: string[] = [];
      for (const path of [CHAPTER_PATH, RECIPES_PATH]) {
        await gotoHydrated(page, path);
        // Folded lines count too: open every fold.
        await page
          .locator('details.code-fold')
          .evaluateAll((folds) => folds.forEach((fold) => fold.setAttribute('open', '')));
        const figures = comparisons(page);
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
      }
      expect([...new Set(clipped)], 'lines cut off by their pane').toEqual([]);
    });
  }

  test('no pane shows an image size: nobody has built these Dockerfiles', async ({page}) => {
    const texts: string[] = [];
    for (const path of [CHAPTER_PATH, RECIPES_PATH]) {
      await gotoHydrated(page, path);
      texts.push(...(await comparisons(page).getByRole('region').allInnerTexts()));
    }
    expect(texts.length).toBeGreaterThanOrEqual(4);
    // A size is a number and a unit (841 MB, 1,81 MB, 1.13 GB) anywhere in a pane.
    expect(texts.filter((text) => /\d+(?:[.,]\d+)?\s?[KMG]i?B\b/.test(text))).toEqual([]);
  });

  test('the copy button copies the whole Dockerfile, folded lines included', async ({
    page,
    context,
  }) => {
    await recordClipboard(page, context);
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    await figure.getByRole('combobox', {name: 'Antes'}).selectOption('2. Multi-stage');
    await figure.getByRole('combobox', {name: 'Después'}).selectOption('3. scratch');
    const pane = figure.getByRole('region', {name: '3. scratch'});
    await pane.locator('pre').hover();
    await pane.getByRole('button', {name: /Copiar/}).click();
    await expect(pane.getByRole('button', {name: /Copiado/})).toBeVisible();
    const copied = (await copiedText(page)) ?? '';
    expect(copied.startsWith('# Etapa de construcción\nFROM golang:1.27 AS builder\n')).toBe(true);
    expect(copied).toContain('RUN go mod download');
    expect(copied.trimEnd().endsWith('ENTRYPOINT ["/main"]')).toBe(true);
    expect(copied).not.toContain('apk --no-cache');
    expect(copied).not.toContain('líneas iguales');
  });
  // Their accessibility as served, in both colour modes, is checked with the whole chapter by
  // quality-sweep.spec.ts; running axe over them again here only cost CI time.
});

test.describe('compare Dockerfiles without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the server HTML shows every pane, stacked, with its code and its folds', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto(CHAPTER_PATH);
    const go = page.getByRole('figure', {name: GO_CAPTION}).getByRole('region');
    await expect(go).toHaveCount(4);
    const boxes = await Promise.all(
      [0, 1, 2, 3].map(async (i) => (await go.nth(i).boundingBox())!),
    );
    for (let i = 1; i < 4; i += 1) {
      expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
    }
    await expect(page.getByRole('combobox')).toHaveCount(0);
    // A fold is a native disclosure: it opens without JavaScript.
    const scratch = page.getByRole('region', {name: '3. scratch'});
    await expect(scratch.getByText('RUN go mod download')).toBeHidden();
    await scratch.locator('details.code-fold > summary').click();
    await expect(scratch.getByText('RUN go mod download')).toBeVisible();

    await page.goto(RECIPES_PATH);
    const panes = page.getByRole('figure').getByRole('region');
    await expect(panes).toHaveCount(10);
    for (let i = 0; i < 10; i += 1) {
      await expect(panes.nth(i)).toBeVisible();
      await expect(panes.nth(i).locator('pre code')).toContainText('FROM ');
    }
    await expect(page.getByText('CMD ["app.jar"]').first()).toBeAttached();
  });
});
