#!/usr/bin/env node
/**
 * Performance benchmark: our chapter page against references: a plain Docusaurus site
 * (bench/reference/) and a stock Astro Starlight site (bench/reference-starlight/, installed
 * and built here on first use with its own lockfile), both with the seed chapter, and the same
 * Starlight site with our lesson's own text and code (its MDX without our components,
 * bench/equal-content.mjs): equal content. Measured side by side in one run (A B C D A B C D …)
 * because absolute numbers on shared machines are noisy. Each run also records a DevTools trace
 * per site at 4× CPU (bench/main-thread.mjs): long tasks, style, layout, script, first paint.
 *
 *   npm run bench                 measure and print the table (JSON in bench/results/)
 *   npm run bench -- --check      also check the budget; exit 1 when a line is broken
 *   npm run bench -- --runs 5     more runs per site (default 3)
 *   npm run bench -- --rebuild    rebuild both sites even if build output exists
 *
 * The three sites are served by the same compressing static server (`serve`, gzip) on 127.0.0.1.
 * Playwright counts requests and bytes; Lighthouse 12.2.3 scores mobile and desktop. Its TBT is
 * also split by whether each task ran before or after the first contentful paint
 * (bench/blocking-split.mjs), to tell work done before anything is on screen from long tasks
 * after it. On our site, each run also pastes 10,000 lines into the lab (bench/lab-paste.mjs) and
 * types into it at 4× CPU slowdown (bench/lab-typing.mjs), and the same keys go into CodeMirror
 * alone on a blank page (bench/peer-editor.mjs), the editor's own cost on this machine.
 */
import {spawnSync} from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';
import {serveSite} from './serve.mjs';
import {lessonMarkdown} from './equal-content.mjs';
import {traceMainThread} from './main-thread.mjs';
import {blockingTimeByFirstPaint} from './blocking-split.mjs';
import {LAB_PATH, measureLabPaste} from './lab-paste.mjs';
import {measureLabTyping, measurePeerTyping} from './lab-typing.mjs';
import {servePeerEditor} from './peer-editor.mjs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_FLAGS, chromiumExecutable} from '../tests/chromium.mjs';
import {lessonPath} from '../tests/course.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REFERENCE = path.join(ROOT, 'bench/reference');
const STARLIGHT = path.join(ROOT, 'bench/reference-starlight');
const RESULTS = path.join(ROOT, 'bench/results');
const STATIC_FLOOR = path.join(ROOT, 'bench/results/static-floor');
const CHAPTER = lessonPath;
/** Where the equal-content page lives in the Starlight reference. */
const EQUAL = `/contenido-igual${CHAPTER}`;
const LIGHTHOUSE_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const REBUILD = args.includes('--rebuild');
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;

function chromiumPath() {
  return chromiumExecutable() ?? chromium.executablePath();
}

function run(command, commandArgs, cwd = ROOT) {
  const result = spawnSync(command, commandArgs, {cwd, stdio: 'inherit'});
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

/** Puts the seed chapter and the favicon where a reference site reads them. */
function placeSeed(docsDir, faviconDir) {
  for (const dir of [docsDir, faviconDir]) mkdirSync(dir, {recursive: true});
  copyFileSync(
    path.join(ROOT, 'tests/fixtures/seed-chapter-18.md'),
    path.join(docsDir, `${CHAPTER.slice(1)}.md`),
  );
  copyFileSync(path.join(ROOT, 'static/img/favicon.ico'), path.join(faviconDir, 'favicon.ico'));
}

function buildSites() {
  if (REBUILD || !existsSync(path.join(ROOT, 'build', 'index.html'))) {
    console.error('Building the site…');
    run('npx', ['docusaurus', 'build']);
  }
  if (REBUILD || !existsSync(path.join(REFERENCE, 'build'))) {
    console.error('Building the reference site…');
    placeSeed(path.join(REFERENCE, 'docs'), path.join(REFERENCE, 'static/img'));
    // The project's own installed Docusaurus builds the reference too.
    run('npx', ['docusaurus', 'build', REFERENCE]);
  }
  if (REBUILD || !existsSync(path.join(STARLIGHT, 'dist', `${EQUAL.slice(1)}.html`))) {
    console.error('Building the Starlight reference…');
    if (!existsSync(path.join(STARLIGHT, 'node_modules', 'astro'))) {
      run('npm', ['ci', '--no-audit', '--no-fund'], STARLIGHT);
    }
    placeSeed(path.join(STARLIGHT, 'src/content/docs'), path.join(STARLIGHT, 'public'));
    const equalDir = path.join(STARLIGHT, 'src/content/docs', path.dirname(EQUAL.slice(1)));
    mkdirSync(equalDir, {recursive: true});
    writeFileSync(
      path.join(equalDir, `${path.basename(EQUAL)}.md`),
      lessonMarkdown(readFileSync(path.join(ROOT, `docs${CHAPTER}.mdx`), 'utf8')),
    );
    run('npx', ['astro', 'build'], STARLIGHT);
  }
}

/**
 * The static floor: our build with every script removed (script elements and script preloads),
 * so the table shows what our HTML and CSS cost by themselves.
 */
function buildStaticFloor() {
  rmSync(STATIC_FLOOR, {recursive: true, force: true});
  cpSync(path.join(ROOT, 'build'), STATIC_FLOOR, {recursive: true});
  const pages = readdirSync(STATIC_FLOOR, {recursive: true}).filter((file) =>
    String(file).endsWith('.html'),
  );
  for (const file of pages) {
    const full = path.join(STATIC_FLOOR, String(file));
    const html = readFileSync(full, 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      // Quoted or not: the build minifies attributes.
      .replace(
        /<link\b(?=[^>]*\bas=["']?script\b)(?=[^>]*\brel=["']?(?:preload|modulepreload)\b)[^>]*>/g,
        '',
      );
    writeFileSync(full, html);
    // A precompressed copy would still carry the scripts.
    rmSync(`${full}.gz`, {force: true});
    rmSync(`${full}.br`, {force: true});
  }
}

const TYPES = {script: 'js', stylesheet: 'css', document: 'html', image: 'images', font: 'fonts'};

async function measureWithPlaywright(browser, siteUrl, pagePath = CHAPTER) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const thirdParty = [];
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      thirdParty.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const bytes = {};
  const pending = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const sizes = await request.sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = TYPES[request.resourceType()] ?? 'other';
        bytes[type] ??= {requests: 0, transferred: 0, decoded: 0};
        bytes[type].requests += 1;
        bytes[type].transferred += sizes.responseBodySize + sizes.responseHeadersSize;
        bytes[type].decoded += body.length;
      })(),
    );
  });
  await page.goto(`${siteUrl}${pagePath}`, {waitUntil: 'load'});
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Docusaurus marks the end of hydration; Starlight has no React root to wait for.
  await page
    .locator('html[data-has-hydrated="true"]')
    .waitFor({state: 'attached', timeout: 10_000})
    .catch(() => undefined);
  const timing = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    // React fibres of the hydrated tree: the hydration work, counted exactly rather than timed.
    const container = document.getElementById('__docusaurus');
    const key = container && Object.keys(container).find((k) => k.startsWith('__reactContainer'));
    let fibres = 0;
    const stack = key ? [container[key]] : [];
    while (stack.length > 0) {
      const fibre = stack.pop();
      if (!fibre) continue;
      fibres += 1;
      stack.push(fibre.child, fibre.sibling);
    }
    return {
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      domElements: document.getElementsByTagName('*').length,
      reactFibres: fibres,
    };
  });
  await context.close();
  return {
    bytes,
    thirdPartyRequests: thirdParty.length,
    thirdPartyHosts: [...new Set(thirdParty.map((u) => new URL(u).host))],
    ...timing,
  };
}

async function measureWithLighthouse(siteUrl, preset, pagePath = CHAPTER) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: LIGHTHOUSE_FLAGS,
  });
  try {
    const result = await lighthouse(
      `${siteUrl}${pagePath}`,
      {port: chrome.port, output: 'json', logLevel: 'error'},
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const {categories, audits} = result.lhr;
    const split = await blockingTimeByFirstPaint(result);
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      seo: Math.round(categories.seo.score * 100),
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      tbtBeforePaint: split.beforePaint,
      tbtAfterPaint: split.afterPaint,
      cls: audits['cumulative-layout-shift'].numericValue,
      speedIndex: audits['speed-index'].numericValue,
      totalByteWeight: audits['total-byte-weight'].numericValue,
      // Lighthouse's own measure of this machine's speed at that moment (higher is faster): the
      // simulated TBT is the observed work × 4, so a slow minute of a shared host shows here.
      benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
      failedAudits: Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            ['binary', 'numeric'].includes(a.scoreDisplayMode) &&
            !['metricSavings'].includes(a.id),
        )
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise(runs) {
  const pick = (fn) => median(runs.map(fn));
  const types = [...new Set(runs.flatMap((r) => Object.keys(r.playwright.bytes)))];
  const bytes = Object.fromEntries(
    types.map((type) => [
      type,
      {
        requests: pick((r) => r.playwright.bytes[type]?.requests ?? 0),
        transferred: pick((r) => r.playwright.bytes[type]?.transferred ?? 0),
        decoded: pick((r) => r.playwright.bytes[type]?.decoded ?? 0),
      },
    ]),
  );
  const lh = (preset) =>
    Object.fromEntries(
      [
        'performance',
        'accessibility',
        'bestPractices',
        'seo',
        'fcp',
        'lcp',
        'tbt',
        'tbtBeforePaint',
        'tbtAfterPaint',
        'cls',
        'speedIndex',
        'totalByteWeight',
        'benchmarkIndex',
      ].map((key) => [key, pick((r) => r.lighthouse[preset][key])]),
    );
  return {
    bytes,
    thirdPartyRequests: pick((r) => r.playwright.thirdPartyRequests),
    thirdPartyHosts: [...new Set(runs.flatMap((r) => r.playwright.thirdPartyHosts))],
    domContentLoaded: pick((r) => r.playwright.domContentLoaded),
    domElements: pick((r) => r.playwright.domElements),
    reactFibres: pick((r) => r.playwright.reactFibres),
    load: pick((r) => r.playwright.load),
    mobile: lh('mobile'),
    desktop: lh('desktop'),
    trace: Object.fromEntries(
      [
        'longTasks',
        'longTaskMs',
        'blockingMs',
        'styleMs',
        'layoutMs',
        'scriptMs',
        'firstPaintMs',
      ].map((key) => [key, pick((r) => r.trace[key] ?? 0)]),
    ),
    lighthouseFailedAudits: [...new Set(runs.flatMap((r) => r.lighthouse.mobile.failedAudits))],
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));

const SITES = ['ours', 'oursNoScript', 'reference', 'starlight', 'starlightEqual'];
const PAGES = {
  ours: CHAPTER,
  oursNoScript: CHAPTER,
  reference: CHAPTER,
  starlight: CHAPTER,
  starlightEqual: EQUAL,
};

function table(summaries) {
  const rows = [];
  const row = (label, pick, format) => {
    const [ours, noScript, docusaurus, starlight, equal] = SITES.map((site) =>
      pick(summaries[site]),
    );
    rows.push(
      `| ${label} | ${[ours, noScript, docusaurus, starlight, equal].map(format).join(' | ')} | ${ratio(ours, docusaurus)} | ${ratio(ours, equal)} | ${ratio(noScript, equal)} |`,
    );
  };
  const empty = {requests: 0, transferred: 0, decoded: 0};
  for (const type of ['js', 'css', 'html', 'images', 'fonts', 'other']) {
    row(`${type}: requests`, (s) => (s.bytes[type] ?? empty).requests, String);
    row(`${type}: transferred (gzip)`, (s) => (s.bytes[type] ?? empty).transferred, kb);
    row(`${type}: decoded`, (s) => (s.bytes[type] ?? empty).decoded, kb);
  }
  row('third-party requests', (s) => s.thirdPartyRequests, String);
  row('DOM elements', (s) => s.domElements, String);
  row('React fibres hydrated', (s) => s.reactFibres, String);
  row('DOMContentLoaded', (s) => s.domContentLoaded, ms);
  row('load', (s) => s.load, ms);
  for (const preset of ['mobile', 'desktop']) {
    row(`LH ${preset}: performance`, (s) => s[preset].performance, String);
    row(`LH ${preset}: accessibility`, (s) => s[preset].accessibility, String);
    row(`LH ${preset}: best practices`, (s) => s[preset].bestPractices, String);
    row(`LH ${preset}: SEO`, (s) => s[preset].seo, String);
    row(`LH ${preset}: FCP`, (s) => s[preset].fcp, ms);
    row(`LH ${preset}: LCP`, (s) => s[preset].lcp, ms);
    row(`LH ${preset}: TBT`, (s) => s[preset].tbt, ms);
    row(`LH ${preset}: TBT, tasks run before FCP`, (s) => s[preset].tbtBeforePaint, ms);
    row(`LH ${preset}: TBT, tasks run after FCP`, (s) => s[preset].tbtAfterPaint, ms);
    row(
      `LH ${preset}: CLS`,
      (s) => s[preset].cls,
      (n) => n.toFixed(3),
    );
    row(`LH ${preset}: Speed Index`, (s) => s[preset].speedIndex, ms);
    row(`LH ${preset}: total byte weight`, (s) => s[preset].totalByteWeight, kb);
  }
  row('trace 4× CPU: long tasks', (s) => s.trace.longTasks, String);
  row('trace 4× CPU: long-task time', (s) => s.trace.longTaskMs, ms);
  row('trace 4× CPU: blocking time', (s) => s.trace.blockingMs, ms);
  row('trace 4× CPU: style', (s) => s.trace.styleMs, ms);
  row('trace 4× CPU: layout', (s) => s.trace.layoutMs, ms);
  row('trace 4× CPU: script', (s) => s.trace.scriptMs, ms);
  row('trace 4× CPU: first paint', (s) => s.trace.firstPaintMs, ms);
  return [
    '| metric (median) | ours | ours, every script removed | Docusaurus, seed | Starlight, seed | Starlight, our text and code | ours / Docusaurus | ours / Starlight same content | no scripts / Starlight same content |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * The budget (issue «performance on equal content»): the lesson's Lighthouse mobile score, TBT
 * and LCP in every run, JS no heavier than plain Docusaurus, and the static floor (our HTML and
 * CSS without any script) close to Starlight rendering the same text and code. Also the lab's
 * freeze guard: no task over 500 ms while 10,000 pasted lines are checked.
 */
function budget({ours, oursNoScript, reference, starlightEqual}, runs) {
  const js = (s) => s.bytes.js?.transferred ?? 0;
  const perfect = (preset) =>
    ['accessibility', 'bestPractices', 'seo'].every((key) => ours[preset][key] === 100);
  const scores = (preset) =>
    `${ours[preset].accessibility} / ${ours[preset].bestPractices} / ${ours[preset].seo}`;
  const each = (site, pick) => runs[site].map((run) => pick(run.lighthouse.mobile));
  const worstScore = Math.min(...each('ours', (m) => m.performance));
  const worstLcp = Math.max(...each('ours', (m) => m.lcp));
  const labTasks = runs.ours.map((run) => run.lab.longestTaskMs);
  const typingTasks = runs.ours.map((run) => run.typing.longestTaskMs);
  const firstKeys = runs.ours.map((run) => run.typing.firstKeyMs);
  const peerTasks = runs.ours.map((run) => run.peerTyping.longestTaskMs);
  return [
    [
      'third-party requests on load = 0',
      ours.thirdPartyRequests === 0,
      `${ours.thirdPartyRequests}`,
    ],
    [
      'gzipped JS on load ≤ plain Docusaurus',
      js(ours) <= js(reference),
      `${kb(js(ours))} vs ${kb(js(reference))} (×${ratio(js(ours), js(reference))})`,
    ],
    [
      'LH mobile performance ≥ 90 (median), no run below 85',
      ours.mobile.performance >= 90 && worstScore >= 85,
      `median ${ours.mobile.performance}, runs ${each('ours', (m) => m.performance).join(' / ')}`,
    ],
    ['LH mobile TBT ≤ 300 ms', ours.mobile.tbt <= 300, ms(ours.mobile.tbt)],
    [
      'LH mobile LCP ≤ 1.5 s in every run',
      worstLcp <= 1500,
      `runs ${each('ours', (m) => ms(m.lcp)).join(' / ')}`,
    ],
    [
      'static floor: mobile TBT ≤ 1.2 × Starlight with the same content',
      oursNoScript.mobile.tbt <= 1.2 * starlightEqual.mobile.tbt,
      `${ms(oursNoScript.mobile.tbt)} vs ${ms(starlightEqual.mobile.tbt)} (×${ratio(oursNoScript.mobile.tbt, starlightEqual.mobile.tbt)}); from tasks that ran before FCP: ${ms(oursNoScript.mobile.tbtBeforePaint)} vs ${ms(starlightEqual.mobile.tbtBeforePaint)}`,
    ],
    [
      'static floor: mobile score within 2 points of Starlight with the same content',
      oursNoScript.mobile.performance >= starlightEqual.mobile.performance - 2,
      `${oursNoScript.mobile.performance} vs ${starlightEqual.mobile.performance}`,
    ],
    [
      `lab (${LAB_PATH}): no task over 500 ms pasting 10,000 lines, in every run`,
      Math.max(...labTasks) <= 500,
      `longest task ${labTasks.map(ms).join(' / ')}`,
    ],
    [
      'lab typing at 4× CPU: no task over 50 ms per keystroke (check, model, dry run, render), in every run',
      Math.max(...typingTasks) <= 50,
      `longest task ${typingTasks.map(ms).join(' / ')} (first key ${firstKeys.map(ms).join(' / ')}); CodeMirror alone on a blank page: ${peerTasks.map(ms).join(' / ')}`,
    ],
    [
      'CLS = 0 (mobile and desktop)',
      ours.mobile.cls === 0 && ours.desktop.cls === 0,
      `${ours.mobile.cls} / ${ours.desktop.cls}`,
    ],
    ['LH mobile accessibility / best practices / SEO = 100', perfect('mobile'), scores('mobile')],
    [
      'LH desktop accessibility / best practices / SEO = 100',
      perfect('desktop'),
      scores('desktop'),
    ],
  ];
}

async function main() {
  buildSites();
  buildStaticFloor();
  const servers = {
    ours: await serveSite(path.join(ROOT, 'build'), 4510, CHAPTER),
    reference: await serveSite(path.join(REFERENCE, 'build'), 4511, CHAPTER),
    starlight: await serveSite(path.join(STARLIGHT, 'dist'), 4512, CHAPTER),
    starlightEqual: await serveSite(path.join(STARLIGHT, 'dist'), 4513, EQUAL),
    oursNoScript: await serveSite(STATIC_FLOOR, 4514, CHAPTER),
  };
  const peerEditor = await servePeerEditor(4515);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  const sites = Object.fromEntries(SITES.map((site) => [site, servers[site].url]));
  const runs = Object.fromEntries(SITES.map((site) => [site, []]));
  try {
    for (let i = 0; i < RUNS; i += 1) {
      for (const name of SITES) {
        console.error(`run ${i + 1}/${RUNS}: ${name}`);
        const playwright = await measureWithPlaywright(browser, sites[name], PAGES[name]);
        const mobile = await measureWithLighthouse(sites[name], 'mobile', PAGES[name]);
        const desktop = await measureWithLighthouse(sites[name], 'desktop', PAGES[name]);
        const trace = await traceMainThread(browser, `${sites[name]}${PAGES[name]}`, {
          hydrated: name === 'ours' || name === 'reference',
        });
        const lab = name === 'ours' ? await measureLabPaste(browser, sites[name]) : undefined;
        const typing = name === 'ours' ? await measureLabTyping(browser, sites[name]) : undefined;
        const peerTyping =
          name === 'ours' ? await measurePeerTyping(browser, peerEditor.url) : undefined;
        runs[name].push({
          playwright,
          lighthouse: {mobile, desktop},
          trace,
          lab,
          typing,
          peerTyping,
        });
      }
    }
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) server.stop();
    peerEditor.stop();
  }

  const summaries = Object.fromEntries(SITES.map((site) => [site, summarise(runs[site])]));
  const {ours, reference, starlight, starlightEqual, oursNoScript} = summaries;
  const versions = {
    node: process.version,
    lighthouse: require('lighthouse/package.json').version,
    playwright: require('@playwright/test/package.json').version,
    docusaurus: require('@docusaurus/core/package.json').version,
    serve: require('serve/package.json').version,
    astro: require(path.join(STARLIGHT, 'node_modules/astro/package.json')).version,
    starlight: require(path.join(STARLIGHT, 'node_modules/@astrojs/starlight/package.json'))
      .version,
    chromium: spawnSync(chromiumPath(), ['--version'], {encoding: 'utf8'}).stdout.trim(),
  };
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
  const lines = budget(summaries, runs);

  console.log(`## Benchmark: ${CHAPTER}, ${RUNS} runs each, alternating\n`);
  console.log(
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB. Tools: ${Object.entries(
      versions,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.\n`,
  );
  console.log(table(summaries));
  console.log(
    `\nThird-party hosts: ours ${ours.thirdPartyHosts.join(', ') || 'none'}; Docusaurus ${reference.thirdPartyHosts.join(', ') || 'none'}; Starlight ${starlight.thirdPartyHosts.join(', ') || 'none'}; Starlight with our content ${starlightEqual.thirdPartyHosts.join(', ') || 'none'}.`,
  );
  console.log(
    starlight.mobile.tbt > 0
      ? `For information: our mobile TBT is ×${ratio(ours.mobile.tbt, starlight.mobile.tbt)} Starlight's (${ms(ours.mobile.tbt)} vs ${ms(starlight.mobile.tbt)}).`
      : `For information: our mobile TBT is ${ms(ours.mobile.tbt)}; Starlight's is 0 ms (no long task at all), so no multiple exists.`,
  );
  console.log(
    `Lighthouse audits below 100 (mobile, ours): ${ours.lighthouseFailedAudits.join(', ') || 'none'}.`,
  );
  // The medians hide how much one machine drifts between runs; TBT drifts most.
  const perRun = (site, key, format) =>
    runs[site].map((r) => format(r.lighthouse.mobile[key])).join(' / ');
  for (const [key, format] of [
    ['tbt', ms],
    ['tbtBeforePaint', ms],
    ['lcp', ms],
    ['performance', String],
    ['benchmarkIndex', String],
  ]) {
    console.log(
      `Mobile ${key} of each run: ${SITES.map((site) => `${site} ${perRun(site, key, format)}`).join('; ')}.`,
    );
  }
  console.log('\n### Budget\n');
  for (const [label, ok, detail] of lines) console.log(`- ${ok ? '✅' : '❌'} ${label}: ${detail}`);

  mkdirSync(RESULTS, {recursive: true});
  const report = {
    date: new Date().toISOString(),
    page: CHAPTER,
    runsPerSite: RUNS,
    machine,
    versions,
    ours,
    reference,
    starlight,
    starlightEqual,
    oursNoScript,
    budget: lines.map(([label, ok, detail]) => ({label, ok, detail})),
    raw: runs,
  };
  const file = path.join(RESULTS, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(report, null, 2));
  console.log(`\nJSON report: ${path.relative(ROOT, file)}`);

  if (CHECK) {
    const broken = lines.filter(([, ok]) => !ok);
    if (broken.length > 0) {
      console.error(
        `\nBudget broken:\n${broken.map(([label, , detail]) => `  ${label}: ${detail}`).join('\n')}`,
      );
      process.exit(1);
    }
    console.log('\nBudget met.');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
