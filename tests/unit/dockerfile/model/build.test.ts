/**
 * The build model (src/dockerfile/model/build.ts) on its own: what COPY and the common
 * toolchains leave in a stage, and the first step that fails with the tool's or BuildKit's own
 * text. Each case states the Docker behaviour it stands for; the sources are cited in the model
 * and its texts (src/dockerfile/model/texts.ts). The lab's verdicts are tested end to end in
 * ./dryRun.test.ts and ../../lab/exercises.test.ts.
 */
import {describe, expect, it} from 'vitest';
import {checkDockerfile} from '../../../../src/dockerfile';
import {modelImage, type BuildContext, type StageModel} from '../../../../src/dockerfile/model';

const PROJECT: BuildContext = {
  files: [
    {
      path: 'go.mod',
      description: 'módulo',
      role: {kind: 'go-module', module: 'example.com/servidor'},
    },
    {path: 'main.go', description: 'programa', role: {kind: 'go-source', cgoPackages: []}},
    {path: 'conf/', description: 'configuración'},
    {path: 'conf/app.toml', description: 'configuración'},
    {
      path: 'package.json',
      description: 'paquete',
      role: {kind: 'npm-package', scripts: {}, dependencies: []},
    },
  ],
};

function model(text: string, context: BuildContext = PROJECT) {
  const image = modelImage(checkDockerfile(text), context);
  if (!image) throw new Error(`no stage in:\n${text}`);
  return image;
}

const state = (stage: StageModel | undefined, path: string): string =>
  stage?.fs.stat(path).state ?? 'no stage';

describe('COPY', () => {
  it('a destination without a trailing slash names a file; with one, a directory', () => {
    const {final} = model(
      'FROM debian:13-slim\nCOPY conf/app.toml /etc/app\nCOPY conf/app.toml /etc/dir/\n',
    );
    expect(final.fs.stat('/etc/app')).toMatchObject({state: 'present', type: 'file'});
    expect(final.fs.stat('/etc/dir')).toMatchObject({state: 'present', type: 'dir'});
    expect(state(final, '/etc/dir/app.toml')).toBe('present');
  });

  it('copying a directory copies its contents, not the directory', () => {
    const {final} = model('FROM debian:13-slim\nCOPY conf /etc/x\n');
    expect(state(final, '/etc/x/app.toml')).toBe('present');
    // Copied as a directory, it would be at /etc/x/conf/app.toml.
    expect(state(final, '/etc/x/conf/app.toml')).not.toBe('present');
  });

  it('a heredoc creates its file', () => {
    const {final, build} = model('FROM debian:13-slim\nCOPY <<EOF /etc/motd\nhola\nEOF\n');
    expect(state(final, '/etc/motd')).toBe('present');
    expect(build.failure).toBeNull();
  });

  it('what a cache mount held is not in the image: copying it fails as BuildKit does', () => {
    const {build} = model(
      'FROM debian:13-slim AS b\nRUN --mount=type=cache,target=/cache touch /cache/x\nFROM scratch\nCOPY --from=b /cache/x /x\n',
    );
    expect(build.failure).toMatchObject({line: 4, keyword: 'COPY', outcome: 'fails'});
    expect(build.failure?.error).toMatch(
      /failed to calculate checksum of ref .*"\/cache\/x": not found/,
    );
  });
});

describe('toolchains', () => {
  it('go build -o writes where -o says, and COPY --from another path fails', () => {
    const text =
      'FROM golang:1.27 AS b\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/servidor .\nFROM scratch\nCOPY --from=b /out/{path} /servidor\n';
    const right = model(text.replace('{path}', 'servidor'));
    expect(right.build.failure).toBeNull();
    expect(state(right.build.stages[0], '/out/servidor')).toBe('present');
    const wrong = model(text.replace('{path}', 'otro'));
    expect(wrong.build.failure).toMatchObject({line: 6, outcome: 'fails'});
    expect(wrong.build.failure?.error).toContain('"/out/otro": not found');
  });

  it("apt-get install without apt-get update finds no package, with apt's text and exit code", () => {
    const {build} = model('FROM debian:13-slim\nRUN apt-get install -y gcc\n');
    expect(build.failure?.line).toBe(2);
    expect(build.failure?.error).toContain('E: Unable to locate package gcc');
    expect(build.failure?.error).toContain('exit code: 100');
  });

  it("npm ci without a lockfile stops with npm's EUSAGE", () => {
    const {build} = model(
      'FROM node:26-trixie-slim\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\n',
    );
    expect(build.failure?.line).toBe(4);
    expect(build.failure?.error).toMatch(/^npm error code EUSAGE/);
  });

  it('a tool the image lacks is «command not found»: exit code 127', () => {
    const {build} = model('FROM eclipse-temurin:25-jre\nRUN javac Main.java\n');
    expect(build.failure?.line).toBe(2);
    expect(build.failure?.error).toContain('exit code: 127');
  });
});

describe('what the model cannot follow', () => {
  it('a stage that fails is not built: what is copied from it is unknown, not absent', () => {
    const {build} = model(
      'FROM debian:13-slim AS b\nRUN ./generar.sh\nFROM scratch\nCOPY --from=b /salida /salida\n',
    );
    expect(build.failure?.line).toBe(2);
    const copy = build.stages[1]?.steps.find((step) => step.keyword === 'COPY');
    expect(copy?.outcome).toBe('unknown');
  });

  it('without a described context, COPY from it is assumed, and the model says so', () => {
    const {build} = model('FROM debian:13-slim\nCOPY app /app\n', {files: null});
    expect(build.contextKnown).toBe(false);
    expect(build.failure).toBeNull();
  });
});

describe('RUN as a POSIX shell reads it', () => {
  it('an assignment whose value is quoted is still an assignment: it sets the tool’s variable', () => {
    // go build -o relative to the current directory, with GOFLAGS read from the prefix.
    const {final} = model(
      'FROM golang:1.27\nWORKDIR /src\nCOPY . .\nRUN GOFLAGS="-tags=netgo -trimpath" CGO_ENABLED=1 go build -o "/out/mi servidor" .\n',
    );
    expect(state(final, '/out/mi servidor')).toBe('present');
    // With the name quoted, «GOFLAGS=x» is the command and go build never runs.
    const quotedName = model(
      'FROM golang:1.27\nWORKDIR /src\nCOPY . .\nRUN "GOFLAGS=x" go build -o /out/b .\n',
    );
    expect(state(quotedName.final, '/out/b')).not.toBe('present');
  });
});

describe('Python packages outside a venv', () => {
  const context: BuildContext = {
    files: [
      {
        path: 'requirements.txt',
        description: 'flask',
        role: {kind: 'python-requirements', packages: ['flask']},
      },
      {path: 'main.py', description: 'programa', role: {kind: 'python-source', imports: ['flask']}},
    ],
  };
  const build = `FROM python:3.13-slim AS build
COPY requirements.txt .
RUN pip install --target /deps -r requirements.txt
FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=build /deps /deps
WORKDIR /app
COPY main.py .
`;

  it('pip --target writes the packages where it says, and PYTHONPATH makes python find them', () => {
    const found = model(`${build}ENV PYTHONPATH=/deps\nCMD ["main.py"]\n`, context);
    expect(found.verdict.kind).toBe('starts');
  });

  it('without PYTHONPATH the image’s python does not look there', () => {
    const missing = model(`${build}CMD ["main.py"]\n`, context);
    expect(missing.verdict).toMatchObject({kind: 'fails', phase: 'runtime'});
  });
});

describe('execute bits', () => {
  const script = 'FROM debian:13-slim\nCOPY <<EOF /s.sh\n#!/bin/sh\necho hola\nEOF\n';
  const verdict = (steps: string) =>
    model(`${script}${steps}ENTRYPOINT ["/s.sh"]\n`, {files: null}).verdict.kind;

  it('follow chmod in octal and symbolic modes, in order', () => {
    expect(verdict('')).toBe('fails');
    expect(verdict('RUN chmod 755 /s.sh\n')).toBe('starts');
    expect(verdict('RUN chmod +x /s.sh\n')).toBe('starts');
    expect(verdict('RUN chmod u+rwx,go+rx /s.sh\n')).toBe('starts');
    expect(verdict('RUN chmod +x /s.sh && chmod 0644 /s.sh\n')).toBe('fails');
    expect(verdict('RUN chmod +x /s.sh && chmod a-x /s.sh\n')).toBe('fails');
  });

  it('COPY --chmod sets them, and a copy from a stage keeps them', () => {
    const built = `FROM debian:13-slim AS s\nCOPY --chmod=755 <<EOF /s.sh\n#!/bin/sh\nEOF\nFROM debian:13-slim\n`;
    expect(model(`${built}COPY --from=s /s.sh /s.sh\nENTRYPOINT ["/s.sh"]\n`).verdict.kind).toBe(
      'starts',
    );
    expect(
      model(`${built}COPY --from=s --chmod=640 /s.sh /s.sh\nENTRYPOINT ["/s.sh"]\n`).verdict.kind,
    ).toBe('fails');
  });
});

describe('RUN --mount=type=bind', () => {
  it('from a stage shows its files for that RUN only, and what the target held comes back', () => {
    const {final} = model(
      'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/servidor .\n' +
        'FROM debian:13-slim\nCOPY conf/app.toml /mnt/app.toml\n' +
        'RUN --mount=type=bind,from=build,source=/out,target=/mnt cp /mnt/servidor /usr/local/bin/servidor\n',
    );
    expect(final.fs.stat('/usr/local/bin/servidor')).toMatchObject({state: 'present'});
    expect(final.fs.nodeAt('/usr/local/bin/servidor')?.artifact?.kind).toBe('binary');
    // The mount is gone: /mnt holds again what COPY put there, not the stage's /out.
    expect(state(final, '/mnt/app.toml')).toBe('present');
    expect(state(final, '/mnt/servidor')).not.toBe('present');
  });
});

describe('the texts of a failure', () => {
  it('Maven and cargo exit codes reach BuildKit’s «process … did not complete» line', () => {
    const maven = model('FROM eclipse-temurin:25-jre\nWORKDIR /src\nRUN ./mvnw package\n');
    expect(maven.build.failure?.error).toContain('did not complete successfully: exit code: 1');
    const cargo = model(
      'FROM rust:1.98-trixie\nRUN cargo build --release --target x86_64-unknown-linux-musl\n',
    );
    expect(cargo.build.failure?.error).toContain('exit code: 101');
  });

  it('name the COPY that turned a PATH directory into a file, and where a dangling link points', () => {
    const copied = model(
      'FROM golang:1.27 AS b\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/s .\n' +
        'FROM gcr.io/distroless/static-debian13\nCOPY --from=b /out/s /usr/local/bin\nENTRYPOINT ["s"]\n',
    );
    expect(copied.verdict).toMatchObject({kind: 'fails', phase: 'create'});
    if (copied.verdict.kind === 'fails')
      expect(copied.verdict.reason).toContain('/usr/local/bin es un archivo');
    const venv = model(
      'FROM python:3.13-slim AS b\nRUN python -m venv /venv\n' +
        'FROM gcr.io/distroless/python3-debian13\nCOPY --from=b /venv /venv\nENTRYPOINT ["/venv/bin/python3"]\n',
    );
    if (venv.verdict.kind !== 'fails') throw new Error(JSON.stringify(venv.verdict));
    expect(venv.verdict.reason).toContain('es un enlace a /usr/local/bin/python');
  });
});
