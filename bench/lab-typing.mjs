/**
 * Typing in the lab on a slow phone (CPU 4× slower): an exercise is opened in the lab, its
 * Dockerfile replaced by a realistic multi-stage one, then a line is typed one key at a time,
 * pausing after each key long enough for the lab's check (300 ms) to run: every key costs the
 * editor's input handling, and each pause the analysis (checking, the model of the build and the
 * dry run, in a Web Worker since issue 38) and the render of its panels. A DevTools trace of the
 * renderer's main thread gives each task; the budget is no task over 50 ms. The same keys go
 * into a peer, CodeMirror alone on a blank page (bench/peer-editor.mjs), to tell what the editor
 * costs from what the lab adds. Standalone: `npm run bench:typing -- <site url>` (default: a built
 * site served by `npm run serve`, http://localhost:3000).
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {lessonPath} from '../tests/course.mjs';

const KEYSTROKES = 'RUN echo listo';
/** Longer than the lab's lint delay (300 ms at 1×), so that every key is checked. */
const PAUSE_MS = 450;
const BUDGET_MS = 50;

/** A Dockerfile of the size a learner writes in the lab: three stages, a cache mount, a user. */
const DOCKERFILE = `# syntax=docker/dockerfile:1
FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /out/servidor ./cmd/servidor
RUN CGO_ENABLED=0 go build -o /out/migrar ./cmd/migrar

FROM node:26-trixie-slim AS assets
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci
COPY web/ ./
RUN npm run build

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/servidor /servidor
COPY --from=build /out/migrar /migrar
COPY --from=assets /web/dist /static
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/servidor"]
CMD ["--port", "8080"]
`;

/** A main-thread task, as older and newer Chromium name it in a trace. */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The tasks of the busiest renderer main thread in the trace (the page's), outermost only, each
 * with its start, duration (ms) and whether a key was dispatched in it.
 */
function tasksOf(traceEvents) {
  const mains = traceEvents.filter(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const byThread = mains.map((thread) => {
    const own = traceEvents.filter(
      (event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X',
    );
    const keys = own.filter(
      (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keypress',
    );
    return (
      own
        .filter((event) => TASKS.has(event.name))
        .sort((a, b) => a.ts - b.ts)
        // Outermost only: a task nested in another is part of it.
        .filter((event, i, sorted) => {
          const previous = sorted.slice(0, i).findLast((other) => other.ts + other.dur > event.ts);
          return previous === undefined;
        })
        .map((event) => ({
          ts: event.ts,
          ms: event.dur / 1000,
          key: keys.some((key) => key.ts >= event.ts && key.ts <= event.ts + event.dur),
        }))
    );
  });
  const total = (tasks) => tasks.reduce((sum, task) => sum + task.ms, 0);
  const busiest = byThread.sort((a, b) => total(b) - total(a))[0];
  if (!busiest || busiest.length === 0)
    throw new Error('no renderer main-thread task in the trace');
  return busiest;
}

/**
 * Types KEYSTROKES where the caret is, at 4× CPU slowdown, under a trace. Returns the number of
 * keys, the longest main-thread task and the next, the tasks over 50 ms, and the first key's task
 * apart from the longest task after it: the first key also pays for compiling the typing path.
 */
async function typeTraced(browser, context, page) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-typing-'));
  const file = path.join(dir, 'trace.json');
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await browser.startTracing(page, {path: file, categories: ['toplevel', 'devtools.timeline']});
    for (const key of KEYSTROKES) {
      await page.keyboard.type(key);
      await page.waitForTimeout(PAUSE_MS);
    }
    await page.waitForTimeout(1000);
    await browser.stopTracing();
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
    const tasks = tasksOf(JSON.parse(readFileSync(file, 'utf8')).traceEvents);
    const sorted = tasks.map((task) => task.ms).sort((a, b) => b - a);
    const firstKey = tasks.find((task) => task.key);
    const afterFirst = tasks.filter((task) => firstKey && task.ts > firstKey.ts);
    return {
      keys: KEYSTROKES.length,
      longestTaskMs: sorted[0] ?? 0,
      secondTaskMs: sorted[1] ?? 0,
      tasksOver50: sorted.filter((ms) => ms > BUDGET_MS).length,
      firstKeyMs: firstKey?.ms ?? 0,
      afterFirstKeyMs: Math.max(0, ...afterFirst.map((task) => task.ms)),
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const PHONE = {viewport: {width: 412, height: 823}, isMobile: true};

/**
 * Types KEYSTROKES into the lab of the lesson's first exercise at 4× CPU slowdown, after pasting
 * DOCKERFILE into it.
 */
export async function measureLabTyping(browser, siteUrl) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}${lessonPath}`);
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    const exercise = page.getByRole('region', {name: 'Un CMD que no arranca en distroless'});
    await exercise.getByRole('button', {name: 'Abrir en el laboratorio'}).click();
    const editor = exercise.getByRole('textbox', {name: /Dockerfile/});
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(DOCKERFILE);
    // The panels show the pasted Dockerfile (its second stage), not the exercise's: the paste's
    // own render is not a keystroke, and must be over before the trace starts.
    await exercise
      .getByRole('region', {name: 'Al construir'})
      .filter({hasText: 'node:26-trixie-slim'})
      .waitFor();
    await page.keyboard.press('ControlOrMeta+End');
    await page.waitForTimeout(PAUSE_MS);
    return await typeTraced(browser, context, page);
  } finally {
    await context.close();
  }
}

/**
 * The same keys into the peer (bench/peer-editor.mjs): CodeMirror alone on a blank page, holding
 * the same Dockerfile.
 */
export async function measurePeerTyping(browser, peerUrl) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.goto(peerUrl);
    await page.locator('html[data-ready="true"]').waitFor({state: 'attached'});
    await page.evaluate((doc) => window.openEditor(doc), DOCKERFILE);
    await page.getByRole('textbox', {name: 'Dockerfile'}).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.waitForTimeout(PAUSE_MS);
    return await typeTraced(browser, context, page);
  } finally {
    await context.close();
  }
}

/** One line of the standalone report. */
function describeTyping(result) {
  return `${result.keys} keys at 4× CPU: longest task ${result.longestTaskMs.toFixed(1)} ms, next ${result.secondTaskMs.toFixed(1)} ms, ${result.tasksOver50} over ${BUDGET_MS} ms; first key ${result.firstKeyMs.toFixed(1)} ms, longest after it ${result.afterFirstKeyMs.toFixed(1)} ms`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const {chromium} = await import('@playwright/test');
  const {CHROMIUM_FLAGS, chromiumExecutable} = await import('../tests/chromium.mjs');
  const {servePeerEditor} = await import('./peer-editor.mjs');
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_FLAGS,
  });
  const peer = await servePeerEditor();
  try {
    const url = process.argv[2] ?? 'http://localhost:3000';
    const runs = [];
    // Alternating, so that a slow minute of a shared machine falls on both.
    for (let run = 0; run < 3; run += 1) {
      runs.push({
        lab: await measureLabTyping(browser, url),
        peer: await measurePeerTyping(browser, peer.url),
      });
    }
    for (const {lab, peer: alone} of runs) {
      console.log(`lab:  ${describeTyping(lab)}`);
      console.log(`peer: ${describeTyping(alone)}`);
    }
    process.exitCode = runs.every(({lab}) => lab.tasksOver50 === 0) ? 0 : 1;
  } finally {
    peer.stop();
    await browser.close();
  }
}
