/**
 * BuildKit's checks on single instructions, each as `dockerfile2llb/convert.go` runs it while
 * dispatching: exec form for CMD/ENTRYPOINT unless a SHELL is set (dispatchCmd), one CMD,
 * ENTRYPOINT and HEALTHCHECK per stage (validateUsedOnce: reported on the earlier one, silenced
 * by a comment above the later one), MAINTAINER, the first WORKDIR of a stage's chain being
 * relative, empty continuation lines (parser.go: once per instruction, on its last line),
 * EXPOSE's ports (convert_expose.go) and the experimental check of description comments.
 */
import type {Finding, Rule} from '../rule';
import {buildkitUrl} from '../rule';
import type {DispatchedInstruction} from '../dispatch';
import {jsonArgs} from '../jsonArgs';

const flattened = new WeakMap<object, DispatchedInstruction[]>();
/** Every stage's instructions in order, listed once per check for the rules that walk them. */
function stageInstructions(context: Parameters<Rule['check']>[0]): DispatchedInstruction[] {
  let list = flattened.get(context.dispatch);
  if (!list) {
    list = context.dispatch.stages.flatMap((stage) => stage.instructions);
    flattened.set(context.dispatch, list);
  }
  return list;
}

export const jsonArgsRecommended: Rule = {
  id: 'JSONArgsRecommended',
  source: 'buildkit',
  severity: 'warning',
  title: 'CMD y ENTRYPOINT en forma exec (JSON)',
  fix: 'Escribir CMD ["programa", "argumento"]: en forma shell el proceso se ejecuta dentro de /bin/sh -c y no recibe las señales (SIGTERM) que le piden terminar de forma ordenada. Si la etapa fija su shell con SHELL, Docker no avisa.',
  url: buildkitUrl('JSONArgsRecommended'),
  check: (context) =>
    stageInstructions(context).flatMap(({keyword, rest, shellSet, lines}): Finding[] =>
      (keyword === 'CMD' || keyword === 'ENTRYPOINT') && jsonArgs(rest) === null && !shellSet
        ? [
            {
              line: lines.start,
              message: `${keyword} en forma shell: escribirlo como un array JSON.`,
            },
          ]
        : [],
    ),
};

export const maintainerDeprecated: Rule = {
  id: 'MaintainerDeprecated',
  source: 'buildkit',
  severity: 'warning',
  title: 'MAINTAINER está obsoleta',
  fix: 'Usar LABEL org.opencontainers.image.authors="nombre <correo>".',
  url: buildkitUrl('MaintainerDeprecated'),
  check: (context) =>
    stageInstructions(context)
      .filter(({keyword}) => keyword === 'MAINTAINER')
      .map(({lines}) => ({
        line: lines.start,
        message: 'MAINTAINER está obsoleta: mejor un LABEL org.opencontainers.image.authors.',
      })),
};

export const multipleInstructionsDisallowed: Rule = {
  id: 'MultipleInstructionsDisallowed',
  source: 'buildkit',
  severity: 'warning',
  title: 'Un solo CMD, ENTRYPOINT y HEALTHCHECK por etapa',
  fix: 'Dejar solo el último: una imagen tiene un único CMD, ENTRYPOINT y HEALTHCHECK, y los anteriores se ignoran.',
  url: buildkitUrl('MultipleInstructionsDisallowed'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap((stage) =>
      ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'].flatMap((keyword) => {
        const all = stage.instructions.filter((item) => item.keyword === keyword);
        return all.slice(0, -1).map((item, i) => ({
          line: item.lines.start,
          message: `Hay otro ${keyword} más abajo en esta etapa: este no se usará.`,
          scope: all[i + 1]?.lines.start,
        }));
      }),
    ),
};

export const workdirRelativePath: Rule = {
  id: 'WorkdirRelativePath',
  source: 'buildkit',
  severity: 'warning',
  title: 'El primer WORKDIR, con una ruta absoluta',
  fix: 'Empezar con un WORKDIR absoluto (WORKDIR /app): uno relativo depende del directorio que deje la imagen base. Los siguientes pueden ser relativos.',
  url: buildkitUrl('WorkdirRelativePath'),
  check: (context) =>
    stageInstructions(context).flatMap(({keyword, workdirSet, expanded, lines}): Finding[] => {
      const path = expanded[0] ?? '';
      return keyword === 'WORKDIR' && !workdirSet && !path.startsWith('/')
        ? [
            {
              line: lines.start,
              message: `La ruta «${path}» de WORKDIR es relativa, y es el primer WORKDIR de la etapa (ni ella ni su etapa base habían fijado uno).`,
            },
          ]
        : [];
    }),
};

export const noEmptyContinuation: Rule = {
  id: 'NoEmptyContinuation',
  source: 'buildkit',
  severity: 'warning',
  fileScope: true,
  title: 'Sin líneas vacías dentro de una instrucción continuada',
  fix: 'Quitar la línea vacía entre las líneas que terminan en «\\»: en una versión futura será un error.',
  url: buildkitUrl('NoEmptyContinuation'),
  check: ({dispatch}) =>
    dispatch.lines
      .filter((lines) => lines.emptyContinuation)
      .map((lines) => ({
        line: lines.end,
        message: `La instrucción que empieza en la línea ${lines.start} tiene una línea vacía en medio de su continuación.`,
      })),
};

/** `[ip:][hostPort:]port[/proto]` as convert_expose.go splits it; null where Docker errs. */
function portParts(spec: string): {proto: string; mapped: boolean} | null {
  const parts = spec.split(':');
  const container = parts.at(-1) ?? '';
  const mapped = parts.length > 1 && parts.slice(0, -1).some((part) => part !== '');
  const [port = '', proto = ''] = container.split(/\/(.*)/s);
  if (port === '' || !['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return null;
  return {proto, mapped};
}

function exposeFindings(
  context: Parameters<Rule['check']>[0],
  pick: (spec: string, parts: {proto: string; mapped: boolean}) => string | null,
): Finding[] {
  return stageInstructions(context).flatMap(({keyword, expanded, lines}) =>
    keyword !== 'EXPOSE'
      ? []
      : expanded.flatMap((spec) => {
          const parts = portParts(spec);
          const message = parts ? pick(spec, parts) : null;
          return message ? [{line: lines.start, message}] : [];
        }),
  );
}

export const exposeProtoCasing: Rule = {
  id: 'ExposeProtoCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'El protocolo de EXPOSE en minúsculas',
  fix: 'Escribir EXPOSE 8080/tcp o 53/udp, con el protocolo en minúsculas.',
  url: buildkitUrl('ExposeProtoCasing'),
  check: (context) =>
    exposeFindings(context, (spec, {proto}) =>
      proto === proto.toLowerCase()
        ? null
        : `«${spec}»: el protocolo va en minúsculas («${proto.toLowerCase()}»).`,
    ),
};

export const exposeInvalidFormat: Rule = {
  id: 'ExposeInvalidFormat',
  source: 'buildkit',
  severity: 'warning',
  title: 'EXPOSE sin IP ni puerto del anfitrión',
  fix: 'EXPOSE declara solo el puerto del contenedor (EXPOSE 8080); el puerto del anfitrión se elige al ejecutar, con docker run -p 80:8080.',
  url: buildkitUrl('ExposeInvalidFormat'),
  check: (context) =>
    exposeFindings(context, (spec, {mapped}) =>
      mapped ? `«${spec}» incluye una IP o un puerto del anfitrión.` : null,
    ),
};

export const invalidDefinitionDescription: Rule = {
  id: 'InvalidDefinitionDescription',
  source: 'buildkit',
  severity: 'warning',
  experimental: true,
  title: 'El comentario sobre una etapa o un ARG empieza por su nombre',
  fix: 'Empezar el comentario por el nombre («# builder compila el binario») o separarlo de la instrucción con una línea que sea solo «#».',
  url: buildkitUrl('InvalidDefinitionDescription'),
  check: ({dispatch}) => {
    const all = [...dispatch.preamble, ...dispatch.stages.flatMap((stage) => stage.instructions)];
    return all.flatMap(({keyword, definitions, lines, stage}): Finding[] => {
      const comment = lines.comments.at(-1);
      if (comment === undefined) return [];
      let keys: string[] = [];
      if (keyword === 'ARG') keys = definitions.map(({key}) => key);
      else if (keyword === 'FROM') {
        const name = dispatch.stages[stage]?.name;
        keys = name ? [name] : [];
      }
      if (keys.length === 0 || keys.includes(comment.split(' ')[0] ?? '')) return [];
      const example = keys.length > 1 ? '<nombre>' : (keys[0] ?? '');
      return [
        {
          line: lines.start,
          message: `El comentario de encima no empieza por «${example}»: no sirve como descripción de ${keyword}.`,
        },
      ];
    });
  },
};
