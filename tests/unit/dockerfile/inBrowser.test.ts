import {afterEach, describe, expect, it, vi} from 'vitest';

/**
 * The checker runs in readers' browsers, where there is no Node `Buffer`. dockerfile-ast calls
 * `Buffer.from` on every parse (its BOM test); src/dockerfile/parse.ts replaces that one call.
 */
describe('the Dockerfile checker without Node globals', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('dockerfile-ast alone needs Buffer (what the checker works around)', async () => {
    vi.stubGlobal('Buffer', undefined);
    // Runs before anything in this file imports the checker: the library as published.
    const {Util} = await import('dockerfile-ast/lib/util');
    expect(Util.isUTF8BOM.toString()).toContain('Buffer');
    expect(() => Util.isUTF8BOM('F')).toThrow();
  });

  it('checks a Dockerfile, BOM included, with no Buffer at all', async () => {
    vi.stubGlobal('Buffer', undefined);
    expect(globalThis.Buffer).toBeUndefined();
    const {checkDockerfile} = await import('../../../src/dockerfile');
    const report = checkDockerfile(
      '\uFEFFFROM golang:1.27 AS builder\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=builder /out/app /app\nCMD /app\n',
    );
    expect(report.dispatch.stages.map((stage) => stage.baseText)).toEqual([
      'golang:1.27',
      'scratch',
    ]);
    expect(report.diagnostics.map((d) => `${d.rule}@${d.line}`)).toEqual([
      'shell-form-without-shell@5',
      'JSONArgsRecommended@5',
    ]);
  });
});
