import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Page} from '@playwright/test';
import {test, expect, gotoHydrated, note, CHAPTER_PATH} from './support/fixtures';
import {sitemapPaths} from './support/sitemap';
import budgets from './size-budgets.json';
import {labExercises} from '../../src/lab/exercises';

/**
 * What a reader downloads, in gzip bytes as nginx sends it (deploy/nginx/precompress.mjs, level
 * 9): the JavaScript and CSS a page runs on load, and what opening a lab adds. Counted from the
 * requests the page makes, so a new chunk or import counts wherever it lands; prefetches for
 * other pages do not. Each figure must stay within size-budgets.json, which holds the figures
 * of the day it was last lowered. A deliberate increase edits that file in the same pull request.
 */

const BUILD = path.join(__dirname, '../../build');

type Kind = 'js' | 'css';

interface Asset {
  readonly file: string;
  readonly kind: Kind;
  readonly bytes: number;
}

const gzipped = new Map<string, number>();
function gzipBytes(file: string): number {
  let bytes = gzipped.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(path.join(BUILD, file)), {level: 9}).length;
    gzipped.set(file, bytes);
  }
  return bytes;
}

/** Records the scripts and style sheets the page (and its workers) fetch from the site. */
function recordAssets(page: Page, origin: string): () => Asset[] {
  const assets = new Map<string, Asset>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    const headers = request.headers();
    if ((headers['sec-purpose'] ?? headers['purpose'] ?? '').includes('prefetch')) return;
    const kind: Kind | null = url.pathname.endsWith('.js')
      ? 'js'
      : url.pathname.endsWith('.css')
        ? 'css'
        : null;
    if (kind === null) return;
    const file = decodeURIComponent(url.pathname);
    assets.set(file, {file, kind, bytes: gzipBytes(file)});
  });
  return () => [...assets.values()];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Fails with the figure, the budget and the files behind it, largest first. */
function expectWithin(what: string, assets: readonly Asset[], budget: number): void {
  const total = assets.reduce((sum, asset) => sum + asset.bytes, 0);
  const files = [...assets]
    .sort((a, b) => b.bytes - a.bytes)
    .map((asset) => `    ${kb(asset.bytes).padStart(9)}  ${asset.file}`)
    .join('\n');
  note(`${what}: ${kb(total)} gzip (${total} B), budget ${kb(budget)} (${budget} B)`);
  expect
    .soft(
      total,
      `${what} is ${kb(total)} gzip (${total} B), over its budget of ${kb(budget)} (${budget} B) ` +
        `in tests/e2e/size-budgets.json by ${total - budget} B. What it loads:\n${files}\n` +
        'Load the new code when the reader asks for it (see src/lab/lazyEditor.ts), or, if the ' +
        'growth is worth it, raise the budget in the same pull request and say why.',
    )
    .toBeLessThanOrEqual(budget);
}

const pageBudgets: Record<string, {js: number; css: number}> = budgets.pages;

test.describe('size budgets', () => {
  for (const pagePath of sitemapPaths()) {
    test(`${pagePath}: JavaScript and CSS on load`, async ({page, baseURL}) => {
      const budget = pageBudgets[pagePath];
      expect(budget, `tests/e2e/size-budgets.json has no budget for ${pagePath}`).toBeDefined();
      const assets = recordAssets(page, new URL(baseURL ?? '').origin);
      await gotoHydrated(page, pagePath);
      await page.waitForLoadState('networkidle');
      const loaded = assets();
      expectWithin(
        `${pagePath} JavaScript on load`,
        loaded.filter((asset) => asset.kind === 'js'),
        budget!.js,
      );
      expectWithin(
        `${pagePath} CSS`,
        loaded.filter((asset) => asset.kind === 'css'),
        budget!.css,
      );
    });
  }

  test('opening a lab: the editor, CodeMirror and the checker', async ({page, baseURL}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await page.waitForLoadState('networkidle');
    const assets = recordAssets(page, new URL(baseURL ?? '').origin);
    const lab = page.getByRole('region', {name: labExercises[0]!.title});
    await lab.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    await expect(lab.getByRole('textbox', {name: /^Dockerfile del ejercicio/})).toBeVisible();
    // The checker's worker has answered: all of its code has arrived.
    await expect(lab.getByRole('region', {name: 'Problemas'}).getByRole('status')).toHaveText(
      /problema/,
    );
    await page.waitForLoadState('networkidle');
    expectWithin(
      'Opening a lab',
      assets().filter((asset) => asset.kind === 'js'),
      budgets.lab.js,
    );
  });
});
