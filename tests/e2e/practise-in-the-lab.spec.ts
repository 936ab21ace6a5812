import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH, RECIPES_PATH} from './support/fixtures';
import {COLOUR_MODES, expectNoAxeViolations, gotoInMode} from './support/axe';
import {copiedText, recordClipboard} from './support/clipboard';
import {labExercises} from '../../src/lab/exercises';
import {manyRunLines, pasteInto} from '../paste.mjs';

const FIRST = labExercises[0];

function lab(page: Page, title: string) {
  return page.getByRole('region', {name: title});
}

function scriptUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );
}

test.describe('practise in the lab', () => {
  test('the lab code is fetched only when a reader opens a lab', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await page.waitForLoadState('networkidle');
    const before = await scriptUrls(page);
    await expect(page.getByRole('textbox', {name: /Dockerfile/})).toHaveCount(0);
    await lab(page, FIRST.title).getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    await expect(lab(page, FIRST.title).getByRole('textbox', {name: /Dockerfile/})).toBeVisible();
    const after = await scriptUrls(page);
    const loadedNow = after.filter((url) => !before.includes(url));
    expect(loadedNow.length, 'new chunks after opening the lab').toBeGreaterThan(0);
  });

  test('solve an exercise with the keyboard alone', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const exercise = lab(page, FIRST.title);
    await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).focus();
    await page.keyboard.press('Enter');
    const editor = exercise.getByRole('textbox', {
      name: `Dockerfile del ejercicio «${FIRST.title}»`,
    });
    await expect(editor).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(FIRST.solution);
    await expect(exercise.getByRole('region', {name: 'Problemas'})).toContainText(
      'Ningún problema',
    );
    // Tab leaves the editor (no trap), on to "Comprobar".
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(exercise.getByRole('button', {name: 'Comprobar'})).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      exercise.getByRole('status').filter({hasText: 'Ejercicio resuelto'}),
    ).toBeVisible();
    await expect(exercise).toContainText('✓ resuelto');
    await expect(exercise).toContainText(`Progreso: 1 de ${labExercises.length} ejercicios`);
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(lab(page, FIRST.title)).toContainText('✓ resuelto');
  });

  test('a wrong answer gets its hints, and live problems with rule, line and link', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const exercise = lab(page, 'Un CMD que no arranca en distroless');
    await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    const problems = exercise.getByRole('region', {name: 'Problemas'});
    await expect(problems.getByRole('status')).toHaveText('2 problemas');
    await expect(problems).toContainText(
      'Línea 3 · shell-form-without-shell (regla del curso) · error',
    );
    await expect(problems).toContainText('Línea 3 · JSONArgsRecommended (regla de Docker) · aviso');
    await expect(
      problems.getByRole('link', {name: 'Más sobre JSONArgsRecommended'}),
    ).toHaveAttribute(
      'href',
      'https://docs.docker.com/reference/build-checks/json-args-recommended/',
    );
    await exercise.getByRole('button', {name: 'Comprobar'}).click();
    const verdict = exercise.getByRole('status').filter({hasText: 'Todavía no'});
    await expect(verdict).toContainText('El contenedor ejecuta /servidor --port 8080, sin shell.');
    await expect(verdict).toContainText('Pista:');
    // The dry run says what docker run would print: runc cannot find /bin/sh when it creates
    // the container.
    const whenRun = exercise.getByRole('region', {name: 'Al ejecutar'});
    await expect(whenRun).toContainText('exec: "/bin/sh": stat /bin/sh: no such file or directory');
    await expect(whenRun).toContainText('Falla al crear el contenedor');
    // Inline too: the editor marks the line.
    await expect(exercise.locator('.cm-lintRange-error')).toHaveCount(1);
  });

  test('a solution shown in a comparison: its link makes the comparison show that pane', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure', {name: /El mismo servicio en Go/});
    const scratch = figure.getByRole('region', {name: '3. scratch'});
    await expect(scratch).toBeHidden();
    await lab(page, FIRST.title).getByRole('link', {name: '«3. scratch»'}).click();
    await expect(page).toHaveURL(/#comparativa-1-3$/);
    await expect(scratch).toBeVisible();
    await expect(scratch).toBeInViewport();
    await expect(figure.getByRole('combobox', {name: 'Después'})).toHaveValue('2');
  });

  test('the stage diagram follows the Dockerfile as it changes', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const exercise = lab(page, FIRST.title);
    await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    const stages = exercise.getByRole('list', {name: 'Etapas de «tu Dockerfile»'});
    await expect(stages.getByRole('listitem')).toHaveCount(1);
    await exercise.getByRole('textbox', {name: /Dockerfile/}).press('ControlOrMeta+End');
    await page.keyboard.insertText('\nFROM scratch\nCOPY --from=0 /out/server /server\n');
    await expect(stages.getByRole('listitem')).toHaveCount(2);
    await expect(exercise.locator('svg')).toContainText('COPY');
  });

  test('an open lab: the rest of the lesson skips rendering off screen, and nothing moves', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const exercise = lab(page, FIRST.title);
    const blocks = () =>
      page.locator('.theme-doc-markdown > *').evaluateAll((all) =>
        all.map((block) => ({
          height: block.getBoundingClientRect().height.toFixed(1),
          visibility: getComputedStyle(block).contentVisibility,
        })),
      );
    const closed = await blocks();
    await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    await expect(exercise.getByRole('textbox', {name: /Dockerfile/})).toBeFocused();
    await expect(exercise.getByRole('region', {name: 'Problemas'})).not.toContainText('Analizando');
    const open = await blocks();
    const own = await exercise.evaluate((section) =>
      [...section.parentElement!.children].indexOf(section),
    );
    const others = (list: typeof open) => list.filter((_, i) => i !== own);
    expect(open[own]!.visibility).toBe('visible');
    expect(others(open).map((block) => block.height)).toEqual(
      others(closed).map((block) => block.height),
    );
    const skipping = others(open).filter((block) => block.visibility === 'auto').length;
    expect(skipping).toBeGreaterThan(0.9 * others(open).length);
    // A heading far below, through the table of contents, lands at the top of the screen; the
    // blocks that render on the way are as tall as they were while skipped.
    const name = 'Comprobemos lo que hemos aprendido';
    await page.locator('.table-of-contents').getByRole('link', {name}).click();
    const top = () =>
      page.getByRole('heading', {name}).evaluate((heading) => heading.getBoundingClientRect().top);
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    await expect.poll(top).toBeLessThan(120);
    expect((await blocks()).map((block) => block.height)).toEqual(
      open.map((block) => block.height),
    );
  });

  test('with a lab open, the skipped blocks follow a new width of the page', async ({page}) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const heights = () =>
      page
        .locator('.theme-doc-markdown > *')
        .evaluateAll((all) => all.map((block) => block.getBoundingClientRect().height.toFixed(1)));
    // What every block measures at 900 px with nothing open.
    await page.setViewportSize({width: 900, height: 720});
    await gotoHydrated(page, CHAPTER_PATH);
    const reference = await heights();
    await page.setViewportSize({width: 1280, height: 720});
    const exercise = lab(page, FIRST.title);
    await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    await expect(exercise.getByRole('textbox', {name: /Dockerfile/})).toBeFocused();
    const own = await exercise.evaluate((section) =>
      [...section.parentElement!.children].indexOf(section),
    );
    const others = (list: string[]) => list.filter((_, i) => i !== own);
    await page.setViewportSize({width: 900, height: 720});
    await expect.poll(async () => others(await heights())).toEqual(others(reference));
    const skipping = await page
      .locator('.theme-doc-markdown > *')
      .evaluateAll(
        (all) => all.filter((block) => getComputedStyle(block).contentVisibility === 'auto').length,
      );
    expect(skipping).toBeGreaterThan(0.9 * (reference.length - 1));
    expect(errors).toEqual([]);
  });
});

for (const mode of COLOUR_MODES) {
  test(`an open exercise, graded, has no axe violations in ${mode} mode`, async ({page}) => {
    await gotoInMode(page, CHAPTER_PATH, mode);
    const exercise = lab(page, 'Un CMD que no arranca en distroless');
    await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    await expect(exercise.getByRole('region', {name: 'Problemas'})).toContainText('2 problemas');
    await exercise.getByRole('button', {name: 'Comprobar'}).click();
    await expect(exercise.getByText('Todavía no')).toBeVisible();
    await exercise.evaluate((el) => el.setAttribute('data-axe-target', 'lab'));
    await expectNoAxeViolations(page, {include: '[data-axe-target="lab"]'});
  });
}

test.describe('the free lab', () => {
  test('keeps the Dockerfile in the URL, and a reload finds it again', async ({page}) => {
    await gotoHydrated(page, '/laboratorio');
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('FROM alpine:3.24\nCMD echo hola\n');
    await expect(page.getByRole('region', {name: 'Problemas'})).toContainText(
      'JSONArgsRecommended',
    );
    await expect(page).toHaveURL(/#d=/);
    const url = page.url();
    expect(url).not.toContain('echo');
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByRole('textbox', {name: 'Dockerfile del laboratorio'})).toContainText(
      'CMD echo hola',
    );
    await expect(page.getByRole('region', {name: 'Problemas'})).toContainText('1 problema');
  });

  test('"Copiar enlace" copies the link that opens this Dockerfile', async ({page, context}) => {
    await recordClipboard(page, context);
    await gotoHydrated(page, '/laboratorio');
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('FROM alpine:3.24\nUSER 65532\nCMD echo hola\n');
    // Pressed at once, before the address follows the typing (it waits for a pause).
    await page.getByRole('button', {name: 'Copiar enlace'}).click();
    const confirmation = page.getByRole('status').filter({hasText: 'Enlace copiado'});
    await expect(confirmation).toBeVisible();
    const copied = await copiedText(page);
    expect(copied).toBe(page.url());
    // After the pause the editor reports the text just copied: the link is still this one.
    await expect(page.getByRole('region', {name: 'Problemas'})).toContainText(
      'JSONArgsRecommended',
    );
    await expect(confirmation).toBeVisible();
    expect(page.url()).toBe(copied);

    // Typing on makes the copied link stale: the confirmation goes away.
    await page.keyboard.insertText('CMD ["/app"]\n');
    await expect(page.getByText('Enlace copiado')).toHaveCount(0);

    await page.goto('about:blank');
    await page.goto(copied ?? '');
    await expect(page.getByRole('textbox', {name: 'Dockerfile del laboratorio'})).toContainText(
      'USER 65532',
    );
  });

  test('a .dockerignore changes the verdict on COPY, by keyboard, and stays in the link', async ({
    page,
  }) => {
    await gotoHydrated(page, '/laboratorio');
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('FROM alpine:3.24\nCOPY .env /app/\nCMD ["sh"]\n');
    const problems = page.getByRole('region', {name: 'Problemas'});
    await expect(problems.getByRole('status')).toHaveText('Ningún problema');

    const panel = page.getByText('.dockerignore del contexto (opcional)');
    await panel.focus();
    await page.keyboard.press('Enter');
    const ignore = page.getByRole('textbox', {name: 'Contenido de .dockerignore'});
    await ignore.focus();
    await page.keyboard.insertText('.env\n');
    await expect(problems).toContainText('CopyIgnoredFile');
    await expect(problems).toContainText('«.env» está excluido por .dockerignore');
    await expect(page).toHaveURL(/#d=[^&]+&i=/);

    // Docker checks nothing once there is an exception, and neither does the lab.
    await page.keyboard.insertText('!.env.example\n');
    await expect(problems.getByRole('status')).toHaveText('Ningún problema');

    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByRole('textbox', {name: 'Contenido de .dockerignore'})).toHaveValue(
      '.env\n!.env.example\n',
    );
  });

  test('a step that fails stops the build, and «Al ejecutar» has no image to run', async ({
    page,
  }) => {
    await gotoHydrated(page, '/laboratorio');
    await page.getByRole('textbox', {name: 'Dockerfile del laboratorio'}).click();
    await page.keyboard.press('ControlOrMeta+a');
    // debian:13-slim installs no python3 (docker-library/repo-info, repos/debian/local/13-slim.md,
    // as cited in src/dockerfile/images/official.ts), so the shell of line 2 exits with 127.
    await page.keyboard.insertText(
      'FROM debian:13-slim\nRUN python3 -m venv /venv\nCMD ["/venv/bin/python", "app.py"]\n',
    );
    const built = page.getByRole('region', {name: 'Al construir'});
    await expect(built).toContainText('No se construye: falla la línea 2.');
    await expect(built).toContainText(
      'process "/bin/sh -c python3 -m venv /venv" did not complete successfully: exit code: 127',
    );
    // Neither the CMD of line 3 nor the base image's would run: there is no image.
    const run = page.getByRole('region', {name: 'Al ejecutar'});
    await expect(run).toContainText(
      'No hay imagen que ejecutar: la construcción se para en la línea 2',
    );
    await expect(run).not.toContainText('Ejecuta');
    await expect(run.getByRole('status')).toContainText('Falla al construir.');
  });

  test('a link that does not decode says so in Spanish and shows the example', async ({page}) => {
    await page.goto('/laboratorio#d=%%%roto');
    await expect(page.getByRole('alert')).toContainText(
      'El enlace no contiene un Dockerfile que se pueda leer',
    );
    await expect(page.getByRole('textbox', {name: 'Dockerfile del laboratorio'})).toContainText(
      'FROM golang:1.27 AS builder',
    );
  });

  test('an empty Dockerfile and binary garbage get a message, not a broken page', async ({
    page,
  }) => {
    await gotoHydrated(page, '/laboratorio');
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    const problems = page.getByRole('region', {name: 'Problemas'});
    await expect(problems).toContainText('El Dockerfile está vacío');
    await page.keyboard.insertText('\u0000\u0001\u0002\u00ff\u00fe PK\u0003\u0004 binario \u0007');
    await expect(problems).toContainText('caracteres de control');
    await page.keyboard.insertText('\nFROM alpine:3.24');
    await expect(problems.getByRole('status')).not.toHaveText('Sin analizar');
  });

  // The behaviour only: how long the page is busy meanwhile is measured by `npm run bench`
  // (bench/lab-paste.mjs), where times belong.
  test('10,000 pasted lines: only the first 300 are checked, and typing goes on', async ({
    page,
  }) => {
    await gotoHydrated(page, '/laboratorio');
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await pasteInto(editor, manyRunLines(10_000));
    await page.keyboard.type('\nRUN echo sigo escribiendo', {delay: 20});
    await expect(page.getByRole('region', {name: 'Problemas'})).toContainText(
      'Solo se revisan las primeras 300 líneas',
    );
    await expect(page.getByText('el enlace ya no lo guarda')).toBeVisible();
    await page.keyboard.type(' y no se bloquea', {delay: 20});
    await expect(editor).toContainText('RUN echo linea-9999');
    await expect(editor).toContainText('RUN echo sigo escribiendo y no se bloquea');
  });

  // Typed characters go into the editor's state, not through the browser's edit of the DOM
  // (src/lab/LabEditor.tsx, TYPE_INTO_STATE): typing, replacing a selection and undo still behave.
  test('typing replaces the selection, and undo takes the typed word back', async ({page}) => {
    await gotoHydrated(page, '/laboratorio');
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('FROM alpine:3.24\nRUN echo hola');
    await expect(editor).toHaveText(['FROM alpine:3.24', 'RUN echo hola'].join(''));
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('CMD ["sh"]');
    await expect(editor).toContainText('FROM alpine:3.24CMD ["sh"]');
    await page.waitForTimeout(600);
    await page.keyboard.type(' # fin');
    await expect(editor).toContainText('CMD ["sh"] # fin');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(editor).not.toContainText('# fin');
    await expect(editor).toContainText('CMD ["sh"]');
  });

  test('the editor grows with its text, shows every line, and scrolls past its cap', async ({
    page,
  }) => {
    await gotoHydrated(page, '/laboratorio');
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    const box = page.locator('.cm-editor');
    const scroller = page.locator('.cm-scroller');
    // Its height is written down (and its layout contained) once CodeMirror measures the text.
    await expect(box).toHaveCSS('contain', 'size layout style');
    const overflow = () => scroller.evaluate((node) => node.scrollHeight - node.clientHeight);
    const height = () => box.evaluate((node) => node.getBoundingClientRect().height);
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('FROM alpine:3.24');
    await expect.poll(overflow).toBeLessThanOrEqual(1);
    const oneLine = await height();
    await page.keyboard.type('\nRUN echo uno\nRUN echo dos\nRUN echo tres');
    await expect.poll(height).toBeGreaterThan(oneLine + 50);
    await expect.poll(overflow).toBeLessThanOrEqual(1);
    // A line that wraps at this width takes more than one line's height, and all of it shows.
    await page.keyboard.type(`\nRUN echo ${'palabra '.repeat(40)}`);
    await expect.poll(overflow).toBeLessThanOrEqual(1);
    // Past 28rem the editor stops growing and scrolls.
    const cap = await page.evaluate(
      () => 28 * parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    await page.keyboard.insertText('\nRUN true'.repeat(40));
    await expect.poll(height).toBeLessThanOrEqual(cap + 1);
    await expect.poll(overflow).toBeGreaterThan(100);
  });

  test('fits a 390 px phone', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(page, '/laboratorio');
    await expect(page.getByRole('textbox', {name: 'Dockerfile del laboratorio'})).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  test('fits a 390 px phone when a verdict quotes a long PATH', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(page, '/laboratorio');
    await page.getByRole('textbox', {name: 'Dockerfile del laboratorio'}).click();
    await page.keyboard.press('ControlOrMeta+a');
    // The lab has no file list for alpine, so the verdict names the PATH it could not search:
    // one word of 60 characters, wider than the phone.
    await page.keyboard.insertText('FROM alpine:3.24\nCMD ["servidor", "--port", "8080"]\n');
    const run = page.getByRole('region', {name: 'Al ejecutar'});
    await expect(run.getByRole('status')).toContainText(
      '(/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)',
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  for (const mode of COLOUR_MODES) {
    test(`has no axe violations in ${mode} mode, with problems and a dry run that fails`, async ({
      page,
    }) => {
      await gotoInMode(page, '/laboratorio', mode);
      const problems = page.getByRole('region', {name: 'Problemas'});
      await expect(problems).toBeVisible();
      await expectNoAxeViolations(page);
      // Links inside problem messages, and the «Al ejecutar» failure, must pass too.
      await page.getByRole('textbox', {name: 'Dockerfile del laboratorio'}).click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText('FROM scratch\nCOPY app /app\nUSER app\nCMD /app\n');
      await expect(
        problems.getByRole('link', {name: 'Más sobre JSONArgsRecommended'}),
      ).toBeVisible();
      await expect(page.getByRole('region', {name: 'Al ejecutar'})).toContainText('No arranca');
      await page.getByText('.dockerignore del contexto (opcional)').click();
      await expectNoAxeViolations(page);
    });
  }

  test('is linked from the navbar and the chapter', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await expect(
      page.getByRole('navigation', {name: 'Principal'}).getByRole('link', {name: 'Laboratorio'}),
    ).toHaveAttribute('href', '/laboratorio');
    await expect(
      page.getByRole('article').getByRole('link', {name: 'laboratorio libre'}),
    ).toHaveAttribute('href', '/laboratorio');
  });
});

test.describe('the lab without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('each exercise shows its statement, and prints or links its Dockerfiles, once', async ({
    page,
  }) => {
    const seen = new Set<string>();
    for (const path of [CHAPTER_PATH, RECIPES_PATH]) {
      await page.goto(path);
      for (const exercise of labExercises) {
        const region = lab(page, exercise.title);
        if ((await region.count()) === 0) continue;
        seen.add(exercise.id);
        await expect(region).toContainText(exercise.statement);
        await expect(region.getByRole('button')).toHaveCount(0);
        const firstLine = exercise.start.split('\n')[0] ?? '';
        const startLink = region.getByRole('link').filter({hasText: '«'}).first();
        if ((await region.locator('pre').count()) > 0) {
          // Printed here: highlighted like every other block.
          await expect(region.locator('pre').first()).toContainText(firstLine);
          await expect(region.locator('pre').first().locator('.token.keyword').first()).toHaveText(
            'FROM',
          );
          await region.getByText('Ver solución').click();
          await expect(region.locator('details pre')).toContainText(
            exercise.solution.split('\n').at(-2) ?? '',
          );
        } else {
          // A pane of the comparison above shows it: the exercise names that pane and links to it.
          const href = (await startLink.getAttribute('href')) ?? '';
          const pane = page.locator(href);
          await expect(pane).toHaveAttribute(
            'aria-label',
            (await startLink.innerText()).replace(/[«»]/g, ''),
          );
          await expect(pane.locator('pre code')).toContainText(firstLine);
          await expect(region).toContainText('Una solución:');
        }
      }
    }
    expect([...seen].sort()).toEqual(labExercises.map((exercise) => exercise.id).sort());
  });
});
