import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkDockerfile, RULES, SKIPPED_BUILDKIT_RULES} from '../../../src/dockerfile';

/**
 * The conformance corpus: tests/fixtures/dockerfiles/<rule>/bad.Dockerfile (and any other
 * `<case>.Dockerfile` there) declares, in a `# expect: Rule@line, …` comment, exactly the
 * findings it must produce (`!error` when the severity must be error; `# expect: none` for a
 * case that must give nothing); good.Dockerfile must produce none at all. The expectations are
 * what `docker build --check` reports, read from BuildKit's source (see each case's comments).
 * A `<case>.dockerignore`, or else the folder's `.dockerignore`, is the build context's.
 */
const CORPUS = path.join(__dirname, '../../fixtures/dockerfiles');
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

function findings(folder: string, file: string, source: string, withSeverity = false): string[] {
  const dockerignore =
    read(folder, file.replace(/\.Dockerfile$/, '.dockerignore')) ??
    read(folder, '.dockerignore') ??
    undefined;
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

/** Cases run per folder, for the table printed at the end. */
const ran = new Map<string, {cases: number; passed: number}>();

function tally(folder: string, passed: boolean): void {
  const row = ran.get(folder) ?? {cases: 0, passed: 0};
  ran.set(folder, {cases: row.cases + 1, passed: row.passed + (passed ? 1 : 0)});
}

describe('conformance corpus', () => {
  afterAll(() => {
    const source = (folder: string): string =>
      RULES.find((rule) => rule.id === folder)?.source ?? '(directiva)';
    const lines = [...ran.entries()].map(
      ([folder, {cases: count, passed}]) =>
        `${folder.padEnd(34)} ${source(folder).padEnd(11)} ${String(count).padStart(5)} ${String(passed).padStart(6)}`,
    );
    const total = [...ran.values()].reduce((sum, row) => sum + row.cases, 0);
    const skipped = Object.entries(SKIPPED_BUILDKIT_RULES).map(
      ([id, why]) => `${id.padEnd(34)} ${'buildkit'.padEnd(11)}  skipped: ${why}`,
    );
    console.log(
      [
        `Conformance corpus: ${RULES.length} rules, ${ran.size} folders, ${total} cases`,
        `${'rule'.padEnd(34)} ${'source'.padEnd(11)} cases passed`,
        ...lines,
        ...skipped,
      ].join('\n'),
    );
  });

  it.each(cases)('%s: %s gives exactly its expected findings', (folder, file) => {
    const source = read(folder, file);
    expect(source, `${folder}/${file}`).not.toBeNull();
    const header = /^# expect: (.+)$/m.exec(source ?? '');
    expect(header, `${folder}/${file} needs a "# expect:" line`).not.toBeNull();
    const expected = (header?.[1] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== 'none')
      .sort();
    const withSeverity = expected.some((item) => item.endsWith('!error'));
    const actual = findings(folder, file, source ?? '', withSeverity);
    tally(folder, JSON.stringify(actual) === JSON.stringify(expected));
    expect(actual, `${folder}/${file}`).toEqual(expected);
  });

  it.each(folders.filter((folder) => read(folder, 'good.Dockerfile') !== null))(
    '%s: good.Dockerfile gives no finding',
    (folder) => {
      const actual = findings(folder, 'good.Dockerfile', read(folder, 'good.Dockerfile') ?? '');
      tally(folder, actual.length === 0);
      expect(actual, `${folder}/good.Dockerfile`).toEqual([]);
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
    expect(diagnostic?.fix).toContain('CMD ["/servidor", "--port", "8080"]');
  });
});
