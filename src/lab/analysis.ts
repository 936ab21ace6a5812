/**
 * Everything the lab shows about what a reader typed, as plain data: the problems, the stage
 * diagram, «Al construir», «Al ejecutar» and, when asked, the grade. It is computed off the main
 * thread (./analysis.worker.ts) so typing stays smooth; the editor only renders it.
 */
import type {ComparisonPane} from '../comparison/types';
import {paneFromReport} from '../comparison/pane';
import {labExercises} from './exercises';
import type {Diagnostic} from '../dockerfile';
import {
  commandLine,
  type ImageModel,
  type Node,
  type RunVerdict,
  type Step,
} from '../dockerfile/model';
import {checkLabText} from './check';
import {grade, runImage} from './grading';

export interface AnalysisRequest {
  readonly text: string;
  readonly dockerignore: string;
  /** The exercise whose context the build sees, if the lab is an exercise. */
  readonly exerciseId?: string;
  /** Grade the exercise too (the reader pressed «Comprobar»). */
  readonly grade?: boolean;
}

export interface BuiltView {
  readonly failure: number | null;
  readonly unknown: number;
  readonly contextKnown: boolean;
  readonly steps: readonly Step[];
}

export interface RunView {
  /** What runc executes; null when the base image's ENTRYPOINT or CMD is not known. */
  readonly argv: readonly string[] | null;
  /** USER as configured; null when not known, '' for root by default. */
  readonly user: string | null;
  /** Files the final image takes from other stages: the topmost of each copy. */
  readonly files: readonly {readonly path: string; readonly from: string; readonly line: number}[];
  readonly verdict: RunVerdict;
}

export interface GradeView {
  readonly solved: boolean;
  /** Each failed requirement's label and hint (the dry run's reason when it does not start). */
  readonly failed: readonly {readonly label: string; readonly hint: string}[];
  readonly unknown: readonly {readonly label: string; readonly why: string}[];
}

export interface LabAnalysis {
  /** The text that was analysed, so a late answer for an older text can be told apart. */
  readonly text: string;
  readonly notice: string | null;
  /** Whether the text was analysed at all (not empty, not garbage). */
  readonly analysed: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly pane: ComparisonPane | null;
  readonly built: BuiltView | null;
  readonly run: RunView | null;
  readonly grade: GradeView | null;
}

/** Where a published file comes from, in words: «la etapa builder», an image, the context. */
function origin(model: ImageModel, from: Node['origin']): string {
  if (from.kind === 'stage') {
    const stage = model.build.stages[from.stage];
    return stage?.name ? `la etapa ${stage.name}` : `la etapa ${from.stage}`;
  }
  if (from.kind === 'image') return `la imagen ${from.image}`;
  return 'el contexto de construcción';
}

function builtView(model: ImageModel): BuiltView {
  const {build} = model;
  return {
    failure: build.failure?.line ?? null,
    unknown: build.unknown.length,
    contextKnown: build.contextKnown,
    steps: build.stages.flatMap((stage) => (build.needed[stage.index] ? stage.steps : [])),
  };
}

function runView(model: ImageModel): RunView {
  const {final, verdict} = model;
  const copied = final.fs
    .entriesUnder('/')
    .filter(
      ([, node]) =>
        node.origin.kind === 'stage' && node.origin.stage !== final.index && node.line > 0,
    );
  const files = copied
    .filter(([path]) => !copied.some(([other]) => other !== path && path.startsWith(`${other}/`)))
    .map(([path, node]) => ({path, from: origin(model, node.origin), line: node.line}));
  return {argv: commandLine(final), user: final.user, files, verdict};
}

export function analyseLab(request: AnalysisRequest): LabAnalysis {
  const exercise = labExercises.find((candidate) => candidate.id === request.exerciseId);
  const checked = checkLabText(request.text, request.dockerignore);
  const report = checked.report;
  const base = {text: request.text, notice: checked.notice, analysed: report !== null};
  if (!report) {
    return {
      ...base,
      diagnostics: [],
      pane: null,
      built: null,
      run: null,
      grade:
        request.grade && exercise
          ? {
              solved: false,
              failed: exercise.requirements.map(({label, hint}) => ({label, hint})),
              unknown: [],
            }
          : null,
    };
  }
  const run = runImage(report, exercise ? {files: exercise.context} : undefined);
  const model = run.model;
  let graded: GradeView | null = null;
  if (request.grade && exercise) {
    const outcome = grade(exercise, report, run);
    graded = {
      solved: outcome.solved,
      failed: outcome.failed.map((requirement) => {
        const found = outcome.answers.get(requirement);
        const why =
          requirement.check.kind === 'startsCleanly' && found?.kind === 'no'
            ? found.why
            : undefined;
        return {label: requirement.label, hint: why ?? requirement.hint};
      }),
      unknown: outcome.unknown.map(({requirement, why}) => ({label: requirement.label, why})),
    };
  }
  return {
    ...base,
    diagnostics: report.diagnostics,
    pane: paneFromReport(report, {title: 'tu Dockerfile'}),
    built: model ? builtView(model) : null,
    run: model ? runView(model) : null,
    grade: graded,
  };
}
