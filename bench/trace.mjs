#!/usr/bin/env node
/**
 * `npm run bench:trace`: where the chapter's main-thread time goes on a slow phone.
 *
 * Loads the built chapter in Chromium with the CPU throttled 4× (Lighthouse's mobile setting),
 * records a performance trace and prints the long tasks (≥ 50 ms) of the page's main thread,
 * longest first, each broken down into what ran inside it: script evaluation per chunk,
 * function calls per chunk (hydration, effects), style, layout, HTML parsing, GC. The trace
 * itself is saved in bench/results/ for chrome://tracing or the DevTools performance panel.
 *
 *   npm run bench:trace [-- --path /laboratorio] [-- --top 5] [-- --dir other/build]
 *
 * --dir traces another build (say, a worktree of the previous commit), to compare before/after.
 * --no-hydration for a page without Docusaurus' scripts: the static floor
 * (bench/results/static-floor) or the Starlight references (bench/reference-starlight/dist).
 */
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';
import {CHROMIUM_FLAGS, chromiumExecutable} from '../tests/chromium.mjs';
import {lessonPath} from '../tests/course.mjs';
import {serveSite} from './serve.mjs';
import {mainThreadEvents, recordTrace} from './main-thread.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback;
const PAGE = option('path', lessonPath);
const TOP = Number(option('top', 5));
const PORT = 4520;
const LONG_TASK_MS = 50;

const server = await serveSite(path.resolve(option('dir', path.join(ROOT, 'build'))), PORT, PAGE);
const origin = server.url;

const browser = await chromium.launch({executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS});
mkdirSync(path.join(ROOT, 'bench/results'), {recursive: true});
const traceFile = path.join(ROOT, 'bench/results/trace-chapter.json');
const traceEvents = await recordTrace(browser, `${origin}${PAGE}`, {
  file: traceFile,
  hydrated: !args.includes('--no-hydration'),
});
await browser.close();
server.stop();

const {onMain, start: navigationStart} = mainThreadEvents(traceEvents, PAGE);
const tasks = onMain
  .filter((event) => event.name === 'RunTask' && event.dur / 1000 >= LONG_TASK_MS)
  .sort((a, b) => b.dur - a.dur);

const chunk = (url) => (url ? url.replace(origin, '').replace(/^\/assets\/js\//, '') : 'inline');
function label(event) {
  const data = event.args?.data ?? {};
  switch (event.name) {
    case 'EvaluateScript':
      return `evaluate ${chunk(data.url)}`;
    case 'v8.compile':
    case 'v8.compileModule':
      return `compile ${chunk(data.url ?? event.args?.fileName)}`;
    case 'FunctionCall':
      return `run ${chunk(data.url)}${data.functionName ? ` (${data.functionName})` : ''}`;
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'EventDispatch':
      return `${event.name} ${data.type ?? ''}`.trim();
    case 'Layout':
      return 'layout';
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style';
    case 'ParseHTML':
      return 'parse HTML';
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GC_SCAVENGER':
      return 'GC';
    default:
      return null;
  }
}

const paint = traceEvents.find(
  (event) => event.name === 'firstContentfulPaint' || event.name === 'firstPaint',
);
const paintMs = paint ? (paint.ts - navigationStart) / 1000 : null;
console.log(
  `Trace of ${PAGE}, CPU 4× slower, ${tasks.length} long tasks (≥ ${LONG_TASK_MS} ms), ${TOP} longest; first paint at ${paintMs === null ? '?' : `${paintMs.toFixed(0)} ms`}:`,
);
for (const task of tasks.slice(0, TOP)) {
  const end = task.ts + task.dur;
  // Self time per label: an event's time minus its labelled children's, so nothing counts twice.
  const inside = onMain.filter(
    (event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= end && label(event),
  );
  const self = new Map();
  for (const event of inside) {
    const children = inside.filter(
      (other) =>
        other !== event &&
        other.ts >= event.ts &&
        other.ts + other.dur <= event.ts + event.dur &&
        other.dur < event.dur,
    );
    // Only direct children: those not inside another child.
    const direct = children.filter(
      (child) =>
        !children.some(
          (other) =>
            other !== child &&
            child.ts >= other.ts &&
            child.ts + child.dur <= other.ts + other.dur &&
            other.dur > child.dur,
        ),
    );
    const time = event.dur - direct.reduce((sum, child) => sum + child.dur, 0);
    self.set(label(event), (self.get(label(event)) ?? 0) + time);
  }
  const parts = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .filter(([, time]) => time >= 2000)
    .slice(0, 6)
    .map(([name, time]) => `${name} ${(time / 1000).toFixed(0)} ms`);
  console.log(
    `- ${(task.dur / 1000).toFixed(0)} ms at ${((task.ts - navigationStart) / 1000).toFixed(0)} ms${paint && task.ts > paint.ts ? ' (after the first paint)' : ''}: ${parts.join('; ')}`,
  );
}
const total = tasks.reduce((sum, task) => sum + Math.max(0, task.dur / 1000 - LONG_TASK_MS), 0);
console.log(
  `Blocking time of these long tasks (each one's time over 50 ms): ${total.toFixed(0)} ms`,
);
console.log(`Trace: ${path.relative(ROOT, traceFile)}`);
