import {describe, expect, it} from 'vitest';
import {labExercises} from '../../src/data/labExercises';
import {checkDockerfile} from '../../src/dockerfile';
import {grade, passes} from '../../src/lab/grading';

describe.each(labExercises.map((exercise) => [exercise.id, exercise] as const))(
  'exercise %s',
  (_id, exercise) => {
    it('its model solution passes every requirement, with no warning either', () => {
      const report = checkDockerfile(exercise.solution);
      expect(grade(exercise, report).failed.map((r) => r.label)).toEqual([]);
      expect(report.diagnostics).toEqual([]);
    });

    it('its starting Dockerfile fails at least one requirement', () => {
      expect(grade(exercise, checkDockerfile(exercise.start)).solved).toBe(false);
    });

    it('has Spanish text for every requirement and a unique id', () => {
      expect(labExercises.filter((other) => other.id === exercise.id)).toHaveLength(1);
      for (const requirement of exercise.requirements) {
        expect(requirement.label.length).toBeGreaterThan(10);
        expect(requirement.hint.length).toBeGreaterThan(10);
      }
    });
  },
);

describe('the program the container runs', () => {
  const distroless = 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY servidor /servidor\n';
  const runs = (lines: string): boolean =>
    passes({kind: 'runsProgram', pattern: '^/servidor$'}, checkDockerfile(distroless + lines));

  it('is ENTRYPOINT when there is one, with CMD as its arguments', () => {
    expect(runs('ENTRYPOINT ["/servidor"]\nCMD ["--port", "8080"]\n')).toBe(true);
    expect(runs('CMD ["/servidor", "--port", "8080"]\n')).toBe(true);
  });

  it('is not a file named after the whole command line, nor a shell', () => {
    expect(runs('CMD ["/servidor --port 8080"]\n')).toBe(false);
    expect(runs('CMD ["/bin/sh", "-c", "/servidor --port 8080"]\n')).toBe(false);
    expect(runs('CMD /servidor --port 8080\n')).toBe(false);
  });
});

describe('requirements are predicates on the analysis, not on the text', () => {
  it('ignore comments, blank lines and the order of unrelated instructions', () => {
    const report = checkDockerfile(
      '# compilar\nFROM golang:1.27 AS b\n\nRUN go build -o /s .\nFROM scratch\n# el binario\nUSER 65532\nCOPY --from=b /s /s\nENTRYPOINT ["/s"]\n',
    );
    expect(passes({kind: 'numericUser'}, report)).toBe(true);
    expect(passes({kind: 'copiesFromStage'}, report)).toBe(true);
    expect(passes({kind: 'finalBase', pattern: '^scratch$'}, report)).toBe(true);
  });

  it('see through what only looks right', () => {
    const report = checkDockerfile(
      'FROM golang:1.27 AS b\n# COPY --from=b /etc/ssl/certs /etc/ssl/certs\nRUN go build -o /s .\nFROM scratch\nCOPY --from=b /s /s\nUSER 0\nENTRYPOINT ["/s"]\n',
    );
    expect(passes({kind: 'copiesPath', pattern: '^/etc/ssl/certs/'}, report)).toBe(false);
    expect(passes({kind: 'numericUser'}, report)).toBe(false);
  });
});
