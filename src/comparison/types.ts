import type {LineMark} from '../dockerfile/lineDiff';
import type {StageEdge} from '../dockerfile/stageGraph';
import type {Fold} from './repeatedLines';

/** What the remark plugin (src/remark/dockerfiles.ts) passes to each comparison, per pane. */
export interface ComparisonStage {
  readonly index: number;
  readonly name: string | null;
  readonly base: string;
  readonly line: number;
  readonly isFinal: boolean;
  /** False for a stage the final image does not depend on: BuildKit skips it. */
  readonly isNeeded: boolean;
}

export interface ComparisonPane {
  readonly title: string;
  readonly stages: readonly ComparisonStage[];
  /** FROM <stage> and COPY --from edges between the stages (or from outside images). */
  readonly edges: readonly StageEdge[];
  /** Lines (1-based, in the pane's Dockerfile) that bring files in from another stage or image. */
  readonly copies: readonly {readonly line: number; readonly from: string}[];
  /** `diffs[j]`: this pane's lines that differ from pane j (empty for itself). */
  readonly diffs: readonly (readonly LineMark[])[];
  /** Runs of lines an earlier pane already shows, printed closed. */
  readonly folds: readonly Fold[];
}
