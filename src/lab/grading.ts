/**
 * Grading a lab exercise: each requirement is a predicate on the checker's report (stages,
 * copies, instructions, diagnostics), so a reader's own wording, order or comments never matter.
 */
import type {DockerfileReport} from '../dockerfile';
import {execFormArgs, flagsOf, imageParts, lastUser} from '../dockerfile/analyse';
import type {LabCheck, LabExercise, LabRequirement} from '../data/types';

function imageTagged(base: string, stageNames: readonly string[]): boolean {
  if (base.toLowerCase() === 'scratch' || stageNames.includes(base.toLowerCase())) return true;
  const {tag, digest} = imageParts(base);
  return digest !== null || (tag !== null && tag !== '' && tag !== 'latest');
}

export function passes(check: LabCheck, report: DockerfileReport): boolean {
  const {stages, copies} = report.analysis;
  const final = stages.at(-1);
  if (!final) return false;
  const earlier = stages.slice(0, -1);
  const finalCommands = final.instructions.filter((instruction) =>
    ['CMD', 'ENTRYPOINT'].includes(instruction.getKeyword()),
  );
  switch (check.kind) {
    case 'multiStage':
      return stages.length >= 2;
    case 'finalBase':
      return new RegExp(check.pattern).test(final.base);
    case 'buildBase':
      return earlier.some((stage) => new RegExp(check.pattern).test(stage.base));
    case 'copiesFromStage':
      return copies.some((copy) => copy.intoStage === final.index && copy.kind === 'copy');
    case 'copiesPath':
      return final.instructions.some(
        (instruction) =>
          instruction.getKeyword() === 'COPY' &&
          flagsOf(instruction).some((flag) => flag.getName() === 'from') &&
          instruction
            .getArguments()
            .slice(0, -1)
            .some((argument) => new RegExp(check.pattern).test(argument.getValue())),
      );
    case 'execForm':
      return (
        finalCommands.length > 0 &&
        finalCommands.every((instruction) => execFormArgs(instruction) !== null)
      );
    case 'numericUser': {
      const user = lastUser(final) ?? '';
      return /^\d+$/.test(user) && user !== '0';
    }
    case 'pinnedTags': {
      const names = stages.flatMap((stage) => (stage.name ? [stage.name.toLowerCase()] : []));
      return stages.every((stage) => imageTagged(stage.base, names));
    }
    case 'noErrors':
      return report.errors === 0;
    case 'runsProgram': {
      const last = (keyword: string) =>
        final.instructions.filter((instruction) => instruction.getKeyword() === keyword).at(-1);
      const command = last('ENTRYPOINT') ?? last('CMD');
      const program = command ? execFormArgs(command)?.[0] : undefined;
      return program !== undefined && new RegExp(check.pattern).test(program);
    }
    case 'commandStartsWith': {
      const cmd = final.instructions
        .filter((instruction) => instruction.getKeyword() === 'CMD')
        .at(-1);
      const first = cmd ? execFormArgs(cmd)?.[0] : undefined;
      return first !== undefined && new RegExp(check.pattern).test(first);
    }
    case 'earlierStageRuns':
      return earlier.some((stage) =>
        stage.instructions.some(
          (instruction) =>
            instruction.getKeyword() === 'RUN' &&
            instruction.getArguments().some((argument) => argument.getValue() === check.pattern),
        ),
      );
  }
}

export interface Grade {
  readonly solved: boolean;
  readonly failed: readonly LabRequirement[];
}

export function grade(exercise: LabExercise, report: DockerfileReport): Grade {
  const failed = exercise.requirements.filter((requirement) => !passes(requirement.check, report));
  return {solved: failed.length === 0, failed};
}
