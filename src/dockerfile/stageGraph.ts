/**
 * The stage graph of a Dockerfile, read from the dispatch: which stage builds on which (FROM
 * <stage>) and which copies from which (COPY --from, RUN --mount=from), the stage that becomes
 * the image, and the stages BuildKit never builds for it because the image does not depend on
 * them.
 */
import type {Dispatch} from './dispatch';

type StageEdgeKind = 'from' | 'copy';

export interface StageEdge {
  /** Index of the source stage, or the image reference (as written) when it is not a stage. */
  readonly from: number | string;
  /** Index of the stage that uses it. */
  readonly to: number;
  readonly kind: StageEdgeKind;
  /** 1-based lines of the instructions behind this edge. */
  readonly lines: readonly number[];
}

export interface StageGraph {
  readonly edges: readonly StageEdge[];
  /** The stage `docker build` produces: the last one, or the `--target`. */
  readonly target: number;
  /** For each stage, whether building the target needs it. */
  readonly needed: readonly boolean[];
}

export function stageGraph(dispatch: Dispatch, target?: number): StageGraph {
  const {stages} = dispatch;
  const edges: StageEdge[] = [];
  const add = (from: number | string, to: number, kind: StageEdgeKind, line: number): void => {
    const same = edges.find((edge) => edge.from === from && edge.to === to && edge.kind === kind);
    if (same) (same.lines as number[]).push(line);
    else edges.push({from, to, kind, lines: [line]});
  };
  for (const stage of stages) {
    if (stage.parent !== null) add(stage.parent, stage.index, 'from', stage.line);
  }
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      for (const {text, source} of instruction.from) {
        if (source.kind === 'context' || source.kind === 'badIndex') continue;
        add(
          source.kind === 'stage' ? source.index : text,
          stage.index,
          'copy',
          instruction.lines.start,
        );
      }
    }
  }
  const last = stages.length - 1;
  const chosen = target ?? last;
  const needed = stages.map(() => false);
  const visit = (index: number): void => {
    if (needed[index]) return;
    needed[index] = true;
    for (const edge of edges) {
      if (edge.to === index && typeof edge.from === 'number') visit(edge.from);
    }
  };
  if (chosen >= 0) visit(chosen);
  return {edges, target: chosen, needed};
}
