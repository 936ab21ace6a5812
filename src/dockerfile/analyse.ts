/**
 * Analysis of a parsed Dockerfile: its stages (name, base, platform, whether it has a shell),
 * the instructions of each, and what crosses between stages (COPY --from, RUN --mount=from).
 * Rules (./rules/) and the stage graph (./stageGraph.ts) read this; nothing here judges.
 */
import {ModifiableInstruction, type Flag, type Instruction} from 'dockerfile-ast';
import type {ParsedDockerfile} from './parse';

export interface DockerfileStage {
  /** 0-based position, usable as `COPY --from=<index>`. */
  readonly index: number;
  /** The `AS name`, if any. */
  readonly name: string | null;
  /** The base image or earlier stage, as written after FROM. */
  readonly base: string;
  /** The earlier stage this one starts FROM, when `base` names one (the first of that name). */
  readonly parent: number | null;
  /** 1-based line of the FROM instruction. */
  readonly line: number;
  /** True for the last stage: the one `docker build` publishes without --target. */
  readonly isFinal: boolean;
  /** True when the stage starts from scratch or a distroless image without a shell. */
  readonly withoutShell: boolean;
  /** The FROM instruction and every instruction after it, up to the next FROM. */
  readonly instructions: readonly Instruction[];
}

export interface ArtifactCopy {
  /** 1-based line of the COPY --from or RUN --mount=from instruction. */
  readonly line: number;
  /** The stage (or image) named by --from. */
  readonly from: string;
  /** Index of the stage that receives the copy. */
  readonly intoStage: number;
  readonly kind: 'copy' | 'mount';
}

export interface DockerfileAnalysis {
  readonly stages: readonly DockerfileStage[];
  readonly copies: readonly ArtifactCopy[];
  /** Instructions before the first FROM (global ARGs). */
  readonly preamble: readonly Instruction[];
}

/**
 * `scratch` and Google's distroless images have no /bin/sh. Their `:debug` variants add busybox
 * at /busybox/sh only (the distroless tests assert there is no /bin/sh), so shell-form
 * instructions fail there too.
 */
function isShellless(image: string): boolean {
  const lower = image.toLowerCase();
  return lower === 'scratch' || /^gcr\.io\/distroless\//.test(lower);
}

/** Tag and digest of an image reference (`null` when absent); the registry's port is not a tag. */
export function imageParts(base: string): {tag: string | null; digest: string | null} {
  const last = base.split('/').at(-1) ?? base;
  const [nameAndTag = '', digest = null] = last.split('@');
  const tag = nameAndTag.includes(':') ? (nameAndTag.split(':')[1] ?? '') : null;
  return {tag, digest};
}

export function lineOf(instruction: Instruction): number {
  return instruction.getRange().start.line + 1;
}

function flagsOf(instruction: Instruction): Flag[] {
  return instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
}

/** `--from=X` of a COPY, or `from=X` inside each `--mount=` of a RUN. */
function fromValues(instruction: Instruction, flagName: 'from' | 'mount'): string[] {
  return flagsOf(instruction)
    .filter((flag) => flag.getName() === flagName)
    .flatMap((flag) =>
      flagName === 'from'
        ? [flag.getValue() ?? '']
        : flag
            .getOptions()
            .filter((option) => option.getName() === 'from')
            .map((option) => option.getValue() ?? ''),
    );
}

export function analyseDockerfile({ast}: ParsedDockerfile): DockerfileAnalysis {
  const all = ast.getInstructions();
  const fromIndexes = all.flatMap((instruction, i) =>
    instruction.getKeyword() === 'FROM' ? [i] : [],
  );
  const preamble = all.slice(0, fromIndexes[0] ?? all.length);
  const stages: DockerfileStage[] = [];
  const copies: ArtifactCopy[] = [];
  const byName = new Map<string, DockerfileStage>();
  const froms = ast.getFROMs();

  fromIndexes.forEach((start, index) => {
    const instructions = all.slice(start, fromIndexes[index + 1] ?? all.length);
    const from = froms[index];
    if (!from) return;
    const base = from.getImage() ?? '';
    const name = from.getBuildStage();
    const parent = byName.get(base.toLowerCase());
    const stage: DockerfileStage = {
      index,
      name,
      base,
      parent: parent?.index ?? null,
      line: lineOf(from),
      isFinal: index === fromIndexes.length - 1,
      withoutShell: parent ? parent.withoutShell : isShellless(base),
      instructions,
    };
    for (const instruction of instructions) {
      const keyword = instruction.getKeyword();
      if (keyword === 'COPY' || keyword === 'ADD') {
        for (const value of fromValues(instruction, 'from')) {
          copies.push({line: lineOf(instruction), from: value, intoStage: index, kind: 'copy'});
        }
      } else if (keyword === 'RUN') {
        for (const value of fromValues(instruction, 'mount')) {
          copies.push({line: lineOf(instruction), from: value, intoStage: index, kind: 'mount'});
        }
      }
    }
    if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), stage);
    stages.push(stage);
  });
  return {stages, copies, preamble};
}
