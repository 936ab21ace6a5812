import {describe, expect, it} from 'vitest';
import {
  CONTAINERS_BEST_PRACTICES,
  chartedExamples,
  describeBadMeasurement,
  exampleUrl,
  measuredExamples,
  omittedExamples,
} from '../../../src/data/imageSizes';
import {formatImageSize, formatRatio} from '../../../src/data/imageSize';

describe('cited image sizes', () => {
  it.each(measuredExamples)('$example carries full provenance and two sizes', (entry) => {
    expect(describeBadMeasurement(entry)).toBeNull();
    expect(exampleUrl(entry)).toBe(
      `https://github.com/pabpereza/containers-best-practices/tree/${CONTAINERS_BEST_PRACTICES.commit}/${entry.example}`,
    );
  });

  it('shows the five examples the facts name, from the January 2026 commit', () => {
    expect(measuredExamples.map((entry) => entry.example)).toEqual([
      'go/simple',
      'java/simple',
      'node/backend',
      'python/flask',
      'rust/simple',
    ]);
    expect(CONTAINERS_BEST_PRACTICES.date).toBe('2026-01-10');
  });

  it.each([
    ['a short commit', {commit: '19486af'}, /commit must be a full 40-hex commit id/],
    ['no date', {date: ''}, /date must be YYYY-MM-DD/],
    ['a plain-http source', {repository: 'http://example.org'}, /repository must be an https/],
    ['no document', {document: ' '}, /document is empty/],
  ])('rejects a figure with %s', (_case, change, message) => {
    const [first] = measuredExamples;
    const broken = {...first, provenance: {...first.provenance, ...change}};
    expect(describeBadMeasurement(broken)).toMatch(message);
  });

  it('charts only the pairs whose multi-stage image would start, each saying why', () => {
    expect(chartedExamples.map((entry) => entry.example)).toEqual([
      'go/simple',
      'java/simple',
      'rust/simple',
    ]);
    for (const entry of chartedExamples) {
      expect(entry.start.verdict).toBe('would-start');
      // Its own Dockerfile is among the sources of the verdict.
      expect(entry.start.sources.some((cited) => cited.includes(` ${entry.example}/`))).toBe(true);
    }
    // node/backend: USER node on plain alpine; python/flask: two Pythons mixed.
    expect(omittedExamples.map((entry) => [entry.example, entry.start.verdict])).toEqual([
      ['node/backend', 'would-not-start'],
      ['python/flask', 'unknown'],
    ]);
  });

  it('spells each file name as the repository does', () => {
    const names = Object.fromEntries(
      measuredExamples.map((entry) => [
        entry.example,
        [entry.singleStage.dockerfile, entry.multiStage.dockerfile],
      ]),
    );
    expect(names['node/backend']).toEqual(['dockerfile.old', 'dockerfile']);
    expect(names['go/simple']).toEqual(['Dockerfile.old', 'Dockerfile']);
  });

  it.each([
    ['no reason', {why: ' '}, /start.why is empty/],
    ['no sources', {sources: []}, /start has no sources/],
    ['a source without a commit', {sources: ['go/simple/Dockerfile:10']}, /neither owner\/repo@/],
  ])('rejects a start verdict with %s', (_case, change, message) => {
    const [first] = measuredExamples;
    const broken = {...first, start: {...first.start, ...change}};
    expect(describeBadMeasurement(broken)).toMatch(message);
  });

  it('rejects a size that is not a size', () => {
    const [first] = measuredExamples;
    const broken = {...first, multiStage: {...first.multiStage, size: 'pequeña'}};
    expect(describeBadMeasurement(broken)).toMatch(/"pequeña" is not an image size/);
  });

  it('writes sizes and ratios the Spanish way', () => {
    expect(formatImageSize('1.81 MB')).toBe('1,81\u00a0MB');
    expect(formatImageSize('841 MB')).toBe('841\u00a0MB');
    expect(formatRatio(841 / 1.81)).toBe('465');
    expect(formatRatio(276 / 184)).toBe('1,5');
  });
});
