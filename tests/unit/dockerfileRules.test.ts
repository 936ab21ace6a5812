import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkDockerfile, RULES, SKIPPED_BUILDKIT_RULES} from '../../src/dockerfile';

/**
 * The conformance corpus: tests/fixtures/dockerfiles/<rule>/bad.Dockerfile (and any other
 * `<case>.Dockerfile` there) declares, in a `# expect: Rule@line, …` comment, exactly the
 * findings it must produce (`!error` when the severity must be error); good.Dockerfile must
 * produce none at all. A `.dockerignore` beside
 * them is passed to the checker.
 */
const CORPUS = path.join(__dirname, '../fixtures/dockerfiles');
const folders = readdirSync(CORPUS).sort();
/** Every [folder, file] with expected findings: bad.Dockerfile and the other named cases. */
const cases = folders.flatMap((folder) =>
  readdirSync(path.join(CORPUS, folder))
    .filter((file) => file.endsWith('.Dockerfile') && file !== 'good.Dockerfile')
    .sort()
    .map((file) => [folder, file] as const),
);

function read(folder: string, file: string): string | null {
  const full = path.join(CORPUS, folder, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : null;
}

function findings(folder: string, source: string, withSeverity = false): string[] {
  const dockerignore = read(folder, '.dockerignore') ?? undefined;
  return checkDockerfile(source, {dockerignore})
    .diagnostics.map(
      (d) => `${d.rule}@${d.line}${withSeverity && d.severity === 'error' ? '!error' : ''}`,
    )
    .sort();
}

const BUILDKIT_RULES = [
  'StageNameCasing',
  'FromAsCasing',
  'NoEmptyContinuation',
  'ConsistentInstructionCasing',
  'DuplicateStageName',
  'ReservedStageName',
  'JSONArgsRecommended',
  'MaintainerDeprecated',
  'UndefinedArgInFrom',
  'WorkdirRelativePath',
  'UndefinedVar',
  'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat',
  'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv',
  'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile',
  'InvalidBaseImagePlatform',
  'ExposeProtoCasing',
  'ExposeInvalidFormat',
  'InvalidDefinitionDescription',
];

describe('conformance corpus', () => {
  it.each(cases)('%s: %s gives exactly its expected findings', (folder, file) => {
    const source = read(folder, file);
    expect(source, `${folder}/${file}`).not.toBeNull();
    const header = /^# expect: (.+)$/m.exec(source ?? '');
    expect(header, `${folder}/${file} needs a "# expect:" line`).not.toBeNull();
    const expected = (header?.[1] ?? '')
      .split(',')
      .map((item) => item.trim())
      .sort();
    const withSeverity = expected.some((item) => item.endsWith('!error'));
    expect(findings(folder, source ?? '', withSeverity), `${folder}/${file}`).toEqual(expected);
  });

  it.each(folders.filter((folder) => read(folder, 'good.Dockerfile') !== null))(
    '%s: good.Dockerfile gives no finding',
    (folder) => {
      expect(
        findings(folder, read(folder, 'good.Dockerfile') ?? ''),
        `${folder}/good.Dockerfile`,
      ).toEqual([]);
    },
  );

  it('covers every rule with a bad and a good Dockerfile', () => {
    const covered = RULES.filter(
      (rule) =>
        read(rule.id, 'bad.Dockerfile') !== null && read(rule.id, 'good.Dockerfile') !== null,
    );
    expect(RULES.filter((rule) => !covered.includes(rule)).map((rule) => rule.id)).toEqual([]);
  });

  it('implements every BuildKit rule that the Dockerfile alone decides, and says why not the rest', () => {
    const implemented = new Set(RULES.map((rule) => rule.id));
    const missing = BUILDKIT_RULES.filter(
      (id) => !implemented.has(id) && !(id in SKIPPED_BUILDKIT_RULES),
    );
    expect(missing).toEqual([]);
  });
});

describe('every rule', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s has Spanish text and a link',
    (_id, rule) => {
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.fix.length).toBeGreaterThan(20);
      expect(rule.url).toMatch(/^https:\/\//);
      if (rule.source === 'buildkit') {
        expect(rule.url).toMatch(
          /^https:\/\/docs\.docker\.com\/reference\/build-checks\/[a-z-]+\/$/,
        );
      }
    },
  );
});

describe('the report', () => {
  it('gives the stage graph, the target and what BuildKit skips', () => {
    const report = checkDockerfile(
      'FROM golang:1.27 AS builder\nRUN go build -o /out/app .\nFROM builder AS test\nRUN go test ./...\nFROM scratch\nCOPY --from=builder /out/app /app\nENTRYPOINT ["/app"]\n',
      {target: 'test'},
    );
    expect(report.graph.target).toBe(1);
    expect(report.graph.needed).toEqual([true, true, false]);
    expect(report.diagnostics).toEqual([]);
  });

  it('says in Spanish what is wrong, how to fix it and where to read more', () => {
    const [diagnostic] = checkDockerfile(
      'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY server /server\nCMD ./server\n',
    ).diagnostics.filter((d) => d.rule === 'shell-form-without-shell');
    expect(diagnostic).toMatchObject({line: 3, severity: 'error'});
    expect(diagnostic?.message).toContain('necesita /bin/sh');
    expect(diagnostic?.fix).toContain('CMD ["./server"]');
  });
});
