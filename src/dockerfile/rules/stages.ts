/**
 * Stage names and references: BuildKit's DuplicateStageName and ReservedStageName, hadolint's
 * DL3022 (COPY --from an earlier stage) and DL3023 (not its own), and the same for
 * RUN --mount=from, which hadolint does not cover.
 */
import type {Rule, RuleContext, Finding} from '../rule';
import {buildkitUrl, hadolintUrl} from '../rule';

const RESERVED = ['scratch', 'context'];

export const duplicateStageName: Rule = {
  id: 'DuplicateStageName',
  source: 'buildkit',
  severity: 'error',
  title: 'Cada etapa con un nombre distinto',
  fix: 'Cambiar el nombre de una de las dos etapas: con nombres repetidos, COPY --from no sabe de cuál copiar.',
  url: buildkitUrl('DuplicateStageName'),
  check: ({analysis}) => {
    const seen = new Map<string, number>();
    return analysis.stages.flatMap((stage) => {
      if (!stage.name) return [];
      const key = stage.name.toLowerCase();
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, stage.line);
        return [];
      }
      return [
        {
          line: stage.line,
          message: `La etapa «${stage.name}» ya existe en la línea ${earlier}.`,
        },
      ];
    });
  },
};

export const reservedStageName: Rule = {
  id: 'ReservedStageName',
  source: 'buildkit',
  severity: 'warning',
  title: 'scratch y context no sirven como nombre de etapa',
  fix: 'Elegir otro nombre: «scratch» es la imagen vacía y «context», el contexto de construcción.',
  url: buildkitUrl('ReservedStageName'),
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) =>
      stage.name && RESERVED.includes(stage.name.toLowerCase())
        ? [{line: stage.line, message: `«${stage.name}» es un nombre reservado.`}]
        : [],
    ),
};

/** An image reference has a registry, a tag or a digest; a bare word names a stage. */
export function looksLikeImageReference(value: string): boolean {
  return /[:/@]/.test(value);
}

function earlierStageProblems(
  {analysis}: RuleContext,
  kind: 'copy' | 'mount',
  own: boolean,
): Finding[] {
  const names = analysis.stages.map((stage) => stage.name?.toLowerCase() ?? null);
  return analysis.copies.flatMap((copy) => {
    if (copy.kind !== kind) return [];
    const from = copy.from;
    const index = /^\d+$/.test(from) ? Number(from) : names.indexOf(from.toLowerCase());
    if (index === -1) {
      if (own || looksLikeImageReference(from)) return [];
      const known = names.slice(0, copy.intoStage).filter((name): name is string => !!name);
      return [
        {
          line: copy.line,
          message:
            `«--from=${from}» no nombra ninguna etapa anterior` +
            (known.length > 0
              ? ` (hay: ${known.join(', ')}).`
              : ' (ninguna etapa anterior tiene nombre).') +
            ' Para copiar de una imagen, escribir su referencia con «:», «/» o «@».',
        },
      ];
    }
    if (own) {
      return index === copy.intoStage
        ? [
            {
              line: copy.line,
              message: `«--from=${from}» es la propia etapa: no puede copiar de sí misma.`,
            },
          ]
        : [];
    }
    return index > copy.intoStage
      ? [
          {
            line: copy.line,
            message: `«--from=${from}» es una etapa posterior: solo se puede copiar de las anteriores.`,
          },
        ]
      : [];
  });
}

export const copyFromEarlierStage: Rule = {
  id: 'DL3022',
  source: 'hadolint',
  severity: 'error',
  title: 'COPY --from nombra una etapa anterior',
  fix: 'Usar el nombre (AS nombre) o el número de una etapa anterior, o la referencia completa de una imagen.',
  url: hadolintUrl('DL3022'),
  check: (context) => earlierStageProblems(context, 'copy', false),
};

export const copyFromOwnStage: Rule = {
  id: 'DL3023',
  source: 'hadolint',
  severity: 'error',
  title: 'COPY --from no puede nombrar su propia etapa',
  fix: 'Copiar de la etapa anterior que generó los archivos, no de la propia etapa.',
  url: hadolintUrl('DL3023'),
  check: (context) => earlierStageProblems(context, 'copy', true),
};

export const mountFromEarlierStage: Rule = {
  id: 'mount-from-unknown-stage',
  source: 'course',
  severity: 'error',
  title: 'RUN --mount=from nombra una etapa anterior',
  fix: 'Como en COPY --from: el nombre o el número de una etapa anterior, o una imagen con «:», «/» o «@».',
  url: 'https://docs.docker.com/reference/dockerfile/#run---mount',
  check: (context) => [
    ...earlierStageProblems(context, 'mount', false),
    ...earlierStageProblems(context, 'mount', true),
  ],
};
