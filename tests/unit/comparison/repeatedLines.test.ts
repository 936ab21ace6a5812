import {describe, expect, it} from 'vitest';
import {
  comparisonFolds,
  findRepetitions,
  type PrintedDockerfile,
} from '../../../src/comparison/repeatedLines';

const lines = (n: number, prefix = 'RUN paso'): string =>
  Array.from({length: n}, (_, i) => `${prefix} ${i + 1}`).join('\n');
const printed = (label: string, source: string, order: number): PrintedDockerfile => ({
  at: `docs/x.mdx:${order}`,
  order,
  label,
  source,
  folds: [],
});

describe('repeated Dockerfile lines on a page', () => {
  it('allows five shared lines and rejects six', () => {
    const five = `FROM a:1\n${lines(5)}`;
    const six = `FROM a:1\n${lines(6)}`;
    expect(
      findRepetitions([printed('A', five, 1), printed('B', `FROM b:1\n${lines(5)}`, 2)]),
    ).toEqual([]);
    const [repetition] = findRepetitions([
      printed('A', six, 1),
      printed('B', `FROM b:1\n${lines(6)}`, 2),
    ]);
    expect(repetition?.first.label).toBe('A');
    expect(repetition?.again.label).toBe('B');
  });

  it('ignores blank lines and spacing, but not a changed word', () => {
    const spaced = lines(6).split('\n').join('\n\n   ');
    expect(findRepetitions([printed('A', lines(6), 1), printed('B', spaced, 2)])).toHaveLength(1);
    const changed = lines(6).replace('paso 3', 'paso 33');
    expect(findRepetitions([printed('A', lines(6), 1), printed('B', changed, 2)])).toEqual([]);
  });

  it('lets one Dockerfile repeat itself (two similar stages)', () => {
    expect(findRepetitions([printed('A', `${lines(6)}\n${lines(6)}`, 1)])).toEqual([]);
  });

  it('does not count folded lines as printed', () => {
    const second = {...printed('B', lines(6), 2), folds: [{start: 1, end: 6, sameAs: 'A'}]};
    expect(findRepetitions([printed('A', lines(6), 1), second])).toEqual([]);
  });

  it('folds, in later panes only, the runs an earlier pane shows, blank lines included', () => {
    const folds = comparisonFolds([
      {title: 'A', source: `FROM a:1\n${lines(6)}`},
      {title: 'B', source: `${lines(3)}\n\n${lines(6).split('\n').slice(3).join('\n')}\nFROM b:1`},
      {title: 'C', source: `FROM c:1\n${lines(5)}`},
    ]);
    expect(folds).toEqual([[], [{start: 1, end: 7, sameAs: 'A'}], []]);
  });
});
