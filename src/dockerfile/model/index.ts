/**
 * The image model: the build of the stages the target needs, then a dry run of `docker run`.
 * Its verdict has three answers: it starts, it does not (with Docker's text), or it cannot be
 * known without building (naming what is unknown). The lab shows it and grades on it.
 */
import type {DockerfileReport} from '..';
import {buildModel, type BuildModel, type StageModel} from './build';
import {UNKNOWN_CONTEXT, type BuildContext} from './context';
import {dryRun, entrypointScript, type RunVerdict} from './run';

export type {StageModel, Step} from './build';
export type {BuildContext} from './context';
export type {Phase, RunVerdict} from './run';
export type {Node} from './fs';

/** What `docker run` runs: ENTRYPOINT and CMD, through an image's `exec "$@"` script; null if unknown. */
export function commandLine(final: StageModel): readonly string[] | null {
  if (final.entrypoint === null || final.cmd === null) return null;
  return entrypointScript(final, [...final.entrypoint, ...final.cmd]);
}

export interface ImageModel {
  readonly build: BuildModel;
  readonly final: StageModel;
  readonly verdict: RunVerdict;
}

/** Models the image a checked Dockerfile publishes; null when it has no stage. */
export function modelImage(
  report: DockerfileReport,
  context: BuildContext = UNKNOWN_CONTEXT,
): ImageModel | null {
  if (report.dispatch.stages.length === 0) return null;
  const build = buildModel(report.dispatch, report.graph, context);
  const final = build.stages[build.target];
  if (!final) return null;
  return {build, final, verdict: dryRun(build)};
}
