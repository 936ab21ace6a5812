import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH} from './support/fixtures';
import {COLOUR_MODES, expectNoAxeViolations, gotoInMode} from './support/axe';

const GO_CAPTION = /El mismo servicio en Go/;

function comparisons(page: Page) {
  return page.getByRole('figure').filter({has: page.getByRole('region')});
}

test.describe('compare Dockerfiles side by side', () => {
  test('the chapter has at least three comparisons', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    expect(await comparisons(page).count()).toBeGreaterThanOrEqual(3);
  });

  test('at 1280 px the panes sit side by side, equal and top-aligned', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 900});
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    const panes = figure.getByRole('region');
    await expect(panes).toHaveCount(3);
    const boxes = await Promise.all([0, 1, 2].map((i) => panes.nth(i).boundingBox()));
    const [a, b, c] = boxes.map((box) => box!);
    expect(a!.y).toBe(b!.y);
    expect(b!.y).toBe(c!.y);
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x);
    expect(b!.x + b!.width).toBeLessThanOrEqual(c!.x);
    expect(Math.abs(a!.width - c!.width)).toBeLessThan(1);
  });

  test('at 390 px the panes stack with no horizontal page scroll', async ({page}) => {
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

  test('shows each pane\u2019s stages, the published one and the discarded ones', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: GO_CAPTION});
    const scratchPane = figure.getByRole('region', {name: 'Multi-stage con scratch'});
    const stages = scratchPane.getByRole('list', {name: 'Etapas de «Multi-stage con scratch»'});
    await expect(stages.getByRole('listitem')).toHaveCount(2);
    await expect(stages.getByRole('listitem').nth(0)).toContainText('builder');
    await expect(stages.getByRole('listitem').nth(0)).toContainText('se descarta');
    await expect(stages.getByRole('listitem').nth(1)).toContainText('FROM scratch');
    await expect(stages.getByRole('listitem').nth(1)).toContainText('lo que se publica');
    const single = figure.getByRole('region', {name: 'Una sola etapa'});
    await expect(single.getByRole('listitem')).toHaveCount(1);
    await expect(single.getByRole('listitem')).toContainText('lo que se publica');
  });

  test('highlights the COPY --from lines and applies Prism', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const pane = page
      .getByRole('figure', {name: GO_CAPTION})
      .getByRole('region', {name: 'Multi-stage con scratch'});
    const highlighted = pane.locator('.theme-code-block-highlighted-line');
    await expect(highlighted).toHaveCount(2);
    await expect(highlighted.nth(0)).toContainText('COPY --from=builder');
    await expect(highlighted.nth(1)).toContainText('COPY --from=builder /out/server /server');
    await expect(pane.getByText('Línea 10 resaltada: trae archivos desde builder.')).toBeVisible();
    await expect(pane.locator('code .token.keyword').first()).toHaveText('FROM');
  });

  test('no pane shows an image size: nobody has built these Dockerfiles', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const panes = comparisons(page).getByRole('region');
    expect(await panes.count()).toBeGreaterThanOrEqual(8);
    // A size is a number and a unit (841 MB, 1,81 MB, 1.13 GB) anywhere in a pane.
    const texts = await panes.allInnerTexts();
    expect(texts.filter((text) => /\d+(?:[.,]\d+)?\s?[KMG]i?B\b/.test(text))).toEqual([]);
  });

  test('the copy button copies exactly that pane\u2019s Dockerfile', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Record what the page hands to the clipboard: headless Chromium has no system clipboard
    // to read back from on every machine.
    await page.addInitScript(() => {
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText.bind(clipboard);
      clipboard.writeText = async (text: string) => {
        (window as unknown as {copiedText: string}).copiedText = text;
        return original(text).catch(() => undefined);
      };
    });
    await gotoHydrated(page, CHAPTER_PATH);
    const pane = page
      .getByRole('figure', {name: GO_CAPTION})
      .getByRole('region', {name: 'Multi-stage con scratch'});
    const code = await pane.locator('pre code').innerText();
    await pane.locator('pre').hover();
    await pane.getByRole('button', {name: /Copiar/}).click();
    await expect(pane.getByRole('button', {name: /Copiado/})).toBeVisible();
    const copied = await page.evaluate(
      () => (window as unknown as {copiedText?: string}).copiedText,
    );
    // innerText shows each highlighted line as its own block; compare the non-empty lines.
    const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
    expect(lines(copied ?? '')).toEqual(lines(code));
    expect(copied).toContain('ENTRYPOINT ["/server"]');
    expect(copied).not.toContain('apk --no-cache');
  });

  for (const mode of COLOUR_MODES) {
    test(`has no axe violations in ${mode} mode`, async ({page}) => {
      await gotoInMode(page, CHAPTER_PATH, mode);
      const figures = comparisons(page);
      const count = await figures.count();
      for (let i = 0; i < count; i += 1) {
        await figures
          .nth(i)
          .evaluate((el, index) => el.setAttribute('data-axe-target', String(index)), i);
        await expectNoAxeViolations(page, {include: `[data-axe-target="${i}"]`});
      }
    });
  }
});

test.describe('compare Dockerfiles without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the server HTML holds every pane\u2019s code', async ({page}) => {
    await page.goto(CHAPTER_PATH);
    const figures = comparisons(page);
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    const panes = page.getByRole('figure').getByRole('region');
    const count = await panes.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i += 1) {
      await expect(panes.nth(i).locator('pre code')).toContainText('FROM ');
    }
    await expect(page.getByText('CMD ["app.jar"]').first()).toBeAttached();
  });
});
