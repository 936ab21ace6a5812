/** BuildKit's casing checks: stage names, FROM … AS, and one casing for every instruction. */
import type {Rule} from '../rule';
import {at, buildkitUrl} from '../rule';
import {lineOf} from '../analyse';

const isUpper = (word: string): boolean => word === word.toUpperCase();
const isLower = (word: string): boolean => word === word.toLowerCase();

export const stageNameCasing: Rule = {
  id: 'StageNameCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'Los nombres de etapa van en minúsculas',
  fix: 'Escribir el nombre de la etapa en minúsculas (FROM golang:1.27 AS builder): así no se confunde con una instrucción.',
  url: buildkitUrl('StageNameCasing'),
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) =>
      stage.name && !isLower(stage.name)
        ? [
            {
              line: stage.line,
              message: `El nombre de etapa «${stage.name}» debería ir en minúsculas: «${stage.name.toLowerCase()}».`,
            },
          ]
        : [],
    ),
};

export const fromAsCasing: Rule = {
  id: 'FromAsCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'AS en mayúsculas o minúsculas, como FROM',
  fix: 'Escribir FROM … AS … o from … as …, sin mezclar mayúsculas y minúsculas en la misma línea.',
  url: buildkitUrl('FromAsCasing'),
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) => {
      const from = stage.instructions[0];
      if (!from || !stage.name) return [];
      const keyword = from.getInstruction();
      const as = /\s(as)\s+\S+\s*$/i.exec(from.getRawArgumentsContent() ?? '')?.[1];
      if (!as) return [];
      const mismatch = (isUpper(keyword) && !isUpper(as)) || (isLower(keyword) && !isLower(as));
      return mismatch
        ? [
            at(
              from,
              `«${as}» y «${keyword}» no están escritos igual (mayúsculas o minúsculas): escribir «${isUpper(keyword) ? 'AS' : 'as'}».`,
            ),
          ]
        : [];
    }),
};

export const consistentInstructionCasing: Rule = {
  id: 'ConsistentInstructionCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'Todas las instrucciones en mayúsculas, o todas en minúsculas',
  fix: 'Escribir todas las instrucciones en mayúsculas (lo habitual) o todas en minúsculas.',
  url: buildkitUrl('ConsistentInstructionCasing'),
  check: ({parsed}) => {
    const instructions = parsed.ast.getInstructions();
    const words = instructions.map((instruction) => instruction.getInstruction());
    const upper = words.filter((word) => isUpper(word)).length;
    const lower = words.filter((word) => isLower(word) && !isUpper(word)).length;
    const expectUpper = upper >= lower;
    return instructions.flatMap((instruction) => {
      const word = instruction.getInstruction();
      const ok = expectUpper ? isUpper(word) : isLower(word);
      return ok
        ? []
        : [
            {
              line: lineOf(instruction),
              message: `«${word}» no está en mayúsculas o minúsculas como el resto del Dockerfile: escribir «${expectUpper ? word.toUpperCase() : word.toLowerCase()}».`,
            },
          ];
    });
  },
};
