/**
 * Stage names and references. BuildKit's DuplicateStageName and ReservedStageName
 * (`dockerfile2llb/validations.go`, validateStageNames: names are compared in lower case, as
 * parseBuildStageName stores them); hadolint's DL3022 and DL3023 with hadolint's meaning; and the
 * course's `from-unknown-stage`: a `--from` that names no stage, no valid index and no image
 * fails the build, and a stage cannot copy from itself (BuildKit: circular dependency).
 */
import type {Dispatch, FromReference} from '../dispatch';
import type {Finding, Rule} from '../rule';
import {buildkitUrl, hadolintUrl} from '../rule';
import {CHAPTER_URL} from './chapter';

/** Every `--from` of the file with the stage it is in and its line. */
const fromReferences = (
  dispatch: Dispatch,
): {readonly reference: FromReference; readonly stage: number; readonly line: number}[] =>
  dispatch.stages.flatMap((stage) =>
    stage.instructions.flatMap((instruction) =>
      instruction.from.map((reference) => ({
        reference,
        stage: stage.index,
        line: instruction.lines.start,
      })),
    ),
  );

const RESERVED = new Set(['scratch', 'context']);

export const duplicateStageName: Rule = {
  id: 'DuplicateStageName',
  source: 'buildkit',
  severity: 'warning',
  fileScope: true,
  title: 'Cada etapa con un nombre distinto',
  fix: 'Cambiar el nombre de una de las dos etapas: con nombres repetidos, COPY --from y FROM toman la última que lleva ese nombre.',
  url: buildkitUrl('DuplicateStageName'),
  check: ({dispatch}) => {
    const seen = new Map<string, number>();
    return dispatch.stages.flatMap((stage): Finding[] => {
      if (!stage.name) return [];
      const key = stage.name;
      const earlier = seen.get(key);
      seen.set(key, earlier ?? stage.line);
      return earlier === undefined
        ? []
        : [{line: stage.line, message: `La etapa «${key}» ya existe en la línea ${earlier}.`}];
    });
  },
};

export const reservedStageName: Rule = {
  id: 'ReservedStageName',
  source: 'buildkit',
  severity: 'warning',
  fileScope: true,
  title: 'scratch y context no sirven como nombre de etapa',
  fix: 'Elegir otro nombre: «scratch» es la imagen vacía y «context», el contexto de construcción.',
  url: buildkitUrl('ReservedStageName'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap((stage) =>
      stage.name && RESERVED.has(stage.name)
        ? [{line: stage.line, message: `«${stage.name}» es un nombre reservado.`}]
        : [],
    ),
};

/** An image reference has a registry, a tag or a digest; a bare word names a stage. */
function looksLikeImageReference(value: string): boolean {
  return /[:/@]/.test(value);
}

/**
 * hadolint's DL3022: `COPY --from` names an alias defined by an earlier FROM (or its own), a
 * number below the count of stages seen so far, or something with «:» (an image).
 */
export const copyFromEarlierStage: Rule = {
  id: 'DL3022',
  source: 'hadolint',
  severity: 'warning',
  title: 'COPY --from nombra una etapa anterior',
  fix: 'Usar el nombre (AS nombre) o el número de una etapa anterior, o la referencia completa de una imagen (con su etiqueta).',
  url: hadolintUrl('DL3022'),
  check: ({dispatch}) =>
    fromReferences(dispatch)
      .filter(({reference}) => reference.flag === 'from')
      .flatMap(({reference, stage, line}): Finding[] => {
        const seen = dispatch.stages.slice(0, stage + 1);
        const aliases = seen.flatMap((earlier) => (earlier.name ? [earlier.name] : []));
        const text = reference.text;
        const index = /^\d+$/.test(text) ? Number(text) : null;
        const ok =
          text.replace(/^["']|["']$/g, '').includes(':') ||
          aliases.includes(text.toLowerCase()) ||
          (index !== null && index < seen.length);
        return ok
          ? []
          : [
              {
                line,
                message:
                  `«--from=${text}» no nombra ninguna etapa definida antes` +
                  (aliases.length > 0 ? ` (hay: ${aliases.join(', ')}).` : '.'),
              },
            ];
      }),
};

/** hadolint's DL3023: `COPY --from` with the alias of the stage it is in. */
export const copyFromOwnStage: Rule = {
  id: 'DL3023',
  source: 'hadolint',
  severity: 'error',
  title: 'COPY --from no puede nombrar su propia etapa',
  fix: 'Copiar de la etapa anterior que generó los archivos, no de la propia etapa.',
  url: hadolintUrl('DL3023'),
  check: ({dispatch}) =>
    fromReferences(dispatch).flatMap(({reference, stage, line}): Finding[] => {
      const own = dispatch.stages[stage]?.name;
      return reference.flag === 'from' && own && own === reference.text.toLowerCase()
        ? [
            {
              line,
              message: `«--from=${reference.text}» es la propia etapa: no puede copiar de sí misma.`,
            },
          ]
        : [];
    }),
};

export const fromUnknownStage: Rule = {
  id: 'from-unknown-stage',
  source: 'course',
  severity: 'error',
  title: '--from nombra una etapa anterior, o una imagen',
  fix: 'En COPY --from y RUN --mount=from: el nombre (AS nombre) o el número de una etapa anterior, o una imagen escrita con «:», «/» o «@» (golang:1.27).',
  url: `${CHAPTER_URL}#qu%C3%A9-es-una-etapa`,
  check: ({dispatch}) =>
    fromReferences(dispatch).flatMap(({reference, stage, line}): Finding[] => {
      const what = reference.flag === 'from' ? 'COPY --from' : 'RUN --mount=from';
      const {source, text} = reference;
      if (source.kind === 'stage') {
        if (source.index === stage) {
          return [
            {
              line,
              message: `${what}=${text} es la propia etapa: Docker lo rechaza por dependencia circular.`,
            },
          ];
        }
        if (source.index > stage) {
          return [
            {
              line,
              message: `${what}=${text} es una etapa que se define después: Docker responde «cannot copy from stage "${text}", it needs to be defined before current stage».`,
            },
          ];
        }
        return [];
      }
      if (source.kind === 'context') return [];
      if (source.kind === 'badIndex') {
        const count = dispatch.stages.length;
        return [
          {
            line,
            message: `${what}=${text}: no hay etapa ${source.index} (${count === 1 ? 'la única es la 0' : `van de la 0 a la ${count - 1}`}). Docker responde «invalid stage index ${source.index}» antes de construir nada.`,
          },
        ];
      }
      if (source.reference !== null && looksLikeImageReference(text)) return [];
      const known = dispatch.stages.flatMap((other) => (other.name ? [other.name] : []));
      return [
        {
          line,
          message:
            `${what}=${text} no nombra ninguna etapa` +
            (known.length > 0 ? ` (hay: ${known.join(', ')})` : '') +
            ': Docker lo buscaría como imagen. Para copiar de una imagen, escribir su referencia con «:», «/» o «@».',
        },
      ];
    }),
};
