/**
 * Build arguments and environment variables, read from the dispatch dry run (../dispatch.ts):
 * BuildKit's UndefinedArgInFrom (reportUnusedFromArgs, on the image and on --platform),
 * InvalidDefaultArgInFrom (validateBaseImagesWithDefaultArgs), UndefinedVar
 * (reportUnmatchedVariables), SecretsUsedInArgOrEnv (validateNoSecretKey, for the ARG and ENV
 * of stages) and LegacyKeyValueFormat (dispatchEnv, dispatchLabel).
 */
import type {Finding, Rule} from '../rule';
import {buildkitUrl} from '../rule';
import type {MissingVariable} from '../dispatch';
import {parseImageReference} from '../imageReference';

const didYouMean = ({suggestion}: MissingVariable): string =>
  suggestion ? ` (¿quizá «$${suggestion}»?)` : '';

export const undefinedArgInFrom: Rule = {
  id: 'UndefinedArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM solo usa ARG declarados antes del primer FROM',
  fix: 'Declarar el ARG antes del primer FROM (ARG VERSION=1.27), o corregir el nombre si es una errata.',
  url: buildkitUrl('UndefinedArgInFrom'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap(({from, undeclaredFromArgs}) =>
      undeclaredFromArgs.map((missing) => ({
        line: from.lines.start,
        message: `FROM usa «$${missing.name}», que no está declarado con ARG antes del primer FROM${didYouMean(missing)}.`,
      })),
    ),
};

export const invalidDefaultArgInFrom: Rule = {
  id: 'InvalidDefaultArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  fileScope: true,
  title: 'Los ARG de FROM dan una imagen válida sin --build-arg',
  fix: 'Dar un valor por defecto al ARG (ARG TAG=1.27) o en la referencia (${TAG:-1.27}), para que la construcción no dependa de --build-arg.',
  url: buildkitUrl('InvalidDefaultArgInFrom'),
  check: ({dispatch}) => {
    // BuildKit abandons the whole check when one FROM cannot be expanded.
    if (dispatch.stages.some((stage) => stage.base === null)) return [];
    return dispatch.stages.flatMap(({from, base}): Finding[] =>
      base !== null && parseImageReference(base) === null
        ? [
            {
              line: from.lines.start,
              message: `Con los valores por defecto de los ARG, FROM queda en «${base}», que no es una imagen válida.`,
            },
          ]
        : [],
    );
  },
};

export const undefinedVar: Rule = {
  id: 'UndefinedVar',
  source: 'buildkit',
  severity: 'warning',
  title: 'Las variables se declaran antes de usarlas',
  fix: 'Declarar la variable con ARG o ENV en esta etapa antes de usarla (un ARG global se vuelve a declarar dentro de la etapa con ARG NOMBRE), o corregir la errata. Un valor por defecto como ${NOMBRE:-valor} no evita el aviso.',
  url: buildkitUrl('UndefinedVar'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap((stage) =>
      stage.instructions.flatMap(({undefinedVars, lines}) =>
        undefinedVars.map((missing) => ({
          line: lines.start,
          message: `Se usa «$${missing.name}», que no está definida${didYouMean(missing)}.`,
        })),
      ),
    ),
};

const SECRET =
  /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const NOT_SECRET = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export const secretsUsedInArgOrEnv: Rule = {
  id: 'SecretsUsedInArgOrEnv',
  source: 'buildkit',
  severity: 'warning',
  title: 'Ni ARG ni ENV para secretos',
  fix: 'Un ARG o ENV queda en el historial de la imagen. Pasar el secreto con RUN --mount=type=secret,id=… y docker build --secret.',
  url: buildkitUrl('SecretsUsedInArgOrEnv'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap((stage) =>
      stage.instructions.flatMap(({keyword, definitions, lines}) => {
        const keys = keyword === 'ARG' || keyword === 'ENV' ? definitions.map(({key}) => key) : [];
        return keys
          .filter((key) => SECRET.test(key) && !NOT_SECRET.test(key))
          .map((key) => ({
            line: lines.start,
            message: `«${key}» parece un secreto y ${keyword} lo deja en la imagen.`,
          }));
      }),
    ),
};

export const legacyKeyValueFormat: Rule = {
  id: 'LegacyKeyValueFormat',
  source: 'buildkit',
  severity: 'warning',
  title: 'ENV y LABEL con clave=valor',
  fix: 'Escribir ENV CLAVE=valor (con «=»): la forma antigua «ENV CLAVE valor» está obsoleta y admite un solo par.',
  url: buildkitUrl('LegacyKeyValueFormat'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap((stage) =>
      stage.instructions.flatMap(({keyword, rest, lines, definitions}): Finding[] =>
        (keyword === 'ENV' || keyword === 'LABEL') && definitions.some(({legacy}) => legacy)
          ? [
              {
                line: lines.start,
                message: `«${keyword} ${rest}» usa la forma antigua: lo correcto es «${keyword} clave=valor».`,
              },
            ]
          : [],
      ),
    ),
};
