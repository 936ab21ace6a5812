import {writeFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH} from './support/fixtures';

/**
 * A Docker expert's reading of the built chapter: every image it tells readers to start FROM is
 * pinned to a supported tag, and every size on the page says what was measured and where.
 */

// Go supports its two newest major releases (go.dev/doc/devel/release#policy); 1.27 came out in
// August 2026. Anything older also sets GOTOOLCHAIN=local and refuses a current go.mod.
const SUPPORTED_GO = ['1.26', '1.27'];

interface FromLine {
  readonly line: string;
  readonly image: string;
}

/** Every `FROM …` the article shows: in code blocks, the dependency table and stage lists. */
async function fromLines(page: Page): Promise<{lines: FromLine[]; stageNames: Set<string>}> {
  const article = page.getByRole('article');
  // Code blocks line by line (hidden panes of a comparison too); inline code (the table's
  // closed details too) by its text.
  const texts = await article
    .locator('pre code .token-line, :not(pre) > code')
    .evaluateAll((codes) => codes.map((code) => code.textContent ?? ''));
  const lines = texts
    .flatMap((text) => text.split('\n'))
    .map((line) => line.trim())
    // Prose may show the form of the instruction ("FROM ... AS nombre") or a Python import
    // ("from flask import Flask"): not images.
    .filter(
      (line) =>
        /^FROM\s/i.test(line) &&
        !/^FROM\s+\.\.\./i.test(line) &&
        !/^from\s+\S+\s+import\s/.test(line),
    );
  const stageNames = new Set(
    lines.flatMap((line) => /\sAS\s+(\S+)\s*$/i.exec(line)?.[1]?.toLowerCase() ?? []),
  );
  return {
    lines: [...new Set(lines)].map((line) => ({
      line,
      image: line
        .replace(/^FROM\s+/i, '')
        .replace(/--platform=\S+\s+/, '')
        .split(/\s+/)[0]!,
    })),
    stageNames,
  };
}

/** Why an image reference would not pass an expert's review, or null. */
function reviewImage(image: string, stageNames: ReadonlySet<string>): string | null {
  if (image === 'scratch' || stageNames.has(image.toLowerCase())) return null;
  const lastPart = image.split('/').at(-1) ?? image;
  if (lastPart.includes('@')) return null;
  const tag = lastPart.split(':')[1];
  if (tag === undefined) return 'no tag: it means latest';
  if (tag === 'latest') return 'the latest tag';
  const go = /^golang$/.test(lastPart.split(':')[0] ?? '') ? /^(\d+\.\d+)/.exec(tag)?.[1] : null;
  if (go && !SUPPORTED_GO.includes(go)) return `Go ${go} is not a supported release`;
  return null;
}

test.describe('review the examples as a Docker expert', () => {
  test('every FROM names a pinned, supported image, scratch or a stage', async ({
    page,
  }, testInfo) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const {lines, stageNames} = await fromLines(page);
    expect(lines.length, 'distinct FROM lines').toBeGreaterThan(15);
    const report = lines.map(({line, image}) => {
      const problem = reviewImage(image, stageNames);
      return problem ? `${line}    <- ${problem}` : line;
    });
    const file = testInfo.outputPath('from-lines.txt');
    writeFileSync(file, `${report.join('\n')}\n`);
    await testInfo.attach('from-lines', {path: file, contentType: 'text/plain'});
    expect(report.filter((line) => line.includes('<-'))).toEqual([]);
  });

  test('the reviewer itself rejects what it should', () => {
    const stages = new Set(['builder']);
    expect(reviewImage('alpine', stages)).toMatch(/no tag/);
    expect(reviewImage('alpine:latest', stages)).toMatch(/latest/);
    expect(reviewImage('golang:1.21', stages)).toMatch(/Go 1.21/);
    expect(reviewImage('gcr.io/distroless/static-debian13', stages)).toMatch(/no tag/);
    expect(reviewImage('golang:1.27', stages)).toBeNull();
    expect(reviewImage('localhost:5000/app:1.0', stages)).toBeNull();
    expect(reviewImage('Builder', stages)).toBeNull();
  });

  test('the measured sizes are a cited chart, with each example linked at its commit', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const chart = page.getByRole('figure', {name: /Tamaño de la imagen final/});
    await expect(chart).toContainText(
      'Tamaños que publica la integración continua de containers-best-practices (enero de 2026, commit 19486af) al construir sus propias aplicaciones de ejemplo, no los Dockerfiles de esta página. Esa integración construye y mide, pero no arranca las imágenes.',
    );
    const table = chart.getByRole('table');
    // Only the pairs whose multi-stage image would start, each linking to why.
    await expect(table.getByRole('row')).toHaveCount(4);
    const notes = chart.getByRole('listitem');
    await expect(notes).toHaveCount(5);
    await table
      .getByRole('rowheader', {name: /go\/simple/})
      .getByRole('link', {name: 'por qué arrancaría'})
      .click();
    await expect(notes.filter({hasText: 'go/simple'})).toContainText(
      '(Dockerfile): arrancaría: hello.go solo importa fmt',
    );
    await expect(page).toHaveURL(/#tamano-go-simple$/);
    // The others are named with their reason and without their sizes.
    await expect(notes.filter({hasText: 'node/backend'})).toContainText(
      '(dockerfile): no arrancaría: termina con USER node sobre alpine',
    );
    await expect(notes.filter({hasText: 'python/flask'})).toContainText(
      'no se puede saber si arrancaría: copia lo que pip install --user',
    );
    await expect(chart).not.toContainText('79,1');
    await expect(chart).not.toContainText('89,2');
    const goRow = table.getByRole('row', {name: /go\/simple/});
    await expect(goRow).toContainText('841 MB');
    await expect(goRow).toContainText('golang:1.21');
    await expect(goRow).toContainText('1,81 MB');
    await expect(goRow).toContainText('465 veces menor');
    await expect(goRow.getByRole('link', {name: 'go/simple'})).toHaveAttribute(
      'href',
      'https://github.com/pabpereza/containers-best-practices/tree/19486af1c805088aa5c96d6e9906eb5af7e9ea85/go/simple',
    );
  });

  test('on a phone the chart keeps its table semantics and fits', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(page, CHAPTER_PATH);
    const table = page.getByRole('figure', {name: /Tamaño de la imagen final/}).getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveCount(4);
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    const box = (await table.boundingBox())!;
    const article = (await page.getByRole('article').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(article.x + article.width + 1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});

test.describe('review the examples without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the size chart is the same table in the server HTML', async ({page}) => {
    await page.goto(CHAPTER_PATH);
    const table = page.getByRole('figure', {name: /Tamaño de la imagen final/}).getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveText([
      /go\/simple/,
      /java\/simple/,
      /rust\/simple/,
    ]);
    await expect(table.getByRole('row', {name: /rust\/simple/})).toContainText('183 veces menor');
  });
});
