import {test, expect, gotoHydrated, CHAPTER_PATH} from './support/fixtures';
import {COLOUR_MODES, expectNoAxeViolations, gotoInMode} from './support/axe';

const CAPTION =
  'Dependencias que un Dockerfile multi-stage deja fuera de la imagen final, por lenguaje';
const LANGUAGES = ['Java', 'Go', 'Rust', 'C', 'Python', 'TypeScript'];

test.describe('read the dependency table', () => {
  test('is a real table with its caption, headers and one row per language', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const table = page.getByRole('table', {name: CAPTION});
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Lenguaje',
      'Dependencias en construcción',
      'Dependencias en ejecución',
    ]);
    await expect(table.getByRole('rowheader')).toHaveText(LANGUAGES);
    const goRow = table.getByRole('row').filter({has: page.getByRole('rowheader', {name: 'Go'})});
    await expect(goRow.getByRole('cell').nth(1)).toHaveText(/^\W*Nada: binario estático$/);
    // The symbol before it is decoration only.
    await expect(goRow.getByRole('cell').nth(1).locator('[aria-hidden="true"]')).toHaveText('∅ ');
    await expect(table).not.toContainText(/^X$/);
  });

  test('selecting Go shows its images, scratch and distroless included', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const table = page.getByRole('table', {name: CAPTION});
    const summary = table.getByText('Imágenes de ejemplo para Go');
    const detail = table
      .locator('details')
      .filter({has: page.getByText('Imágenes de ejemplo para Go')});
    await expect(detail).not.toHaveAttribute('open');
    await expect(table.getByText('FROM scratch').first()).toBeHidden();
    await summary.click();
    await expect(detail).toHaveAttribute('open', '');
    await expect(detail.getByText('FROM scratch')).toBeVisible();
    await expect(detail.getByText('FROM gcr.io/distroless/static-debian13')).toBeVisible();
    await expect(detail.getByText('FROM golang:1.27')).toBeVisible();
    // One language at a time: opening Java closes Go.
    await table.getByText('Imágenes de ejemplo para Java').click();
    await expect(detail).not.toHaveAttribute('open');
  });

  test('works with the keyboard alone', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const table = page.getByRole('table', {name: CAPTION});
    const summaries = table.locator('summary');
    await summaries.first().focus();
    await page.keyboard.press('Tab');
    await expect(summaries.nth(1)).toBeFocused();
    await expect(summaries.nth(1)).toHaveText('Imágenes de ejemplo para Go');
    await page.keyboard.press('Enter');
    await expect(table.getByText('FROM gcr.io/distroless/static-debian13')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(table.getByText('FROM gcr.io/distroless/static-debian13')).toBeHidden();
  });

  test('fits a 390 px phone without horizontal scroll', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(page, CHAPTER_PATH);
    const table = page.getByRole('table', {name: CAPTION});
    await table.scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const box = await table.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  });

  for (const mode of COLOUR_MODES) {
    test(`has no axe violations in ${mode} mode, closed and open`, async ({page}) => {
      await gotoInMode(page, CHAPTER_PATH, mode);
      const region = 'div[role="region"]:has(> table)';
      await expectNoAxeViolations(page, {include: region});
      await page.getByText('Imágenes de ejemplo para Go').click();
      await expectNoAxeViolations(page, {include: region});
    });
  }
});

test.describe('read the dependency table without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the server HTML has the table and every detail', async ({page}) => {
    await page.goto(CHAPTER_PATH);
    const table = page.getByRole('table', {name: CAPTION});
    await expect(table.getByRole('rowheader')).toHaveText(LANGUAGES);
    for (const language of LANGUAGES) {
      await table.getByText(`Imágenes de ejemplo para ${language}`).click();
    }
    await expect(table.getByText('FROM gcr.io/distroless/java25-debian13')).toBeAttached();
    await expect(table.getByText('FROM gcr.io/distroless/nodejs26-debian13')).toBeAttached();
  });
});
