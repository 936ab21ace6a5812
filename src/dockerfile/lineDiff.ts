/**
 * Line diff between two Dockerfiles, for the comparisons: which lines of each side have no
 * counterpart in the other (only here) and which were rewritten (changed).
 * Lines are compared with their white space folded; blank lines are never marked.
 */

type LineDiffKind = 'changed' | 'only';

export interface LineMark {
  /** 1-based line in its own Dockerfile. */
  readonly line: number;
  readonly kind: LineDiffKind;
}

export interface LineDiff {
  readonly left: readonly LineMark[];
  readonly right: readonly LineMark[];
}

const fold = (line: string): string => line.trim().replace(/\s+/g, ' ');

/** Longest common subsequence of the non-blank lines, as index pairs. */
function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  const width = b.length + 1;
  // lengths[i * width + j]: LCS length of a[i..] and b[j..].
  const lengths = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number): number => lengths[i * width + j] ?? 0;
  const same = (i: number, j: number): boolean => a[i] !== '' && a[i] === b[j];
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = same(i, j)
        ? at(i + 1, j + 1) + 1
        : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(i, j)) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

const keyword = (line: string): string => line.split(' ')[0]?.toUpperCase() ?? '';

/**
 * Between two matched lines, a line on each side with the same instruction (FROM and FROM, CMD
 * and CMD, in order) was changed; every other line there exists only on its side.
 */
export function diffLines(leftSource: string, rightSource: string): LineDiff {
  const a = leftSource.split('\n').map(fold);
  const b = rightSource.split('\n').map(fold);
  const left: LineMark[] = [];
  const right: LineMark[] = [];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of [...commonLines(a, b), [a.length, b.length] as [number, number]]) {
    const gapA = a.slice(i, nextI).flatMap((text, k) => (text === '' ? [] : [i + k]));
    const gapB = b.slice(j, nextJ).flatMap((text, k) => (text === '' ? [] : [j + k]));
    const changedB = new Set<number>();
    let from = 0;
    for (const lineA of gapA) {
      const match = gapB.findIndex(
        (lineB, k) => k >= from && keyword(b[lineB] ?? '') === keyword(a[lineA] ?? ''),
      );
      const kind: LineDiffKind = match === -1 ? 'only' : 'changed';
      if (match !== -1) {
        changedB.add(gapB[match] ?? -1);
        from = match + 1;
      }
      left.push({line: lineA + 1, kind});
    }
    right.push(
      ...gapB.map((lineB) => ({
        line: lineB + 1,
        kind: changedB.has(lineB) ? ('changed' as const) : ('only' as const),
      })),
    );
    i = nextI + 1;
    j = nextJ + 1;
  }
  return {left, right};
}
