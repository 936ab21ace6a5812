import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {labExercises} from '../../../src/lab/exercises';
import {DockerfileParser} from 'dockerfile-ast';
import {ModifiableInstruction} from 'dockerfile-ast/lib/modifiableInstruction';
import {
  libraryArguments,
  libraryRawArguments,
  parseDockerfile,
} from '../../../src/dockerfile/parse';
import {DRY_RUNS} from '../../fixtures/dryRuns';
import {LAB_ANSWERS} from '../../fixtures/labAnswers';

const FIXTURES = path.join(__dirname, '../../fixtures/dockerfiles');

/** Every Dockerfile the tests know: the rules' corpus, the exercises and both answer corpora. */
function dockerfiles(): [string, string][] {
  const found: [string, string][] = [];
  for (const rule of readdirSync(FIXTURES)) {
    for (const file of readdirSync(path.join(FIXTURES, rule))) {
      found.push([`${rule}/${file}`, readFileSync(path.join(FIXTURES, rule, file), 'utf8')]);
    }
  }
  for (const exercise of labExercises) {
    found.push(
      [`${exercise.id} start`, exercise.start],
      [`${exercise.id} solution`, exercise.solution],
    );
    const answers = LAB_ANSWERS[exercise.id];
    for (const [i, answer] of [...(answers?.wrong ?? []), ...(answers?.right ?? [])].entries()) {
      found.push([`${exercise.id} answer ${i}`, answer.text]);
    }
  }
  for (const [i, run] of DRY_RUNS.entries()) found.push([`dry run ${i}`, run.text]);
  // The cases the plain split hands back to the library: continuations, escapes, comments.
  found.push(
    [
      'escapes',
      'FROM alpine:3.24\nRUN apk add \\\n  # a comment\n  curl \\\n  git\nRUN echo a\\ b "\\$HOME"\n# escape=`\n',
    ],
    ['backtick escape', '# escape=`\nFROM alpine:3.24\nRUN echo a `\n  b\n'],
    // Flags counted without building them: every instruction that has flags, and the odd ones.
    [
      'flags',
      [
        'FROM --platform=$BUILDPLATFORM golang:1.27 AS build',
        'RUN --mount=type=cache,target=/root/.cache --network=none go build -o /out ./cmd',
        'RUN a--b --mount=type=tmpfs,target=/tmp make',
        'COPY --from=build --chown=65532:65532 --chmod=0755 /out /app',
        'ADD --checksum=sha256:0123 --keep-git-dir https://example.com/x.tar.gz /x',
        'HEALTHCHECK --interval=5s --timeout=3s CMD ["/app", "health"]',
        'HEALTHCHECK NONE',
        'RUN --',
        'COPY --link',
        'FROM --platform=linux/amd64',
      ].join('\n'),
    ],
  );
  return found;
}

describe("parse.ts's plain split of an instruction's arguments", () => {
  // Each text as written and with Windows line ends: positions count a \r\n as one break.
  it.each(dockerfiles())('gives what dockerfile-ast gives: %s', (_name, text) => {
    for (const variant of [text, text.replace(/\n/g, '\r\n')]) {
      const {ast} = parseDockerfile(variant);
      for (const instruction of ast.getInstructions()) {
        const ours = (instruction as unknown as {getRawArguments(): unknown[]}).getRawArguments();
        const library = libraryRawArguments.call(instruction);
        expect(JSON.parse(JSON.stringify(ours))).toEqual(JSON.parse(JSON.stringify(library)));
      }
    }
  });
});

type Internals = {getFlags(): unknown[]; getArguments(): unknown[]};
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("parse.ts's flag count, which spares building flags nobody reads", () => {
  it.each(dockerfiles())('drops the same arguments as dockerfile-ast: %s', (_name, text) => {
    // Two fresh trees: one asked for its arguments before its flags (as parsing does), the
    // other through the library's own method.
    const ours = DockerfileParser.parse(`${text}\n`).getInstructions();
    const theirs = DockerfileParser.parse(`${text}\n\n`).getInstructions();
    expect(ours.length).toBe(theirs.length);
    for (const [i, instruction] of ours.entries()) {
      if (!(instruction instanceof ModifiableInstruction)) continue;
      const library = theirs[i] as unknown as Internals;
      const expected = plain(libraryArguments.call(library));
      expect(plain((instruction as unknown as Internals).getArguments())).toEqual(expected);
      // Asking for the flags afterwards, and again for the arguments, changes nothing.
      expect(plain((instruction as unknown as Internals).getFlags())).toEqual(
        plain(library.getFlags()),
      );
      expect(plain((instruction as unknown as Internals).getArguments())).toEqual(expected);
    }
  });

  it('builds no flag while parsing a RUN', () => {
    const [run] = DockerfileParser.parse(
      'RUN --mount=type=cache,target=/c go build\n',
    ).getInstructions();
    expect((run as unknown as {flags?: unknown}).flags).toBeUndefined();
    expect((run as unknown as Internals).getFlags()).toHaveLength(1);
  });
});
