import {describe, expect, it} from 'vitest';
import {analyzeDockerfile, isShellless, type RuleId} from '../../src/utils/dockerfile';

function rulesOf(source: string): RuleId[] {
  return analyzeDockerfile(source).problems.map((problem) => problem.rule);
}

const GO_MULTI_STAGE = `# build
FROM golang:1.21 AS builder
WORKDIR /app
COPY . .
RUN CGO_ENABLED=0 go build -o main .

FROM alpine:latest
COPY --from=builder /app/main .
CMD ["./main"]
`;

describe('analyzeDockerfile: stages and copies', () => {
  it('lists stages with names, bases, lines and the final stage', () => {
    const {stages, copies, problems} = analyzeDockerfile(GO_MULTI_STAGE);
    expect(problems).toEqual([]);
    expect(stages).toEqual([
      {
        index: 0,
        name: 'builder',
        base: 'golang:1.21',
        line: 2,
        isFinal: false,
        withoutShell: false,
      },
      {index: 1, name: null, base: 'alpine:latest', line: 7, isFinal: true, withoutShell: false},
    ]);
    expect(copies).toEqual([{line: 8, from: 'builder', intoStage: 1}]);
  });

  it('knows which images have no shell', () => {
    expect(isShellless('scratch')).toBe(true);
    expect(isShellless('gcr.io/distroless/static-debian13')).toBe(true);
    expect(isShellless('gcr.io/distroless/static-debian13:nonroot')).toBe(true);
    expect(isShellless('gcr.io/distroless/java21-debian13:debug')).toBe(false);
    expect(isShellless('gcr.io/distroless/base-debian13:debug-nonroot')).toBe(false);
    expect(isShellless('alpine:3.20')).toBe(false);
  });
});

describe.each<[RuleId, string, string]>([
  ['syntax', 'FROM alpine\nRUN echo ok\nCMD ["sh"]\n', 'FROM alpine\nRUNN echo ok\nCMD ["sh"]\n'],
  ['no-from', 'FROM alpine\nCMD ["sh"]\n', '# nothing here\n'],
  [
    'duplicate-stage-name',
    'FROM alpine AS a\nRUN true\nFROM alpine AS b\nCMD ["sh"]\n',
    'FROM alpine AS a\nRUN true\nFROM alpine AS A\nCMD ["sh"]\n',
  ],
  [
    'copy-from-unknown-stage',
    'FROM golang:1.21 AS builder\nRUN go build\nFROM alpine\nCOPY --from=builder /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCMD ["/a"]\n',
    'FROM golang:1.21 AS builder\nRUN go build\nFROM alpine\nCOPY --from=constructor /a /a\nCMD ["/a"]\n',
  ],
  [
    'copy-from-unknown-stage',
    'FROM alpine AS a\nRUN true\nFROM alpine\nCOPY --from=0 /a /a\nCMD ["/a"]\n',
    'FROM alpine AS a\nCOPY --from=1 /a /a\nFROM alpine\nCMD ["/a"]\n',
  ],
  [
    'mount-from-unknown-stage',
    'FROM node:22 AS deps\nRUN npm ci\nFROM node:22\nRUN --mount=type=bind,from=deps,source=/n,target=/n cp -r /n .\nCMD ["node", "."]\n',
    'FROM node:22 AS deps\nRUN npm ci\nFROM node:22\nRUN --mount=type=bind,from=dependencias,source=/n,target=/n cp -r /n .\nCMD ["node", "."]\n',
  ],
  [
    'final-stage-no-command',
    'FROM golang:1.21 AS builder\nRUN go build\nFROM scratch\nCOPY --from=builder /app /app\nENTRYPOINT ["/app"]\n',
    'FROM golang:1.21 AS builder\nRUN go build\nCMD ["go"]\nFROM scratch\nCOPY --from=builder /app /app\n',
  ],
  [
    'shell-form-without-shell',
    'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app\nCMD ["/app"]\n',
    'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app\nCMD /app\n',
  ],
  [
    'shell-form-without-shell',
    'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app", "--port", "8080"]\n',
    'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"\n',
  ],
  [
    'run-without-shell',
    'FROM gcr.io/distroless/base-debian13:debug\nRUN ls\nCMD ["/app"]\n',
    'FROM scratch\nRUN mkdir /data\nCMD ["/app"]\n',
  ],
])('rule %s', (rule, good, bad) => {
  it('accepts a good Dockerfile', () => {
    expect(rulesOf(good)).not.toContain(rule);
  });
  it('rejects a bad one, naming the line and the rule', () => {
    const problem = analyzeDockerfile(bad).problems.find((p) => p.rule === rule);
    expect(problem, `expected a ${rule} problem`).toBeDefined();
    expect(problem!.line).toBeGreaterThan(0);
    expect(problem!.message).toContain(`rule ${rule}`);
  });
});

describe('messages a contributor can act on', () => {
  it('names the unknown stage and the stages that exist', () => {
    const [problem] = analyzeDockerfile(
      'FROM golang:1.21 AS builder\nRUN go build\nFROM alpine\nCOPY --from=constructor /a /a\nCMD ["/a"]\n',
    ).problems;
    expect(problem).toMatchObject({line: 4, rule: 'copy-from-unknown-stage'});
    expect(problem!.message).toContain('"--from=constructor"');
    expect(problem!.message).toContain('earlier stages: builder');
  });
});
