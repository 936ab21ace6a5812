import type {DockerfileReport} from '../dockerfile';
import type {ComparisonPane} from './types';

/**
 * A pane as the checker sees its Dockerfile: stages, the edges between them and the lines that
 * copy from elsewhere. The chapter's comparisons (built by src/remark/dockerfiles.ts) and the
 * lab's diagram of the reader's Dockerfile are drawn from the same model.
 */
export function paneFromReport(
  {analysis, graph}: DockerfileReport,
  {title, folds = []}: {readonly title: string; readonly folds?: ComparisonPane['folds']},
): ComparisonPane {
  return {
    title,
    stages: analysis.stages.map(({index, name, base, line, isFinal}) => ({
      index,
      name,
      base,
      line,
      isFinal,
      isNeeded: graph.needed[index] ?? true,
    })),
    edges: graph.edges,
    copies: analysis.copies.map(({line, from}) => ({line, from})),
    // Filled in once every pane of a comparison is known.
    diffs: [],
    folds,
  };
}
