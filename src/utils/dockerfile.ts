/**
 * Dockerfile analysis and validation for the course's examples. Parsing is done by
 * `dockerfile-ast` and syntax checking by `dockerfile-utils` (the parser and linter behind the
 * VS Code Docker extension); this module adds the rules a course example must meet.
 *
 * Used at build time by src/remark/dockerfiles.ts and by the unit tests; never shipped to the
 * browser.
 */
import {DockerfileParser, ModifiableInstruction, type Flag, type Instruction} from 'dockerfile-ast';
import {validate} from 'dockerfile-utils';

// LSP DiagnosticSeverity.Error: dockerfile-utils reports errors and warnings; only errors fail.
const LSP_SEVERITY_ERROR = 1;

export type RuleId =
  | 'syntax'
  | 'no-from'
  | 'duplicate-stage-name'
  | 'copy-from-unknown-stage'
  | 'mount-from-unknown-stage'
  | 'final-stage-no-command'
  | 'shell-form-without-shell'
  | 'run-without-shell';

export const RULE_DESCRIPTIONS: Readonly<Record<RuleId, string>> = {
  syntax: 'the Dockerfile must parse without errors',
  'no-from': 'a Dockerfile needs at least one FROM',
  'duplicate-stage-name': 'stage names must be unique',
  'copy-from-unknown-stage':
    'COPY --from must name an earlier stage, an earlier stage index, or an image reference (with ":", "/" or "@")',
  'mount-from-unknown-stage':
    'RUN --mount=from= must name an earlier stage, an earlier stage index, or an image reference',
  'final-stage-no-command': 'the final stage must have a CMD or an ENTRYPOINT',
  'shell-form-without-shell':
    'CMD and ENTRYPOINT in a scratch or distroless stage must use the exec (JSON array) form: there is no shell',
  'run-without-shell':
    'RUN cannot work in a scratch or distroless stage: there is no shell (use a :debug image or do it in an earlier stage)',
};

export interface DockerfileProblem {
  /** 1-based line in the Dockerfile. */
  readonly line: number;
  readonly rule: RuleId;
  readonly message: string;
}

export interface DockerfileStage {
  /** 0-based position, usable as `COPY --from=<index>`. */
  readonly index: number;
  /** The `AS name`, if any. */
  readonly name: string | null;
  /** The base image or earlier stage, as written after FROM. */
  readonly base: string;
  /** 1-based line of the FROM instruction. */
  readonly line: number;
  /** True for the last stage: the one that becomes the published image. */
  readonly isFinal: boolean;
  /** True when the stage starts from scratch or a distroless image without a shell. */
  readonly withoutShell: boolean;
}

export interface ArtifactCopy {
  /** 1-based line of the COPY --from or RUN --mount=from instruction. */
  readonly line: number;
  /** The stage (or image) named by --from. */
  readonly from: string;
  /** Index of the stage that receives the copy. */
  readonly intoStage: number;
}

export interface DockerfileAnalysis {
  readonly stages: readonly DockerfileStage[];
  readonly copies: readonly ArtifactCopy[];
  readonly problems: readonly DockerfileProblem[];
}

/** `scratch` and Google's distroless images have no /bin/sh; their `:debug` variants do. */
export function isShellless(image: string): boolean {
  const lower = image.toLowerCase();
  if (lower === 'scratch') return true;
  if (!/^gcr\.io\/distroless\//.test(lower)) return false;
  const tag = /:([^/@]+)(@.*)?$/.exec(lower)?.[1] ?? 'latest';
  return !tag.startsWith('debug');
}

function looksLikeImageReference(value: string): boolean {
  return /[:/@]/.test(value);
}

function lineOf(instruction: Instruction): number {
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

export function analyzeDockerfile(source: string): DockerfileAnalysis {
  const problems: DockerfileProblem[] = [];
  const report = (line: number, rule: RuleId, detail: string): void => {
    problems.push({line, rule, message: `${detail} (rule ${rule}: ${RULE_DESCRIPTIONS[rule]})`});
  };

  for (const diagnostic of validate(source, {})) {
    if (diagnostic.severity === LSP_SEVERITY_ERROR) {
      report(
        diagnostic.range.start.line + 1,
        'syntax',
        typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
      );
    }
  }

  const dockerfile = DockerfileParser.parse(source);
  // dockerfile-ast has no public list of stages: each FROM's containing image is its stage.
  const templates = dockerfile.getFROMs().flatMap((from) => {
    const template = dockerfile.getContainingImage(from.getRange().start);
    return template ? [{from, template}] : [];
  });
  if (templates.length === 0) {
    report(1, 'no-from', 'no FROM instruction found');
    return {stages: [], copies: [], problems};
  }

  const stages: DockerfileStage[] = [];
  const copies: ArtifactCopy[] = [];
  const seenNames = new Map<string, number>();

  const checkReference = (
    from: string,
    line: number,
    intoStage: number,
    rule: 'copy-from-unknown-stage' | 'mount-from-unknown-stage',
  ): void => {
    copies.push({line, from, intoStage});
    if (/^\d+$/.test(from)) {
      if (Number(from) >= intoStage) {
        report(
          line,
          rule,
          `"--from=${from}" points at stage ${from}, which is not an earlier stage`,
        );
      }
      return;
    }
    if (looksLikeImageReference(from)) return;
    if (!seenNames.has(from.toLowerCase())) {
      const known = [...seenNames.keys()];
      report(
        line,
        rule,
        `"--from=${from}" names no earlier stage` +
          (known.length > 0
            ? ` (earlier stages: ${known.join(', ')})`
            : ' (no earlier stage has a name)'),
      );
    }
  };

  templates.forEach(({from, template}, index) => {
    const line = lineOf(from);
    const base = from.getImage() ?? '';
    const name = from.getBuildStage();
    const baseIndex = seenNames.get(base.toLowerCase());
    const baseStage = baseIndex === undefined ? undefined : stages[baseIndex];
    const withoutShell = baseStage ? baseStage.withoutShell : isShellless(base);

    for (const instruction of template.getInstructions()) {
      const keyword = instruction.getKeyword();
      const instructionLine = lineOf(instruction);
      if (keyword === 'COPY') {
        for (const value of fromValues(instruction, 'from')) {
          checkReference(value, instructionLine, index, 'copy-from-unknown-stage');
        }
      } else if (keyword === 'RUN') {
        for (const value of fromValues(instruction, 'mount')) {
          checkReference(value, instructionLine, index, 'mount-from-unknown-stage');
        }
        if (withoutShell && !instruction.getArgumentsContent()?.trim().startsWith('[')) {
          report(instructionLine, 'run-without-shell', `RUN in a stage based on "${base}"`);
        }
      } else if ((keyword === 'CMD' || keyword === 'ENTRYPOINT') && withoutShell) {
        const args = instruction.getArgumentsContent()?.trim() ?? '';
        if (!isJsonArray(args)) {
          report(
            instructionLine,
            'shell-form-without-shell',
            `${keyword} ${args} in a stage based on "${base}"`,
          );
        }
      }
    }

    if (name) {
      const key = name.toLowerCase();
      const earlier = seenNames.get(key);
      if (earlier !== undefined) {
        report(
          line,
          'duplicate-stage-name',
          `stage name "${name}" is already used on line ${stages[earlier]?.line ?? '?'}`,
        );
      } else {
        seenNames.set(key, index);
      }
    }
    stages.push({index, name, base, line, isFinal: index === templates.length - 1, withoutShell});
  });

  const finalTemplate = templates.at(-1)?.template;
  const hasCommand = finalTemplate
    ?.getInstructions()
    .some((instruction) => ['CMD', 'ENTRYPOINT'].includes(instruction.getKeyword()));
  if (!hasCommand) {
    report(
      stages.at(-1)?.line ?? 1,
      'final-stage-no-command',
      'the final stage sets no CMD or ENTRYPOINT',
    );
  }

  problems.sort((a, b) => a.line - b.line);
  return {stages, copies, problems};
}

function isJsonArray(text: string): boolean {
  if (!text.startsWith('[')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}
