/**
 * A DevTools trace of one page load on a slow phone (CPU 4× slower, as Lighthouse's mobile
 * preset), summed up: the long tasks (≥ 50 ms) and their blocking time, and the main thread's
 * time in style, layout and script, with the time of the first paint. Beyond Lighthouse's
 * simulation, it shows when the work happens and how it is split into tasks.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LONG_TASK_MS = 50;
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles']);
const LAYOUT = new Set(['Layout']);
const SCRIPT = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall']);

/** Total duration of the events named in `names`, counting nested ones once. */
function outermost(events, names) {
  const picked = events.filter((event) => names.has(event.name)).sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const event of picked) {
    const eventEnd = event.ts + event.dur;
    if (event.ts >= end) {
      total += event.dur;
      end = eventEnd;
    } else if (eventEnd > end) {
      total += eventEnd - end;
      end = eventEnd;
    }
  }
  return total / 1000;
}

/**
 * Loads `url` on an emulated phone with the CPU 4× slower and records a DevTools trace into
 * `file`; waits for Docusaurus' hydration mark when `hydrated`, then 3 s more. Returns the events.
 */
export async function recordTrace(browser, url, {file, hydrated = false}) {
  const context = await browser.newContext({
    viewport: {width: 412, height: 823},
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await browser.startTracing(page, {
    path: file,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'blink.user_timing',
      'loading',
      'toplevel',
    ],
  });
  await page.goto(url, {waitUntil: 'load'});
  if (hydrated) {
    await page
      .locator('html[data-has-hydrated="true"]')
      .waitFor({state: 'attached', timeout: 60_000})
      .catch(() => undefined);
  }
  await page.waitForTimeout(3000);
  await browser.stopTracing();
  await context.close();
  return JSON.parse(readFileSync(file, 'utf8')).traceEvents;
}

/** The renderer's main thread (where the navigation's ParseHTML ran): its complete events. */
export function mainThreadEvents(traceEvents, url) {
  const parse = traceEvents.find((event) => event.name === 'ParseHTML');
  if (!parse) throw new Error(`no ParseHTML in the trace of ${url}`);
  const onMain = traceEvents.filter(
    (event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X',
  );
  const start =
    traceEvents.find((event) => event.name === 'navigationStart' && event.pid === parse.pid)?.ts ??
    Math.min(...onMain.map((event) => event.ts));
  return {parse, onMain, start};
}

export async function traceMainThread(browser, url, {hydrated = false} = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-trace-'));
  const traceEvents = await recordTrace(browser, url, {
    file: path.join(dir, 'trace.json'),
    hydrated,
  });
  rmSync(dir, {recursive: true, force: true});
  const {parse, onMain, start} = mainThreadEvents(traceEvents, url);
  const tasks = onMain.filter(
    (event) => event.name === 'RunTask' && event.dur / 1000 >= LONG_TASK_MS,
  );
  const paint = traceEvents.find(
    (event) =>
      event.pid === parse.pid &&
      (event.name === 'firstPaint' || event.name === 'firstContentfulPaint'),
  );
  return {
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, task) => sum + task.dur / 1000, 0),
    blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.dur / 1000 - LONG_TASK_MS), 0),
    styleMs: outermost(onMain, STYLE),
    layoutMs: outermost(onMain, LAYOUT),
    scriptMs: outermost(onMain, SCRIPT),
    firstPaintMs: paint ? (paint.ts - start) / 1000 : null,
  };
}
