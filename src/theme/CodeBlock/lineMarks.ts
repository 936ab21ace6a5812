import {createContext} from 'react';

/** How a line differs from the Dockerfile it is being compared with. */
export type LineMarkKind = 'added' | 'removed' | 'changed';

/**
 * Marks for the lines of the code block below (1-based line → kind), set by a
 * DockerfileComparison for the two panes the reader is comparing. CodeBlock/Content writes them as
 * `data-diff` on each line, so CSS draws the sign and screen readers get the pane's summary.
 */
export const LineMarksContext = createContext<ReadonlyMap<number, LineMarkKind> | null>(null);
