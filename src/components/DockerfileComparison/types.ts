import type {Provenance} from '../../data/types';

/** What the remark plugin (src/remark/dockerfiles.ts) passes to each comparison, per pane. */
export interface ComparisonStage {
  readonly index: number;
  readonly name: string | null;
  readonly base: string;
  readonly line: number;
  readonly isFinal: boolean;
}

export interface ComparisonPane {
  readonly title: string;
  /** Measured on exactly this Dockerfile (see src/data/imageSizes.ts), or null. */
  readonly size: {
    readonly label: string;
    readonly bytes: number;
    readonly provenance: Provenance;
  } | null;
  readonly stages: readonly ComparisonStage[];
  /** Lines (1-based, in the pane's Dockerfile) that bring files in from another stage or image. */
  readonly copies: readonly {readonly line: number; readonly from: string}[];
}
