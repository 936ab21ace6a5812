import path from 'node:path';
import {fromYAMLFilePath} from 'prh';
import {describe, expect, it} from 'vitest';
import {RULES} from '../../../src/dockerfile';
import {labExercises} from '../../../src/lab/exercises';

/**
 * textlint applies the glossary (glossary.prh.yml) to docs/; the Spanish that the checker and the
 * lab show lives in TypeScript, so this applies the same glossary to it.
 */
const engine = fromYAMLFilePath(path.join(__dirname, '../../../glossary.prh.yml'));

/**
 * These strings show code as plain text; textlint skips `code` in docs, so here commands are
 * left out: «quoted» spans, "docker build"-like commands and a word followed by a flag.
 */
const withoutCode = (text: string): string =>
  text
    .replace(/«[^»]*»/g, '«»')
    .replace(/\b(?:docker|cargo|go|npm) build\b/g, '')
    .replace(/\b[\w.-]+(?:\/[\w.-]+)*:[\w.-]+/g, '')
    .replace(/\b[\w.]+(?= --?[a-z])/g, '')
    .replace(/--?[\w-]+/g, '');

function glossaryProblems(text: string): string[] {
  const changes = engine.makeChangeSet('text.txt', withoutCode(text));
  return changes.diffs.map((diff) => `«${diff.matches[0]}» → «${diff.expected ?? ''}»`);
}

describe('the glossary also holds for the Spanish in TypeScript', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
    expect(glossaryProblems(`${rule.title}\n${rule.fix}`)).toEqual([]);
  });

  it.each(labExercises.map((exercise) => [exercise.id, exercise] as const))(
    'lab exercise %s',
    (_id, exercise) => {
      const texts = [
        exercise.title,
        exercise.statement,
        ...exercise.requirements.flatMap((requirement) => [requirement.label, requirement.hint]),
      ];
      expect(glossaryProblems(texts.join('\n'))).toEqual([]);
    },
  );

  it('catches the calques the expert review found', () => {
    expect(glossaryProblems('El proceso corre bajo /bin/sh.')).toHaveLength(1);
    expect(glossaryProblems('Sirve para reportar avisos.')).toHaveLength(1);
    expect(glossaryProblems('Tienen la misma caja.')).toHaveLength(1);
  });
});
