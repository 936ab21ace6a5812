import {createContext} from 'react';

/** How a line differs from the Dockerfile it is being compared with. */
export type LineMarkKind = 'added' | 'removed' | 'changed';

/**
 * Marks for the lines of the code block below (1-based line → kind), set by a
 * DockerfileComparison for the two panes the reader is comparing. CodeBlock/Content writes them as
 * `data-diff` on each line, so CSS draws the sign and screen readers get the pane's summary.
 */
export const LineMarksContext = createContext<ReadonlyMap<number, LineMarkKind> | null>(null);

/** Lines (1-based, inclusive) printed closed, with the words of the control that opens them. */
export interface LineFold {
  readonly start: number;
  readonly end: number;
  readonly summary: string;
  /** What the control does, closed and open; CSS shows the one that applies. */
  readonly show: string;
  readonly hide: string;
}

/**
 * Folds for the code block below, set by a DockerfileComparison: lines that an earlier pane
 * already shows. CodeBlock/Content prints them inside a <details>, which works without
 * JavaScript; a fold holding a marked line starts open.
 */
export const LineFoldsContext = createContext<readonly LineFold[] | null>(null);
