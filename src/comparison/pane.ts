import type {DockerfileReport} from '../dockerfile';
import type {ComparisonPane} from './types';

/** Lines that bring files in from another stage or image (COPY --from, RUN --mount=from). */
export function copyReferences({dispatch}: DockerfileReport): {line: number; from: string}[] {
  return dispatch.stages.flatMap((stage) =>
    stage.instructions.flatMap((instruction) =>
      instruction.from.map(({text}) => ({line: instruction.lines.start, from: text})),
    ),
  );
}

/**
 * A pane as the checker sees its Dockerfile: stages, the edges between them and the lines that
 * copy from elsewhere. The chapter's comparisons (built by src/remark/dockerfiles.ts) and the
 * lab's diagram of the reader's Dockerfile are drawn from the same model: the dispatch.
 */
export function paneFromReport(
  report: DockerfileReport,
  {title, folds = []}: {readonly title: string; readonly folds?: ComparisonPane['folds']},
): ComparisonPane {
  const {dispatch, graph} = report;
  return {
    title,
    stages: dispatch.stages.map(({index, name, baseText, line, isFinal}) => ({
      index,
      name,
      base: baseText,
      line,
      isFinal,
      isNeeded: graph.needed[index] ?? true,
    })),
    edges: graph.edges,
    copies: copyReferences(report),
    // Filled in once every pane of a comparison is known.
    diffs: [],
    folds,
  };
}
