/**
 * Repetition between the Dockerfiles one page prints. A reader should meet a build stage once:
 * a run of more than MAX_REPEATED_LINES non-blank lines may be printed only once per page. A
 * comparison folds, in each pane after the first, the runs it shares with an earlier pane
 * (folded lines are in the page but closed, so they do not count as printed).
 */

/** Longest run of identical non-blank lines that two printed Dockerfiles may share. */
export const MAX_REPEATED_LINES = 5;
const WINDOW = MAX_REPEATED_LINES + 1;

/** A range of lines (1-based, inclusive) shown closed, and the pane it repeats. */
export interface Fold {
  readonly start: number;
  readonly end: number;
  readonly sameAs: string;
}

/** One Dockerfile as a page prints it: where it is, and its lines with folded ones left out. */
export interface PrintedDockerfile {
  /** "docs/x.mdx:42" */
  readonly at: string;
  /** Where it starts in the MDX source (character offset): printed items are checked in order. */
  readonly order: number;
  /** What a contributor calls it: a pane title, "Dockerfile de partida…". */
  readonly label: string;
  readonly source: string;
  readonly folds: readonly Fold[];
  /** Set for a pane of a comparison: its title and its own anchor. */
  readonly pane?: {readonly title: string; readonly anchor: string};
}

const normalise = (line: string): string => line.trim().replace(/\s+/g, ' ');

interface Window {
  readonly key: string;
  /** 1-based source lines the window covers. */
  readonly first: number;
  readonly last: number;
}

/** Every run of WINDOW consecutive non-blank lines, skipping lines inside `hidden`. */
function windows(source: string, hidden: ReadonlySet<number> = new Set()): Window[] {
  const lines = source.split('\n');
  const result: Window[] = [];
  let segment: {text: string; line: number}[] = [];
  const flush = (): void => {
    for (let i = 0; i + WINDOW <= segment.length; i += 1) {
      const run = segment.slice(i, i + WINDOW);
      result.push({
        key: run.map((entry) => entry.text).join('\n'),
        first: run[0]?.line ?? 0,
        last: run[WINDOW - 1]?.line ?? 0,
      });
    }
    segment = [];
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (hidden.has(line)) {
      flush();
      return;
    }
    const text = normalise(raw);
    if (text !== '') segment.push({text, line});
  });
  flush();
  return result;
}

/**
 * Folds for each pane of a comparison: runs of more than MAX_REPEATED_LINES lines that an
 * earlier pane already shows. The first pane is never folded.
 */
export function comparisonFolds(
  panes: readonly {readonly title: string; readonly source: string}[],
): Fold[][] {
  const seen = new Map<string, string>();
  return panes.map(({title, source}, index) => {
    const own = windows(source);
    const folded = new Map<number, string>();
    if (index > 0) {
      for (const window of own) {
        const sameAs = seen.get(window.key);
        if (sameAs === undefined) continue;
        for (let line = window.first; line <= window.last; line += 1) {
          if (!folded.has(line)) folded.set(line, sameAs);
        }
      }
    }
    for (const window of own) if (!seen.has(window.key)) seen.set(window.key, title);
    return toRanges(folded, source);
  });
}

/** Consecutive folded lines (blank lines between them included) as ranges. */
function toRanges(folded: ReadonlyMap<number, string>, source: string): Fold[] {
  const lines = source.split('\n');
  const count = lines.length;
  const isBlank = (line: number): boolean => lines[line - 1]?.trim() === '';
  const folds: Fold[] = [];
  let current: {start: number; end: number; sameAs: string} | null = null;
  for (let line = 1; line <= count; line += 1) {
    const sameAs = folded.get(line);
    if (sameAs !== undefined) {
      if (current) current.end = line;
      else current = {start: line, end: line, sameAs};
    } else if (current && !(isBlank(line) && folded.has(line + 1))) {
      folds.push(current);
      current = null;
    }
  }
  if (current) folds.push(current);
  return folds;
}

/** A place where a page prints again lines it already printed. */
export interface Repetition {
  readonly first: PrintedDockerfile;
  readonly again: PrintedDockerfile;
  /** The repeated lines, as printed the second time. */
  readonly lines: string;
}

/** Runs of more than MAX_REPEATED_LINES lines that appear, unfolded, in two places. */
export function findRepetitions(printed: readonly PrintedDockerfile[]): Repetition[] {
  const seen = new Map<string, PrintedDockerfile>();
  const repetitions: Repetition[] = [];
  for (const item of [...printed].sort((a, b) => a.order - b.order)) {
    const hidden = new Set<number>();
    for (const fold of item.folds) {
      for (let line = fold.start; line <= fold.end; line += 1) hidden.add(line);
    }
    const reported = new Set<PrintedDockerfile>();
    for (const window of windows(item.source, hidden)) {
      const first = seen.get(window.key);
      if (first && first !== item && !reported.has(first)) {
        reported.add(first);
        repetitions.push({first, again: item, lines: window.key});
      }
      // Within one Dockerfile a run may repeat (two similar stages); across Dockerfiles it may not.
      if (!first) seen.set(window.key, item);
    }
  }
  return repetitions;
}
