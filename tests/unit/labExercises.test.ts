import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {labExercises} from '../../src/data/labExercises';
import {checkDockerfile} from '../../src/dockerfile';
import {dryRun, imageModel} from '../../src/dockerfile/image';
import {grade, passes} from '../../src/lab/grading';
import {LAB_ANSWERS} from '../fixtures/labAnswers';

describe.each(labExercises.map((exercise) => [exercise.id, exercise] as const))(
  'exercise %s',
  (id, exercise) => {
    const corpus = LAB_ANSWERS[id];

    it('its model solution passes every requirement, with no warning either', () => {
      const report = checkDockerfile(exercise.solution);
      const outcome = grade(exercise, report);
      expect(outcome.failed.map((r) => r.label)).toEqual([]);
      expect(outcome.run.failure).toBeNull();
      expect(report.diagnostics).toEqual([]);
    });

    it('its starting Dockerfile fails at least one requirement', () => {
      expect(grade(exercise, checkDockerfile(exercise.start)).solved).toBe(false);
    });

    it('has at least 8 wrong and 5 right-but-different answers in its corpus', () => {
      expect(corpus?.wrong.length).toBeGreaterThanOrEqual(8);
      expect(corpus?.right.length).toBeGreaterThanOrEqual(5);
    });

    it.each((corpus?.wrong ?? []).map((wrong) => [wrong.why, wrong] as const))(
      'rejects: %s',
      (_why, wrong) => {
        const outcome = grade(exercise, checkDockerfile(wrong.text));
        expect(outcome.solved).toBe(false);
        const failedKinds = outcome.failed.map((requirement) => requirement.check.kind);
        for (const kind of wrong.fails) expect(failedKinds, wrong.text).toContain(kind);
      },
    );

    it.each((corpus?.right ?? []).map((text, i) => [i + 1, text] as const))(
      'accepts right-but-different answer %i',
      (_i, text) => {
        const outcome = grade(exercise, checkDockerfile(text));
        expect(
          outcome.failed.map((r) => r.label),
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

describe('the dry run', () => {
  it('models every Dockerfile of the conformance corpus without throwing', () => {
    const corpus = path.join(__dirname, '../fixtures/dockerfiles');
    const files = readdirSync(corpus).flatMap((folder) =>
      readdirSync(path.join(corpus, folder))
        .filter((file) => file.endsWith('.Dockerfile'))
        .map((file) => path.join(corpus, folder, file)),
    );
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const report = checkDockerfile(readFileSync(file, 'utf8'));
      expect(() => imageModel(report.analysis, report.dispatch, report.graph), file).not.toThrow();
      const model = imageModel(report.analysis, report.dispatch, report.graph);
      if (model) expect(() => dryRun(model), file).not.toThrow();
    }
  });

  it('reads the user from an ARG, and follows a stage built FROM another', () => {
    const report = checkDockerfile(
      'FROM alpine:3.24 AS base\nARG UID=10001\nUSER $UID\nFROM base\nCMD ["/bin/true"]\n',
    );
    const model = imageModel(report.analysis, report.dispatch, report.graph);
    expect(model?.final.user).toBe('10001');
    expect(model?.argv).toEqual(['/bin/true']);
  });

  it('combines the base image entrypoint with CMD, and ENTRYPOINT resets an inherited CMD', () => {
    const java = checkDockerfile('FROM gcr.io/distroless/java25-debian13\nCMD ["app.jar"]\n');
    expect(imageModel(java.analysis, java.dispatch, java.graph)?.argv).toEqual([
      '/usr/bin/java',
      '-jar',
      'app.jar',
    ]);
    const reset = checkDockerfile(
      'FROM alpine:3.24 AS a\nCMD ["x"]\nFROM a\nENTRYPOINT ["/bin/echo"]\n',
    );
    expect(imageModel(reset.analysis, reset.dispatch, reset.graph)?.argv).toEqual(['/bin/echo']);
  });

  it('says nothing about images it does not know', () => {
    const report = checkDockerfile('FROM example.com/team/app:1.0\nCMD ["servidor"]\n');
    const model = imageModel(report.analysis, report.dispatch, report.graph);
    expect(model && dryRun(model)).toBeNull();
  });
});

describe('requirements are predicates on the image, not on the text', () => {
  it('ignore comments, blank lines and the order of unrelated instructions', () => {
    const report = checkDockerfile(
      '# compilar\nFROM golang:1.27 AS b\n\nRUN CGO_ENABLED=0 go build -o /s .\nFROM scratch\n# el binario\nUSER 65532\nCOPY --from=b /s /s\nENTRYPOINT ["/s"]\n',
    );
    expect(passes({kind: 'nonRootUser'}, report)).toBe(true);
    expect(passes({kind: 'runsFromStage'}, report)).toBe(true);
    expect(passes({kind: 'finalImage', repository: 'scratch'}, report)).toBe(true);
    expect(passes({kind: 'startsCleanly'}, report)).toBe(true);
  });

  it('see through what only looks right', () => {
    const report = checkDockerfile(
      'FROM golang:1.27 AS b\n# COPY --from=b /etc/ssl/certs /etc/ssl/certs\nRUN CGO_ENABLED=0 go build -o /s .\nFROM scratch\nCOPY --from=b /s /s\nUSER 0\nENTRYPOINT ["/s"]\n',
    );
    expect(passes({kind: 'certificates'}, report)).toBe(false);
    expect(passes({kind: 'nonRootUser'}, report)).toBe(false);
  });
});
