import {bench, describe} from 'vitest';
import {checkDockerfile} from '../../src/dockerfile';
import {modelImage} from '../../src/dockerfile/model';

/**
 * `npm run bench:checker`: the lab's work on a 200-line, 6-stage Dockerfile, the size of a large
 * real one. The lab runs it on every pause in typing: checking, then the model of the build and
 * the dry run of `docker run`. The budget is a median of 5 ms or less on the 2-core CI machine.
 */
function largeDockerfile(): string {
  const stages = ['deps', 'build', 'test', 'assets', 'docs'];
  const lines: string[] = ['# syntax=docker/dockerfile:1', 'ARG GO_VERSION=1.27'];
  for (const [i, name] of stages.entries()) {
    lines.push('', `FROM golang:\${GO_VERSION} AS ${name}`, 'WORKDIR /src', `ENV STAGE=${name}`);
    if (i > 0) lines.push(`COPY --from=${stages[i - 1]} /src/out /src/in`);
    while (lines.length < (i + 1) * 36) {
      lines.push(
        `RUN --mount=type=cache,target=/root/.cache/go-build go build -o /src/out/${name}-${lines.length} ./cmd/${name}`,
      );
    }
  }
  lines.push('', 'FROM gcr.io/distroless/static-debian13:nonroot');
  for (const name of stages) lines.push(`COPY --from=${name} /src/out /opt/${name}`);
  while (lines.length < 199) lines.push(`LABEL org.example.line${lines.length}="${lines.length}"`);
  lines.push('ENTRYPOINT ["/opt/build/server"]');
  return `${lines.join('\n')}\n`;
}

const SOURCE = largeDockerfile();
const LINES = SOURCE.split('\n').length - 1;
let keystroke = 0;
// A different text every time, as when a reader types: nothing is reused from the last run.
const typed = (): string => {
  keystroke += 1;
  return SOURCE.replace('/opt/build/server', `/opt/build/server${keystroke}`);
};

const checkOnly = (): void => {
  checkDockerfile(typed());
};
const checkModelRun = (): void => {
  const model = modelImage(checkDockerfile(typed()));
  if (model === null) throw new Error('the benchmark Dockerfile has no stage');
};

/** Alternating rounds (A B A B …) so that a slow moment on a shared machine hits both alike. */
function rounds(variants: readonly (() => void)[], count: number): number[][] {
  const times = variants.map(() => [] as number[]);
  for (let round = 0; round < count + 50; round += 1) {
    for (const [i, run] of variants.entries()) {
      const start = performance.now();
      run();
      if (round >= 50) times[i]?.push(performance.now() - start);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b));
}

const [check = [], full = []] = rounds([checkOnly, checkModelRun], 250);
const line = (label: string, list: readonly number[]) =>
  `${label}: min ${(list[0] ?? 0).toFixed(2)} ms, median ${(list[list.length >> 1] ?? 0).toFixed(2)} ms over ${list.length} rounds`;
console.log(
  [
    `${LINES} lines, 6 stages, alternating rounds after 50 warm-up rounds (budget: median ≤ 5 ms)`,
    line('  check', check),
    line('  check + model + dry run', full),
  ].join('\n'),
);

describe(`the lab on ${LINES} lines, 6 stages (text changed each run)`, () => {
  bench('check: parse, dispatch, every rule, report', checkOnly);
  bench('check + model of the build + dry run', checkModelRun);
});
