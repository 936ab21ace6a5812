import {describe, expect, it} from 'vitest';
import {paneFromReport} from '../../../src/comparison/pane';
import {checkDockerfile} from '../../../src/dockerfile';
import {modelImage} from '../../../src/dockerfile/model';

/**
 * One Dockerfile, one model: the stage diagram, the rules and the image model all read the
 * dispatch, so they must tell the same story on the inputs where two models used to disagree
 * (BuildKit: names stored in lower case, FROM matched as written, the last stage of a name wins,
 * ARG scopes, stage indices, stages defined later).
 */
function views(text: string) {
  const report = checkDockerfile(text);
  const pane = paneFromReport(report, {title: 'parity'});
  const model = modelImage(report);
  return {
    stages: report.dispatch.stages.map(({name, base, parent, invalidBase}) => ({
      name,
      base,
      parent,
      invalidBase,
    })),
    diagram: pane.edges.map(({from, to, kind}) => `${String(from)}→${to} ${kind}`),
    rules: report.diagnostics.map(({rule, line}) => `${rule}@${line}`),
    failure: model?.build.failure
      ? {line: model.build.failure.line, error: model.build.failure.error ?? ''}
      : null,
    model,
  };
}

const GO = 'RUN CGO_ENABLED=0 go build -o /out/app .';

describe('the dispatch is the one model of a Dockerfile', () => {
  it('FROM Builder after AS builder: not a stage but an invalid image, for all three', () => {
    const text = `FROM golang:1.27 AS builder\n${GO}\nFROM Builder\nENTRYPOINT ["/out/app"]\n`;
    const {stages, diagram, rules, failure} = views(text);
    console.log(
      [
        'Parity: FROM Builder after AS builder',
        `  dispatch: stage 1 base «${stages[1]?.base}», parent ${String(stages[1]?.parent)}, invalid base ${String(stages[1]?.invalidBase)}`,
        `  diagram:  ${diagram.length === 0 ? 'no edge between the stages' : diagram.join(', ')}`,
        `  rules:    ${rules.join(', ')}`,
        `  model:    the build fails on line ${failure?.line}: ${failure?.error}`,
      ].join('\n'),
    );
    expect(stages[1]).toEqual({name: null, base: 'Builder', parent: null, invalidBase: true});
    expect(diagram).toEqual([]);
    expect(rules).toContain('InvalidDefaultArgInFrom@3');
    expect(failure).toEqual({
      line: 3,
      error:
        'failed to parse stage name "Builder": invalid reference format: repository name (library/Builder) must be lowercase',
    });
  });

  it('AS Builder and --from=BUILDER: the name is stored and looked up in lower case', () => {
    const text = `FROM golang:1.27 AS Builder\n${GO}\nFROM scratch\nCOPY --from=BUILDER /out/app /app\nENTRYPOINT ["/app"]\n`;
    const {stages, diagram, rules, failure, model} = views(text);
    expect(stages[0]?.name).toBe('builder');
    expect(diagram).toEqual(['0→1 copy']);
    expect(rules).toEqual(['StageNameCasing@1']);
    expect(failure).toBeNull();
    expect(model?.final.fs.nodeAt('/app')?.origin).toEqual({
      kind: 'stage',
      stage: 0,
      path: '/out/app',
    });
    expect(model?.verdict.kind).toBe('starts');
  });

  it('a duplicate name: --from and FROM take the last stage of that name, in all three', () => {
    const text = `FROM golang:1.27 AS build\nRUN CGO_ENABLED=0 go build -o /out/a .\nFROM golang:1.27 AS build\nRUN CGO_ENABLED=0 go build -o /out/b .\nFROM build AS test\nFROM scratch\nCOPY --from=build /out/a /app\nENTRYPOINT ["/app"]\n`;
    const {stages, diagram, rules, failure} = views(text);
    expect(stages[2]?.parent).toBe(1);
    expect(diagram).toEqual(['1→2 from', '1→3 copy']);
    expect(rules).toContain('DuplicateStageName@3');
    // The second «build» has /out/b, not /out/a: BuildKit's own checksum error.
    expect(failure?.line).toBe(7);
    expect(failure?.error).toContain('"/out/a": not found');
  });

  it('ARG before the first FROM expands in FROM; one declared after it does not', () => {
    const text = `ARG BASE=golang:1.27\nFROM \${BASE} AS build\nARG TAG=1.27\n${GO}\nFROM golang:\${TAG}\n`;
    const {stages, rules, failure, model} = views(text);
    expect(stages.map((stage) => stage.base)).toEqual(['golang:1.27', 'golang:']);
    // The failing step says why, in the words of UndefinedArgInFrom, not as a casing mistake.
    expect(model?.build.failure?.message).toBe(
      '«golang:${TAG}» queda en «golang:», que no es una imagen válida: FROM solo usa los ARG declarados antes del primer FROM, y «TAG» no lo está.',
    );
    expect(stages[1]?.invalidBase).toBe(true);
    expect(rules).toEqual(['UndefinedArgInFrom@5', 'InvalidDefaultArgInFrom@5']);
    expect(failure).toEqual({
      line: 5,
      error: 'failed to parse stage name "golang:": invalid reference format',
    });
  });

  it('an ARG declared before the first FROM whose default makes no valid image', () => {
    const text = `ARG IMAGE=Golang:1.27\nFROM \${IMAGE}\n${GO}\n`;
    const {model} = views(text);
    expect(model?.build.failure?.message).toBe(
      '«${IMAGE}» queda en «Golang:1.27» con los valores por defecto de sus ARG, y eso no es una imagen válida.',
    );
  });

  it('indices: --from=0 is the first stage; a number with no stage fails before building', () => {
    const text = `FROM golang:1.27\n${GO}\nFROM scratch\nCOPY --from=0 /out/app /app\nCOPY --from=3 /x /x\nENTRYPOINT ["/app"]\n`;
    const {diagram, rules, failure} = views(text);
    expect(diagram).toEqual(['0→1 copy']);
    expect(rules).toEqual(['from-unknown-stage@5', 'DL3022@5']);
    expect(failure).toEqual({line: 5, error: 'invalid stage index 3'});
  });

  it('a stage defined later: drawn as the dependency it is, refused by the rules and the build', () => {
    const text = `FROM golang:1.27 AS build\nCOPY --from=assets /dist /src/dist\n${GO}\nFROM node:26-trixie-slim AS assets\nRUN mkdir /dist\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;
    const {diagram, rules, failure} = views(text);
    expect(diagram).toEqual(['1→0 copy', '0→2 copy']);
    expect(rules).toContain('from-unknown-stage@2');
    expect(failure).toEqual({
      line: 2,
      error: 'cannot copy from stage "assets", it needs to be defined before current stage "build"',
    });
  });

  it('a flag an instruction does not take: a parse error before anything is built, in the rules too', () => {
    // instructions/bflag.go: names are case-sensitive; util/suggest offers a name under 3 edits.
    const shell = views(
      `FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\n${GO}\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\nCMD --port 8080\n`,
    );
    expect(shell.failure).toEqual({
      line: 8,
      error: 'dockerfile parse error on line 8: unknown flag: --port',
    });
    expect(shell.rules).toContain('syntax@8');
    expect(shell.model?.verdict.kind).toBe('fails');

    // Parsing comes first: an earlier step that would fail does not hide it, nor does a stage
    // the target never needs.
    const typo = views(
      'FROM alpine:3.24 AS unused\nRUN --mout=type=cache,target=/root/.cache echo\nFROM scratch\nCOPY --from=0 /nada /nada\n',
    );
    expect(typo.failure).toEqual({
      line: 2,
      error: 'dockerfile parse error on line 2: unknown flag: --mout (did you mean mount?)',
    });

    // Flags it takes, ARG and STOPSIGNAL (which never read theirs) and exec forms are fine.
    const fine = views(
      'ARG --x V=1\nFROM --platform=$BUILDPLATFORM alpine:3.24\nRUN --mount=type=cache,target=/c --network=none echo\nSTOPSIGNAL --s SIGTERM\nCMD ["app", "--port", "8080"]\n',
    );
    expect(fine.failure).toBeNull();
    expect(fine.rules.filter((rule) => rule.startsWith('syntax@') && rule !== 'syntax@4')).toEqual(
      [],
    );
    // HEALTHCHECK NONE returns before it reads its flags; HEALTHCHECK CMD reads them.
    expect(views('FROM alpine:3.24\nHEALTHCHECK --x NONE\n').failure).toBeNull();
    expect(views('FROM alpine:3.24\nHEALTHCHECK --x CMD ["true"]\n').failure?.error).toBe(
      'dockerfile parse error on line 2: unknown flag: --x',
    );
    // A name in capitals is another name, one edit from the right one.
    expect(views('FROM alpine:3.24\nRUN --Mount=type=cache,target=/c echo\n').failure?.error).toBe(
      'dockerfile parse error on line 2: unknown flag: --Mount (did you mean mount?)',
    );
  });
});
