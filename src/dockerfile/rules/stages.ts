/**
 * Stage names and references. BuildKit's DuplicateStageName and ReservedStageName
 * (`dockerfile2llb/validations.go`, validateStageNames: names are compared in lower case, as
 * parseBuildStageName stores them); hadolint's DL3022 and DL3023 with hadolint's meaning; and the
 * course's `from-unknown-stage`: a `--from` that names no stage, no valid index and no image
 * fails the build, and a stage cannot copy from itself (BuildKit: circular dependency).
 */
import type {Finding, Rule} from '../rule';
import {buildkitUrl, hadolintUrl} from '../rule';
import {CHAPTER_URL} from './chapter';

const RESERVED = new Set(['scratch', 'context']);

export const duplicateStageName: Rule = {
  id: 'DuplicateStageName',
  source: 'buildkit',
  severity: 'warning',
  fileScope: true,
  title: 'Cada etapa con un nombre distinto',
  fix: 'Cambiar el nombre de una de las dos etapas: con nombres repetidos, COPY --from y FROM toman la última que lleva ese nombre.',
  url: buildkitUrl('DuplicateStageName'),
  check: ({analysis}) => {
    const seen = new Map<string, number>();
    return analysis.stages.flatMap((stage): Finding[] => {
      if (!stage.name) return [];
      const key = stage.name.toLowerCase();
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
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) =>
      stage.name && RESERVED.has(stage.name.toLowerCase())
        ? [{line: stage.line, message: `«${stage.name.toLowerCase()}» es un nombre reservado.`}]
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
  check: ({analysis}) =>
    analysis.copies
      .filter((copy) => copy.kind === 'copy')
      .flatMap((copy): Finding[] => {
        const seen = analysis.stages.slice(0, copy.intoStage + 1);
        const aliases = seen.flatMap((stage) => (stage.name ? [stage.name] : []));
        const index = /^\d+$/.test(copy.from) ? Number(copy.from) : null;
        const ok =
          copy.from.replace(/^["']|["']$/g, '').includes(':') ||
          aliases.includes(copy.from) ||
          (index !== null && index < seen.length);
        return ok
          ? []
          : [
              {
                line: copy.line,
                message:
                  `«--from=${copy.from}» no nombra ninguna etapa definida antes` +
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
  check: ({analysis}) =>
    analysis.copies.flatMap((copy): Finding[] => {
      const own = analysis.stages[copy.intoStage]?.name;
      return copy.kind === 'copy' && own && own === copy.from
        ? [
            {
              line: copy.line,
              message: `«--from=${copy.from}» es la propia etapa: no puede copiar de sí misma.`,
            },
          ]
        : [];
    }),
};

export const fromUnknownStage: Rule = {
  id: 'from-unknown-stage',
  source: 'course',
  severity: 'error',
  title: '--from nombra una etapa que existe, o una imagen',
  fix: 'En COPY --from y RUN --mount=from: el nombre (AS nombre) o el número de otra etapa, o una imagen escrita con «:», «/» o «@» (golang:1.27).',
  url: `${CHAPTER_URL}#qu%C3%A9-es-una-etapa`,
  check: ({analysis}) => {
    const names = analysis.stages.map((stage) => stage.name?.toLowerCase() ?? null);
    return analysis.copies.flatMap((copy): Finding[] => {
      const what = copy.kind === 'copy' ? 'COPY --from' : 'RUN --mount=from';
      const index = /^\d+$/.test(copy.from)
        ? Number(copy.from)
        : names.indexOf(copy.from.toLowerCase());
      if (index === copy.intoStage) {
        return [
          {
            line: copy.line,
            message: `${what}=${copy.from} es la propia etapa: Docker lo rechaza por dependencia circular.`,
          },
        ];
      }
      if (index >= 0 && index < analysis.stages.length) return [];
      if (looksLikeImageReference(copy.from)) return [];
      const known = names.filter((name): name is string => !!name);
      return [
        {
          line: copy.line,
          message:
            `${what}=${copy.from} no nombra ninguna etapa` +
            (known.length > 0 ? ` (hay: ${known.join(', ')})` : '') +
            ': Docker lo buscaría como imagen. Para copiar de una imagen, escribir su referencia con «:», «/» o «@».',
        },
      ];
    });
  },
};
