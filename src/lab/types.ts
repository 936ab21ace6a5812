/** The lab's exercises as src/lab/exercises.ts writes them and src/lab/grading.ts grades them. */
import type {ContextFile} from '../dockerfile/model/context';

/**
 * One requirement of a lab exercise: a predicate on the model of the image the Dockerfile
 * publishes (src/dockerfile/model/, graded in src/lab/grading.ts), never a text match.
 */
export type LabCheck =
  | {readonly kind: 'multiStage'}
  /**
   * The published image: `scratch`, or a repository as Docker normalises it
   * (`docker.io/library/debian`, `gcr.io/distroless/static-debian13`), with one of `tags`.
   */
  | {
      readonly kind: 'finalImage';
      readonly repository: string | readonly string[];
      readonly tags?: readonly string[];
    }
  /** The dry run of `docker run` finds nothing that stops the container. */
  | {readonly kind: 'startsCleanly'}
  /** ENTRYPOINT and CMD together are exactly this command. */
  | {readonly kind: 'runs'; readonly argv: readonly string[]}
  /** What the container runs (the binary, the .jar, the script's interpreter) comes from a build stage. */
  | {readonly kind: 'runsFromStage'}
  /** A CA bundle where Go (and OpenSSL) look for it. */
  | {readonly kind: 'certificates'}
  /** The container runs as a user other than root. */
  | {readonly kind: 'nonRootUser'}
  /** node_modules comes from a stage that installed only the production dependencies. */
  | {readonly kind: 'productionDependencies'}
  /** No DL3006 or DL3007: every base image has a tag other than latest, or a digest. */
  | {readonly kind: 'pinnedTags'}
  | {readonly kind: 'noErrors'};

export interface LabRequirement {
  readonly check: LabCheck;
  /** What is asked, in Spanish, shown as a checklist item. */
  readonly label: string;
  /** Shown when the check fails: a nudge, not the answer. */
  readonly hint: string;
}

export interface LabExercise {
  /** Stable id: the MDX prop and the key of the reader's progress. */
  readonly id: string;
  readonly title: string;
  /** What to do, in Spanish (one or two sentences). */
  readonly statement: string;
  readonly start: string;
  readonly solution: string;
  /** The files of the project the Dockerfile builds: what COPY finds and the tools read. */
  readonly context: readonly ContextFile[];
  readonly requirements: readonly LabRequirement[];
}
