import {afterAll, describe, expect, it} from 'vitest';
import {checkDockerfile} from '../../../../src/dockerfile';
import {modelImage, type RunVerdict} from '../../../../src/dockerfile/model';
import {DRY_RUNS, type DryRun, type Family} from '../../../fixtures/dryRuns';

/** Per image family: how many cases expect each of the three answers. */
const table = new Map<Family, {starts: number; fails: number; unknown: number}>();
for (const {family, expect: expected} of DRY_RUNS) {
  const row = table.get(family) ?? {starts: 0, fails: 0, unknown: 0};
  row[expected.kind] += 1;
  table.set(family, row);
}

afterAll(() => {
  const header = `${'family'.padEnd(32)}${'starts'.padStart(8)}${'fails'.padStart(8)}${'unknown'.padStart(9)}${'total'.padStart(7)}`;
  const rows = [...table].map(
    ([family, {starts, fails, unknown}]) =>
      `${family.padEnd(32)}${String(starts).padStart(8)}${String(fails).padStart(8)}${String(unknown).padStart(9)}${String(starts + fails + unknown).padStart(7)}`,
  );
  console.log(
    [`Free-lab dry runs by image family (${DRY_RUNS.length} cases)`, header, ...rows].join('\n'),
  );
});

function verdictOf(text: string): RunVerdict {
  const model = modelImage(checkDockerfile(text));
  if (!model) throw new Error(`no stage in:\n${text}`);
  return model.verdict;
}

describe('the free-lab dry-run corpus', () => {
  it('has at least 40 cases across at least 12 image families, each answer represented', () => {
    expect(DRY_RUNS.length).toBeGreaterThanOrEqual(40);
    expect(table.size).toBeGreaterThanOrEqual(12);
    const answers = new Set(DRY_RUNS.map((run) => run.expect.kind));
    expect([...answers].sort()).toEqual(['fails', 'starts', 'unknown']);
  });

  it.each(DRY_RUNS.map((run) => [`${run.family}: ${run.why}`, run] as const))(
    '%s',
    (_name, run: DryRun) => {
      const verdict = verdictOf(run.text);
      const expected = run.expect;
      expect(verdict.kind, run.text).toBe(expected.kind);
      if (verdict.kind === 'starts' && expected.kind === 'starts') {
        expect(verdict.argv).toEqual(expected.argv);
      }
      if (verdict.kind === 'fails' && expected.kind === 'fails') {
        expect(verdict.phase).toBe(expected.phase);
        expect(verdict.error).toContain(expected.error);
        expect(verdict.reason).not.toBe('');
      }
      if (verdict.kind === 'unknown' && expected.kind === 'unknown') {
        expect(verdict.unknowns.join('; ')).toContain(expected.about);
      }
    },
  );
});
