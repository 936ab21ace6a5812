#!/usr/bin/env node
/**
 * Screenshots of the pages a pull request changes, so that a contributor (who may edit on
 * GitHub and never run the site) sees them before the merge. Used by .github/workflows/ci.yml.
 *
 *   node .ci/page-screenshots.mjs <base ref>     e.g. origin/main; needs a built site in build/
 *
 * A page counts as changed when its docs/*.mdx changed; a change under src/, static/ or to
 * docusaurus.config.ts or sidebars.ts changes every page. Each page is taken whole at 390 and
 * 1280 px, light and dark, into reports/page-screenshots/, with an index.json that the job
 * summary (.ci/summary.mjs) lists.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {chromium} from '@playwright/test';
import {CHROMIUM_FLAGS, chromiumExecutable} from '../tests/chromium.mjs';
import {serveSite} from '../bench/serve.mjs';

const OUT = 'reports/page-screenshots';
const PORT = Number(process.env.SCREENSHOT_PORT ?? 3220);
const WIDTHS = [390, 1280];
const MODES = ['light', 'dark'];
const SITE_WIDE = /^(src\/|static\/|docusaurus\.config\.ts$|sidebars\.ts$)/;

const base = process.argv[2];
if (!base) {
  console.error('Uso: node .ci/page-screenshots.mjs <rama o commit base>, p. ej. origin/main');
  process.exit(2);
}

const changed = execFileSync('git', ['diff', '--name-only', `${base}...HEAD`], {encoding: 'utf8'})
  .split('\n')
  .filter(Boolean);
const docs = readdirSync('docs').filter((name) => name.endsWith('.mdx'));
const siteWide = changed.some((file) => SITE_WIDE.test(file));
const pages = docs
  .filter((name) => siteWide || changed.includes(`docs/${name}`))
  .map((name) => {
    const {data} = matter(readFileSync(path.join('docs', name), 'utf8'));
    const slug = String(data.slug ?? name.replace(/\.mdx$/, ''));
    return {source: `docs/${name}`, path: slug.startsWith('/') ? slug : `/${slug}`};
  });

mkdirSync(OUT, {recursive: true});
const shots = [];
if (pages.length > 0) {
  // The same static server as the benchmark: build/ as a reader's browser gets it.
  const server = await serveSite('build', PORT);
  const origin = server.url;
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_FLAGS,
  });
  try {
    for (const page of pages) {
      for (const mode of MODES) {
        for (const width of WIDTHS) {
          const context = await browser.newContext({
            viewport: {width, height: 900},
            colorScheme: mode,
            locale: 'es-ES',
          });
          const tab = await context.newPage();
          await tab.goto(`${origin}${page.path}`, {waitUntil: 'networkidle'});
          const file = `${page.path === '/' ? 'index' : page.path.slice(1)}-${width}-${mode}.png`;
          await tab.screenshot({path: path.join(OUT, file), fullPage: true});
          shots.push({...page, width, mode, file});
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
writeFileSync(path.join(OUT, 'index.json'), JSON.stringify({base, changed, shots}, null, 2));
console.log(
  pages.length
    ? `${shots.length} capturas de ${pages.length} páginas en ${OUT}/`
    : 'Ninguna página cambia en este pull request: sin capturas.',
);
