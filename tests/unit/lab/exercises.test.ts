import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {labExercises} from '../../../src/lab/exercises';
import {checkDockerfile} from '../../../src/dockerfile';
import {modelImage} from '../../../src/dockerfile/model';
import {grade, passes} from '../../../src/lab/grading';
import {LAB_ANSWERS, type MistakeKind} from '../../fixtures/labAnswers';

const KINDS: readonly MistakeKind[] = ['image', 'linking', 'run', 'build', 'copy', 'stages'];

/** Per exercise: wrong answers by kind and right ones, for the table printed at the end. */
const table = new Map<string, {kinds: Map<MistakeKind, number>; right: number}>();

afterAll(() => {
  const header = `${'exercise'.padEnd(16)} ${KINDS.map((kind) => kind.padStart(8)).join('')} ${'wrong'.padStart(6)} ${'right'.padStart(6)}`;
  const rows = [...table].map(
    ([id, {kinds, right}]) =>
      `${id.padEnd(16)} ${KINDS.map((kind) => String(kinds.get(kind) ?? 0).padStart(8)).join('')} ${String([...kinds.values()].reduce((a, b) => a + b, 0)).padStart(6)} ${String(right).padStart(6)}`,
  );
  console.log(
    [
      'Lab corpus: wrong answers by kind of mistake, right-but-different answers',
      header,
      ...rows,
    ].join('\n'),
  );
});

describe.each(labExercises.map((exercise) => [exercise.id, exercise] as const))(
  'exercise %s',
  (id, exercise) => {
    const corpus = LAB_ANSWERS[id];
    const kinds = new Map<MistakeKind, number>();
    for (const wrong of corpus?.wrong ?? [])
      kinds.set(wrong.kind, (kinds.get(wrong.kind) ?? 0) + 1);
    table.set(id, {kinds, right: corpus?.right.length ?? 0});

    it('its model solution passes every requirement, starts, and has no warning either', () => {
      const report = checkDockerfile(exercise.solution);
      const outcome = grade(exercise, report);
      expect(outcome.failed.map((r) => r.label)).toEqual([]);
      expect(outcome.unknown).toEqual([]);
      expect(outcome.run.model?.verdict.kind).toBe('starts');
      expect(outcome.run.model?.build.failure).toBeNull();
      expect(report.diagnostics).toEqual([]);
    });

    it('its starting Dockerfile fails at least one requirement', () => {
      expect(grade(exercise, checkDockerfile(exercise.start)).failed.length).toBeGreaterThan(0);
    });

    it('has at least 12 wrong answers across the kinds of mistake and 8 right-but-different ones', () => {
      expect(corpus?.wrong.length).toBeGreaterThanOrEqual(12);
      expect(corpus?.right.length).toBeGreaterThanOrEqual(8);
      expect(kinds.size).toBeGreaterThanOrEqual(4);
    });

    it.each((corpus?.wrong ?? []).map((wrong) => [`${wrong.kind}: ${wrong.why}`, wrong] as const))(
      'rejects %s',
      (_why, wrong) => {
        const outcome = grade(exercise, checkDockerfile(wrong.text));
        expect(outcome.solved, wrong.text).toBe(false);
        const failed = outcome.failed.map((requirement) => requirement.check.kind);
        const unknown = outcome.unknown.map(({requirement}) => requirement.check.kind);
        for (const kind of wrong.fails)
          expect(failed, `${kind} must fail:\n${wrong.text}`).toContain(kind);
        for (const kind of wrong.unknown ?? []) {
          expect(unknown, `${kind} must be unknown:\n${wrong.text}`).toContain(kind);
        }
      },
    );

    it.each((corpus?.right ?? []).map((right) => [right.why, right.text] as const))(
      'accepts a right-but-different answer: %s',
      (_why, text) => {
        const outcome = grade(exercise, checkDockerfile(text));
        expect(
          [...outcome.failed.map((r) => r.label), ...outcome.unknown.map((u) => `? ${u.why}`)],
          text,
        ).toEqual([]);
      },
    );

    it('has Spanish text for every requirement and a unique id', () => {
      expect(labExercises.filter((other) => other.id === exercise.id)).toHaveLength(1);
      for (const requirement of exercise.requirements) {
        expect(requirement.label.length).toBeGreaterThan(10);
        expect(requirement.hint.length).toBeGreaterThan(10);
      }
    });
  },
);

describe('the model on every Dockerfile of the conformance corpus', () => {
  it('builds and dry-runs each without throwing', () => {
    const corpus = path.join(__dirname, '../../fixtures/dockerfiles');
    const files = readdirSync(corpus).flatMap((folder) =>
      readdirSync(path.join(corpus, folder))
        .filter((file) => file.endsWith('.Dockerfile'))
        .map((file) => path.join(corpus, folder, file)),
    );
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const report = checkDockerfile(readFileSync(file, 'utf8'));
      expect(() => modelImage(report), file).not.toThrow();
    }
  });
});

describe('requirements are predicates on the image, not on the text', () => {
  it('ignore comments, blank lines and the order of unrelated instructions', () => {
    const report = checkDockerfile(
      '# compilar\nFROM golang:1.27 AS b\n\nRUN CGO_ENABLED=0 go build -o /s .\nFROM scratch\n# el binario\nUSER 65532\nCOPY --from=b /s /s\nENTRYPOINT ["/s"]\n',
    );
    expect(passes({kind: 'nonRootUser'}, report).kind).toBe('yes');
    expect(passes({kind: 'runsFromStage'}, report).kind).toBe('yes');
    expect(passes({kind: 'finalImage', repository: 'scratch'}, report).kind).toBe('yes');
    expect(passes({kind: 'startsCleanly'}, report).kind).toBe('yes');
  });

  it('see through what only looks right', () => {
    const report = checkDockerfile(
      'FROM golang:1.27 AS b\n# COPY --from=b /etc/ssl/certs /etc/ssl/certs\nRUN CGO_ENABLED=0 go build -o /s .\nFROM scratch\nCOPY --from=b /s /s\nUSER 0\nENTRYPOINT ["/s"]\n',
    );
    expect(passes({kind: 'certificates'}, report).kind).toBe('no');
    expect(passes({kind: 'nonRootUser'}, report).kind).toBe('no');
  });

  it('say «no se puede saber» about an image the data does not know', () => {
    const report = checkDockerfile('FROM example.com/team/app:1.0\nCMD ["servidor"]\n');
    expect(passes({kind: 'startsCleanly'}, report).kind).toBe('unknown');
    expect(passes({kind: 'nonRootUser'}, report).kind).toBe('unknown');
  });
});
