/**
 * Ids of a comparison and of its panes, set at build time (src/remark/dockerfiles.ts) and used
 * by the component: a link to a pane (a lab exercise's solution, say) makes the comparison show
 * that pane.
 */

/** The n-th comparison of a page (1-based). */
export const comparisonAnchor = (n: number): string => `comparativa-${n}`;

/** A pane of that comparison (0-based index). */
export const paneAnchor = (comparison: string, index: number): string =>
  `${comparison}-${index + 1}`;
