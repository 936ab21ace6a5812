/**
 * BuildKit's casing checks: stage names (`instructions/parse.go`, isLowerCaseStageName), FROM … AS
 * (doesFromCaseMatchAsCase) and one casing for every instruction of the stages
 * (`dockerfile2llb/validations.go`, validateCommandCasing: global ARGs do not count).
 */
import type {Finding, Rule} from '../rule';
import {buildkitUrl} from '../rule';
import {parseWords} from '../dispatch';

const isUpper = (word: string): boolean => word === word.toUpperCase();
const isLower = (word: string): boolean => word === word.toLowerCase();

export const stageNameCasing: Rule = {
  id: 'StageNameCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'Los nombres de etapa van en minúsculas',
  fix: 'Escribir el nombre de la etapa en minúsculas (FROM golang:1.27 AS builder): así no se confunde con una instrucción.',
  url: buildkitUrl('StageNameCasing'),
  check: ({dispatch, parsed}) =>
    dispatch.stages.flatMap(({from}) => {
      // FROM's words after its flags: the image, and `AS name` when there are exactly three.
      const words = parseWords(from.rest, parsed.ast.getEscapeCharacter());
      const name = words.length === 3 ? (words[2] ?? '') : '';
      return isLower(name)
        ? []
        : [
            {
              line: from.lines.start,
              message: `El nombre de etapa «${name}» debería ir en minúsculas: «${name.toLowerCase()}».`,
            },
          ];
    }),
};

export const fromAsCasing: Rule = {
  id: 'FromAsCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'AS en mayúsculas o minúsculas, como FROM',
  fix: 'Escribir FROM … AS … o from … as …, sin mezclar mayúsculas y minúsculas en la misma línea.',
  url: buildkitUrl('FromAsCasing'),
  check: ({dispatch, parsed}) =>
    dispatch.stages.flatMap(({from}) => {
      const words = parseWords(from.rest, parsed.ast.getEscapeCharacter());
      const as = words[1];
      const keyword = from.instruction.getInstruction();
      if (words.length < 3 || as === undefined) return [];
      // A FROM in mixed case is ConsistentInstructionCasing's to report, not this rule's.
      if (!isUpper(keyword) && !isLower(keyword)) return [];
      const matches = isLower(keyword) ? isLower(as) : isUpper(as);
      return matches
        ? []
        : [
            {
              line: from.lines.start,
              message: `«${as}» y «${keyword}» no están escritos igual (mayúsculas o minúsculas): escribir «${isUpper(keyword) ? 'AS' : 'as'}».`,
            },
          ];
    }),
};

export const consistentInstructionCasing: Rule = {
  id: 'ConsistentInstructionCasing',
  source: 'buildkit',
  severity: 'warning',
  fileScope: true,
  title: 'Todas las instrucciones en mayúsculas, o todas en minúsculas',
  fix: 'Escribir todas las instrucciones en mayúsculas (lo habitual) o todas en minúsculas.',
  url: buildkitUrl('ConsistentInstructionCasing'),
  check: ({dispatch}) => {
    const instructions = dispatch.stages.flatMap((stage) => stage.instructions);
    const words = instructions.map(({instruction}) => instruction.getInstruction());
    const consistent = words.filter((word) => isLower(word) || isUpper(word));
    const lower = consistent.filter((word) => isLower(word)).length;
    const majorityLower = lower > consistent.length - lower;
    return instructions.flatMap(({instruction, lines}): Finding[] => {
      const word = instruction.getInstruction();
      const ok = majorityLower ? isLower(word) : isUpper(word);
      return ok
        ? []
        : [
            {
              line: lines.start,
              message: `«${word}» no está en ${majorityLower ? 'minúsculas' : 'mayúsculas'}, como la mayoría de las instrucciones: escribir «${majorityLower ? word.toLowerCase() : word.toUpperCase()}».`,
            },
          ];
    });
  },
};
