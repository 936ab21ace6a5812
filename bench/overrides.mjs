#!/usr/bin/env node
/**
 * Does each override of src/overrides/ledger.ts pay? For each entry, the site is built with it
 * switched off (OVERRIDES_OFF=id) next to the site with everything on, and Lighthouse (mobile,
 * performance only) runs on the lesson alternately, on and off, ROUNDS times each. Prints the
 * median and the range of TBT, LCP and the score, and whether the ranges overlap; JSON in
 * bench/results/overrides.json.
 *
 *   npm run bench:overrides                          every entry a flag can switch off
 *   npm run bench:overrides -- client-entry-in-steps ssr-template --rounds 9
 *   npm run bench:overrides -- is-browser-transition+window-size-transition   (off together)
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {chromium} from '@playwright/test';
import {serveSite} from './serve.mjs';
import {mannWhitney} from './statistics.mjs';
import {CHROMIUM_FLAGS, chromiumExecutable} from '../tests/chromium.mjs';
import {lessonPath} from '../tests/course.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'bench/results');
/** Entries a build flag switches off (text patches, swaps, aliases, the SSR template). */
const SWITCHABLE = [
  'client-entry-in-steps',
  'ssr-template',
  'is-browser-transition',
  'window-size-transition',
  'sort-keys-without-icu',
  'progress-bar-without-nprogress',
  'prism-stub',
];

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {rounds: {type: 'string', default: '7'}},
});
const ROUNDS = Number(values.rounds);
const ids = positionals.length > 0 ? positionals : SWITCHABLE;
// `a+b` switches several entries off together (two halves of one mechanism).
for (const id of ids.flatMap((group) => group.split('+'))) {
  if (!SWITCHABLE.includes(id)) throw new Error(`${id}: not an entry a flag can switch off`);
}

function build(outDir, off) {
  console.error(`Building ${off ? `without ${off}` : 'with every override'} → ${outDir}`);
  const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Rspack's persistent cache keeps patched modules across builds whatever OVERRIDES_OFF says.
    env: {...process.env, OVERRIDES_OFF: off ?? '', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
  });
  if (result.status !== 0) throw new Error(`build ${off ?? 'on'} failed`);
}

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const {lhr} = await lighthouse(
      url,
      {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance']},
      undefined,
    );
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
      lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const range = (xs) => [Math.min(...xs), Math.max(...xs)];
function overlap(a, b) {
  const [aMin, aMax] = range(a);
  const [bMin, bMax] = range(b);
  return aMin <= bMax && bMin <= aMax;
}

const onDir = path.join(RESULTS, 'overrides/on');
mkdirSync(RESULTS, {recursive: true});
build(onDir, null);
const on = await serveSite(onDir, 4510);
const report = existsSync(path.join(RESULTS, 'overrides.json'))
  ? JSON.parse(readFileSync(path.join(RESULTS, 'overrides.json'), 'utf8'))
  : {};
try {
  for (const [index, id] of ids.entries()) {
    const offDir = path.join(RESULTS, 'overrides', id);
    build(offDir, id.split('+').join(','));
    const off = await serveSite(offDir, 4511 + index);
    const rounds = {on: [], off: []};
    try {
      for (let round = 0; round < ROUNDS; round += 1) {
        // Alternate which goes first, so a drift of the machine hits both alike.
        const order = round % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
        for (const which of order) {
          const site = which === 'on' ? on : off;
          rounds[which].push(await lighthouseRun(`${site.url}${lessonPath}`));
        }
        console.error(`${id} round ${round + 1}/${ROUNDS}`);
      }
    } finally {
      off.stop();
    }
    const summary = {};
    for (const metric of ['tbt', 'lcp', 'score']) {
      const a = rounds.on.map((r) => r[metric]);
      const b = rounds.off.map((r) => r[metric]);
      summary[metric] = {
        on: {median: median(a), range: range(a), values: a},
        off: {median: median(b), range: range(b), values: b},
        overlap: overlap(a, b),
        ...mannWhitney(a, b),
      };
    }
    report[id] = {date: new Date().toISOString(), rounds: ROUNDS, ...summary};
    writeFileSync(path.join(RESULTS, 'overrides.json'), JSON.stringify(report, null, 2));
    const line = (metric, unit) => {
      const {on: a, off: b, overlap: o, p} = summary[metric];
      return `${metric} on ${a.median}${unit} (${a.range.join('–')}) · off ${b.median}${unit} (${b.range.join('–')}) · ${o ? 'ranges overlap' : 'ranges apart'} · Mann–Whitney p = ${p.toFixed(3)}`;
    };
    console.log(`${id}\n  ${line('tbt', ' ms')}\n  ${line('lcp', ' ms')}\n  ${line('score', '')}`);
  }
} finally {
  on.stop();
}
