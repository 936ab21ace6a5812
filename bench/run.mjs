#!/usr/bin/env node
/**
 * Performance benchmark: our chapter page against a plain Docusaurus reference, measured side
 * by side in one run (A B A B …) because absolute numbers on shared machines are noisy.
 *
 *   npm run bench                 measure and print the table (JSON in bench/results/)
 *   npm run bench -- --check      also check the budget; exit 1 when a line is broken
 *   npm run bench -- --runs 5     more runs per site (default 3)
 *   npm run bench -- --rebuild    rebuild both sites even if build output exists
 *
 * Both sites are served by the same compressing static server (`serve`, gzip) on 127.0.0.1.
 * Playwright counts requests and bytes; Lighthouse 12.2.3 scores mobile and desktop.
 */
import {spawn, spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_FLAGS, chromiumExecutable} from '../tests/chromium.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REFERENCE = path.join(ROOT, 'bench/reference');
const RESULTS = path.join(ROOT, 'bench/results');
const CHAPTER = '/dockerfiles_multi_stage_y_distroless';
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

function buildSites() {
  if (REBUILD || !existsSync(path.join(ROOT, 'build', 'index.html'))) {
    console.error('Building the site…');
    run('npx', ['docusaurus', 'build']);
  }
  if (REBUILD || !existsSync(path.join(REFERENCE, 'build'))) {
    console.error('Building the reference site…');
    mkdirSync(path.join(REFERENCE, 'docs'), {recursive: true});
    mkdirSync(path.join(REFERENCE, 'static/img'), {recursive: true});
    copyFileSync(
      path.join(ROOT, 'tests/fixtures/seed-chapter-18.md'),
      path.join(REFERENCE, 'docs/dockerfiles_multi_stage_y_distroless.md'),
    );
    copyFileSync(
      path.join(ROOT, 'static/img/favicon.ico'),
      path.join(REFERENCE, 'static/img/favicon.ico'),
    );
    // The project's own installed Docusaurus builds the reference too.
    run('npx', ['docusaurus', 'build', REFERENCE]);
  }
}

async function serveSite(dir, port) {
  const server = spawn(
    process.execPath,
    [
      require.resolve('serve/build/main.js'),
      dir,
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--no-clipboard',
      '--no-request-logging',
    ],
    {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']},
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`${url}${CHAPTER}`);
      if (response.ok) return {url, stop: () => server.kill()};
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`serve did not start on port ${port}`);
}

const TYPES = {script: 'js', stylesheet: 'css', document: 'html', image: 'images', font: 'fonts'};

async function measureWithPlaywright(browser, siteUrl) {
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
  await page.goto(`${siteUrl}${CHAPTER}`, {waitUntil: 'load'});
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const timing = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return {domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd};
  });
  await context.close();
  return {
    bytes,
    thirdPartyRequests: thirdParty.length,
    thirdPartyHosts: [...new Set(thirdParty.map((u) => new URL(u).host))],
    ...timing,
  };
}

async function measureWithLighthouse(siteUrl, preset) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: LIGHTHOUSE_FLAGS,
  });
  try {
    const result = await lighthouse(
      `${siteUrl}${CHAPTER}`,
      {port: chrome.port, output: 'json', logLevel: 'error'},
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const {categories, audits} = result.lhr;
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      seo: Math.round(categories.seo.score * 100),
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      speedIndex: audits['speed-index'].numericValue,
      totalByteWeight: audits['total-byte-weight'].numericValue,
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
        'cls',
        'speedIndex',
        'totalByteWeight',
      ].map((key) => [key, pick((r) => r.lighthouse[preset][key])]),
    );
  return {
    bytes,
    thirdPartyRequests: pick((r) => r.playwright.thirdPartyRequests),
    thirdPartyHosts: [...new Set(runs.flatMap((r) => r.playwright.thirdPartyHosts))],
    domContentLoaded: pick((r) => r.playwright.domContentLoaded),
    load: pick((r) => r.playwright.load),
    mobile: lh('mobile'),
    desktop: lh('desktop'),
    lighthouseFailedAudits: [...new Set(runs.flatMap((r) => r.lighthouse.mobile.failedAudits))],
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));

function table(ours, reference) {
  const rows = [];
  const row = (label, a, b, format) =>
    rows.push(`| ${label} | ${format(a)} | ${format(b)} | ${ratio(a, b)} |`);
  for (const type of ['js', 'css', 'html', 'images', 'fonts', 'other']) {
    const a = ours.bytes[type] ?? {requests: 0, transferred: 0, decoded: 0};
    const b = reference.bytes[type] ?? {requests: 0, transferred: 0, decoded: 0};
    row(`${type}: requests`, a.requests, b.requests, String);
    row(`${type}: transferred (gzip)`, a.transferred, b.transferred, kb);
    row(`${type}: decoded`, a.decoded, b.decoded, kb);
  }
  row('third-party requests', ours.thirdPartyRequests, reference.thirdPartyRequests, String);
  row('DOMContentLoaded', ours.domContentLoaded, reference.domContentLoaded, ms);
  row('load', ours.load, reference.load, ms);
  for (const preset of ['mobile', 'desktop']) {
    const a = ours[preset];
    const b = reference[preset];
    row(`LH ${preset}: performance`, a.performance, b.performance, String);
    row(`LH ${preset}: accessibility`, a.accessibility, b.accessibility, String);
    row(`LH ${preset}: best practices`, a.bestPractices, b.bestPractices, String);
    row(`LH ${preset}: SEO`, a.seo, b.seo, String);
    row(`LH ${preset}: FCP`, a.fcp, b.fcp, ms);
    row(`LH ${preset}: LCP`, a.lcp, b.lcp, ms);
    row(`LH ${preset}: TBT`, a.tbt, b.tbt, ms);
    row(`LH ${preset}: CLS`, a.cls, b.cls, (n) => n.toFixed(3));
    row(`LH ${preset}: Speed Index`, a.speedIndex, b.speedIndex, ms);
    row(`LH ${preset}: total byte weight`, a.totalByteWeight, b.totalByteWeight, kb);
  }
  return [
    '| metric (median) | ours | reference | ratio |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The budget: each line compares ours with the reference measured in the same run. */
function budget(ours, reference) {
  const js = (s) => s.bytes.js?.transferred ?? 0;
  return [
    [
      'third-party requests on load = 0',
      ours.thirdPartyRequests === 0,
      `${ours.thirdPartyRequests}`,
    ],
    [
      'gzipped JS ≤ 1.15 × reference',
      js(ours) <= 1.15 * js(reference),
      `${kb(js(ours))} vs ${kb(js(reference))} (×${ratio(js(ours), js(reference))})`,
    ],
    [
      'LH mobile accessibility = 100',
      ours.mobile.accessibility === 100,
      `${ours.mobile.accessibility}`,
    ],
    [
      'LH mobile best practices = 100',
      ours.mobile.bestPractices === 100,
      `${ours.mobile.bestPractices}`,
    ],
    ['LH mobile SEO = 100', ours.mobile.seo === 100, `${ours.mobile.seo}`],
    [
      'LH mobile performance ≥ reference median',
      ours.mobile.performance >= reference.mobile.performance,
      `${ours.mobile.performance} vs ${reference.mobile.performance}`,
    ],
    [
      'TBT ≤ 1.1 × reference (mobile)',
      ours.mobile.tbt <= 1.1 * reference.mobile.tbt,
      `${ms(ours.mobile.tbt)} vs ${ms(reference.mobile.tbt)}`,
    ],
    [
      'CLS = 0 (mobile and desktop)',
      ours.mobile.cls === 0 && ours.desktop.cls === 0,
      `${ours.mobile.cls} / ${ours.desktop.cls}`,
    ],
  ];
}

async function main() {
  buildSites();
  const oursServer = await serveSite(path.join(ROOT, 'build'), 4510);
  const referenceServer = await serveSite(path.join(REFERENCE, 'build'), 4511);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  const sites = {ours: oursServer.url, reference: referenceServer.url};
  const runs = {ours: [], reference: []};
  try {
    for (let i = 0; i < RUNS; i += 1) {
      for (const name of ['ours', 'reference']) {
        console.error(`run ${i + 1}/${RUNS}: ${name}`);
        const playwright = await measureWithPlaywright(browser, sites[name]);
        const mobile = await measureWithLighthouse(sites[name], 'mobile');
        const desktop = await measureWithLighthouse(sites[name], 'desktop');
        runs[name].push({playwright, lighthouse: {mobile, desktop}});
      }
    }
  } finally {
    await browser.close();
    oursServer.stop();
    referenceServer.stop();
  }

  const ours = summarise(runs.ours);
  const reference = summarise(runs.reference);
  const versions = {
    node: process.version,
    lighthouse: require('lighthouse/package.json').version,
    playwright: require('@playwright/test/package.json').version,
    docusaurus: require('@docusaurus/core/package.json').version,
    serve: require('serve/package.json').version,
    chromium: spawnSync(chromiumPath(), ['--version'], {encoding: 'utf8'}).stdout.trim(),
  };
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
  const lines = budget(ours, reference);

  console.log(`## Benchmark: ${CHAPTER}, ${RUNS} runs each, alternating\n`);
  console.log(
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB. Tools: ${Object.entries(
      versions,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.\n`,
  );
  console.log(table(ours, reference));
  console.log(
    `\nThird-party hosts: ours ${ours.thirdPartyHosts.join(', ') || 'none'}; reference ${reference.thirdPartyHosts.join(', ') || 'none'}.`,
  );
  console.log(
    `Lighthouse audits below 100 (mobile, ours): ${ours.lighthouseFailedAudits.join(', ') || 'none'}.`,
  );
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
