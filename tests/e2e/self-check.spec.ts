import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH, RECIPES_PATH} from './support/fixtures';
import {COLOUR_MODES, expectNoAxeViolations, gotoInMode} from './support/axe';

const Q1 = '1. ¿Qué instrucción empieza una nueva etapa en un Dockerfile multi-stage?';
const Q2 = '2. En una construcción multi-stage, ¿qué llega a la imagen que se publica?';
const QUESTIONS = 8;

function question(page: Page, name: string) {
  return page.getByRole('group', {name});
}

test.describe('self-check', () => {
  test('a wrong and a right answer get feedback, explanation and score', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await expect(page.getByRole('group', {name: /^\d\. /})).toHaveCount(QUESTIONS);
    const first = question(page, Q1);
    await first.getByRole('radio', {name: 'RUN'}).check();
    await first.getByRole('button', {name: 'Comprobar'}).click();
    await expect(first).toContainText('✗ No es correcto.');
    await expect(first).toContainText('Cada FROM abre una etapa nueva');
    await expect(first.getByText('respuesta correcta')).toBeVisible();
    await expect(first.getByRole('radio', {name: /FROM/})).toBeDisabled();

    const second = question(page, Q2);
    await second.getByRole('radio', {name: /^La etapa objetivo/}).check();
    await second.getByRole('button', {name: 'Comprobar'}).click();
    await expect(second).toContainText('✓ Correcto.');
    await expect(page.getByText(`Puntuación: 1 de ${QUESTIONS} (2 respondidas)`)).toBeVisible();
  });

  test('works with the keyboard alone, and "Reintentar" starts again', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const first = question(page, Q1);
    await first.getByRole('radio', {name: 'RUN'}).focus();
    await page.keyboard.press('ArrowDown');
    await expect(first.getByRole('radio', {name: 'FROM'})).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(first.getByRole('button', {name: 'Comprobar'})).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(first).toContainText('✓ Correcto.');
    await expect(page.getByText(`Puntuación: 1 de ${QUESTIONS} (1 respondidas)`)).toBeVisible();

    const retry = page.getByRole('button', {name: 'Reintentar'});
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Puntuación: 0 de ${QUESTIONS} (0 respondidas)`)).toBeVisible();
    await expect(question(page, Q1).getByRole('radio', {name: 'FROM'})).not.toBeChecked();
    await expect(question(page, Q1)).not.toContainText('Correcto');
  });

  test('a reload starts clean', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await question(page, Q1).getByRole('radio', {name: 'FROM'}).check();
    await question(page, Q1).getByRole('button', {name: 'Comprobar'}).click();
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(question(page, Q1).getByRole('radio', {name: 'FROM'})).not.toBeChecked();
    await expect(page.getByText(`Puntuación: 0 de ${QUESTIONS} (0 respondidas)`)).toBeVisible();
  });

  for (const mode of COLOUR_MODES) {
    test(`has no axe violations in ${mode} mode, before and after answering`, async ({page}) => {
      await gotoInMode(page, CHAPTER_PATH, mode);
      const first = question(page, Q1);
      await first.evaluate((el) => el.parentElement?.setAttribute('data-axe-target', 'quiz'));
      await expectNoAxeViolations(page, {include: '[data-axe-target="quiz"]'});
      await first.getByRole('radio', {name: 'RUN'}).check();
      await first.getByRole('button', {name: 'Comprobar'}).click();
      await question(page, Q2)
        .getByRole('radio', {name: /^La etapa objetivo/})
        .check();
      await question(page, Q2).getByRole('button', {name: 'Comprobar'}).click();
      await expectNoAxeViolations(page, {include: '[data-axe-target="quiz"]'});
    });
  }
});

test.describe('the recipes page', () => {
  test('one section per language, each with its comparison, pitfalls and exercise', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    // The lesson's "next" link leads to its recipes, and theirs back to the lesson.
    const pagination = page.getByRole('navigation', {name: 'Página del documento'});
    const next = pagination.getByRole('link', {name: /Siguiente/});
    await expect(next).toContainText('Recetas por lenguaje');
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${RECIPES_PATH}$`));
    const previous = pagination.getByRole('link', {name: /Anterior/});
    await expect(previous).toContainText('18. Multi-Stage y Distroless');
    await expect(previous).toHaveAttribute('href', CHAPTER_PATH);
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', {level: 1})).toHaveText('Recetas por lenguaje');
    const sections = ['Java', 'TypeScript con Node.js', 'Python', 'Rust', 'C y C++'];
    await expect(article.getByRole('heading', {level: 2})).toHaveText(
      sections.map((name) => new RegExp(`^${name.replace(/\+/g, '\\+')}`)),
    );
    await expect(article.getByRole('figure')).toHaveCount(sections.length);
    await expect(article.getByText('Lo que hay que vigilar:')).toHaveCount(sections.length);
    await expect(article.getByText(/^Laboratorio · ejercicio \d de \d$/i)).toHaveCount(
      sections.length,
    );
    // Rust's default build links glibc: its recipe publishes on distroless cc, not static.
    await expect(article.getByRole('region', {name: 'Compilado + distroless cc'})).toContainText(
      'FROM gcr.io/distroless/cc-debian13:nonroot',
    );
  });
});

test.describe('self-check without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('questions are readable and each explanation waits in a disclosure', async ({page}) => {
    await page.goto(CHAPTER_PATH);
    await expect(page.getByRole('group', {name: /^\d\. /})).toHaveCount(QUESTIONS);
    const first = question(page, Q1);
    await expect(first.getByRole('radio')).toHaveCount(4);
    await expect(page.getByRole('button', {name: /Comprobar|Reintentar/})).toHaveCount(0);
    const details = first.locator('details');
    await expect(details).toHaveCount(1);
    await details.getByText('Ver la respuesta').click();
    await expect(details).toContainText('Respuesta correcta: FROM');
    await expect(details).toContainText('Cada FROM abre una etapa nueva');
  });
});
