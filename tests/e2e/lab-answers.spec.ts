import type {Locator, Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH, RECIPES_PATH} from './support/fixtures';
import {labExercises} from '../../src/lab/exercises';
import {checkDockerfile} from '../../src/dockerfile';
import {grade} from '../../src/lab/grading';
import {LAB_ANSWERS} from '../fixtures/labAnswers';

/** Where each exercise is taught: the lesson or its recipes page. */
const ON_LESSON = new Set(['go-scratch', 'shell-form']);

async function openExercise(page: Page, id: string, title: string): Promise<Locator> {
  await gotoHydrated(page, ON_LESSON.has(id) ? CHAPTER_PATH : RECIPES_PATH);
  const exercise = page.getByRole('region', {name: title});
  await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
  return exercise;
}

async function replaceText(page: Page, exercise: Locator, text: string): Promise<void> {
  await exercise.getByRole('textbox', {name: /Dockerfile/}).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

for (const exercise of labExercises) {
  const answers = LAB_ANSWERS[exercise.id];
  const [wrong] = answers?.wrong ?? [];
  const [right] = answers?.right ?? [];
  test(`${exercise.id}: a wrong answer gets the hint it deserves, a different right one is solved`, async ({
    page,
  }) => {
    expect(wrong && right).toBeTruthy();
    const lab = await openExercise(page, exercise.id, exercise.title);
    await replaceText(page, lab, wrong?.text ?? '');
    await lab.getByRole('button', {name: 'Comprobar'}).click();
    const verdict = lab.getByRole('status').filter({hasText: 'Todavía no'});
    const failing = exercise.requirements.find(
      (requirement) => requirement.check.kind === wrong?.fails[0],
    );
    await expect(verdict).toContainText(failing?.label ?? '(no requirement)');
    // A container that would not start gets the dry run's reason as its hint, and «Al ejecutar»
    // prints Docker's own error.
    const graded = grade(exercise, checkDockerfile(wrong?.text ?? ''));
    const verdictOfRun = graded.run.model?.verdict;
    const answer = failing ? graded.answers.get(failing) : undefined;
    const startsCleanly = failing?.check.kind === 'startsCleanly';
    await expect(verdict).toContainText(
      `Pista: ${startsCleanly && answer?.kind === 'no' && answer.why ? answer.why : (failing?.hint ?? '')}`,
    );
    if (verdictOfRun?.kind === 'fails' && verdictOfRun.error) {
      await expect(lab.getByRole('region', {name: 'Al ejecutar'})).toContainText(
        verdictOfRun.error,
      );
    }

    await replaceText(page, lab, right?.text ?? '');
    await lab.getByRole('button', {name: 'Comprobar'}).click();
    await expect(lab.getByRole('status').filter({hasText: 'Ejercicio resuelto'})).toBeVisible();
    await expect(lab.getByRole('region', {name: 'Al ejecutar'})).toContainText(
      'Arranca: nada de lo que el laboratorio sabe de esta imagen lo impide',
    );
  });
}

test('by keyboard: a one-string CMD is named as Docker would, then ENTRYPOINT + CMD is solved', async ({
  page,
}) => {
  const exercise = labExercises.find((candidate) => candidate.id === 'shell-form');
  const answers = LAB_ANSWERS['shell-form'];
  const oneString = answers?.wrong.find((wrong) => wrong.text.includes('"/servidor --port 8080"'));
  const split = answers?.right[0]?.text;
  expect(exercise && oneString && split).toBeTruthy();
  await gotoHydrated(page, CHAPTER_PATH);
  const lab = page.getByRole('region', {name: exercise?.title ?? ''});
  await lab.getByRole('button', {name: 'Abrir en el laboratorio'}).focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('textbox', {name: /Dockerfile/})).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(oneString?.text ?? '');
  const whenRun = lab.getByRole('region', {name: 'Al ejecutar'});
  // runc looks the program up when it creates the container (create phase), with Go's stat text.
  await expect(whenRun).toContainText(
    'exec: "/servidor --port 8080": stat /servidor --port 8080: no such file or directory',
  );
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(lab.getByRole('button', {name: 'Comprobar'})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('status').filter({hasText: 'Todavía no'})).toContainText(
    'Un solo elemento con espacios es el nombre de un archivo que no existe',
  );

  await page.keyboard.press('Shift+Tab');
  await expect(lab.getByRole('textbox', {name: /Dockerfile/})).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(split ?? '');
  await expect(whenRun).toContainText('["/servidor","--port","8080"]');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('status').filter({hasText: 'Ejercicio resuelto'})).toBeVisible();
});
