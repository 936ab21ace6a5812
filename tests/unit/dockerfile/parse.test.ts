import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {labExercises} from '../../../src/lab/exercises';
import {libraryRawArguments, parseDockerfile} from '../../../src/dockerfile/parse';
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
