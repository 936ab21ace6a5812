/**
 * BuildKit's checks on single instructions: exec form for CMD/ENTRYPOINT, one CMD per stage,
 * MAINTAINER, relative WORKDIR, empty continuation lines, EXPOSE's format, and the experimental
 * check of description comments.
 */
import type {Instruction} from 'dockerfile-ast';
import type {Finding, Rule} from '../rule';
import {at, buildkitUrl} from '../rule';
import {execFormArgs, lineOf} from '../analyse';

/** `["a", "b"]`: a JSON array of strings, the exec form. */
export const isExecForm = (instruction: Instruction): boolean => execFormArgs(instruction) !== null;

export const jsonArgsRecommended: Rule = {
  id: 'JSONArgsRecommended',
  source: 'buildkit',
  severity: 'warning',
  title: 'CMD y ENTRYPOINT en forma exec (JSON)',
  fix: 'Escribir CMD ["programa", "argumento"]: en forma shell el proceso se ejecuta dentro de /bin/sh -c y no recibe las señales (SIGTERM) para pararse con limpieza.',
  url: buildkitUrl('JSONArgsRecommended'),
  check: ({parsed}) =>
    parsed.ast.getInstructions().flatMap((instruction) => {
      const keyword = instruction.getKeyword();
      if ((keyword !== 'CMD' && keyword !== 'ENTRYPOINT') || isExecForm(instruction)) return [];
      return [at(instruction, `${keyword} en forma shell: escribirlo como un array JSON.`)];
    }),
};

export const maintainerDeprecated: Rule = {
  id: 'MaintainerDeprecated',
  source: 'buildkit',
  severity: 'warning',
  title: 'MAINTAINER está obsoleta',
  fix: 'Usar LABEL org.opencontainers.image.authors="nombre <correo>".',
  url: buildkitUrl('MaintainerDeprecated'),
  check: ({parsed}) =>
    parsed.ast
      .getInstructions()
      .filter((instruction) => instruction.getKeyword() === 'MAINTAINER')
      .map((instruction) =>
        at(
          instruction,
          'MAINTAINER está obsoleta: mejor un LABEL org.opencontainers.image.authors.',
        ),
      ),
};

export const multipleInstructionsDisallowed: Rule = {
  id: 'MultipleInstructionsDisallowed',
  source: 'buildkit',
  severity: 'warning',
  title: 'Un solo CMD, ENTRYPOINT y HEALTHCHECK por etapa',
  fix: 'Dejar solo el último: una imagen tiene un único CMD, ENTRYPOINT y HEALTHCHECK, y los anteriores se ignoran.',
  url: buildkitUrl('MultipleInstructionsDisallowed'),
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) =>
      ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'].flatMap((keyword) => {
        const all = stage.instructions.filter(
          (instruction) => instruction.getKeyword() === keyword,
        );
        return all
          .slice(0, -1)
          .map((instruction) =>
            at(instruction, `Hay otro ${keyword} más abajo en esta etapa: este no se usará.`),
          );
      }),
    ),
};

export const workdirRelativePath: Rule = {
  id: 'WorkdirRelativePath',
  source: 'buildkit',
  severity: 'warning',
  title: 'WORKDIR con una ruta absoluta',
  fix: 'Empezar la etapa con un WORKDIR absoluto (WORKDIR /app): uno relativo depende del directorio que deje la imagen base.',
  url: buildkitUrl('WorkdirRelativePath'),
  check: ({analysis}) => {
    const absolute = new Set<number>();
    return analysis.stages.flatMap((stage) => {
      const parent = analysis.stages.find(
        (other) =>
          other.index < stage.index && other.name?.toLowerCase() === stage.base.toLowerCase(),
      );
      let hasAbsolute = parent ? absolute.has(parent.index) : false;
      const findings: Finding[] = [];
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'WORKDIR') continue;
        const path = (instruction.getArgumentsContent() ?? '').trim().replace(/^["']|["']$/g, '');
        if (/^(\/|\$|[A-Za-z]:[\\/])/.test(path)) hasAbsolute = true;
        else if (!hasAbsolute)
          findings.push(
            at(
              instruction,
              `WORKDIR «${path}» es relativa y la etapa no ha fijado antes una ruta absoluta.`,
            ),
          );
      }
      if (hasAbsolute) absolute.add(stage.index);
      return findings;
    });
  },
};

export const noEmptyContinuation: Rule = {
  id: 'NoEmptyContinuation',
  source: 'buildkit',
  severity: 'warning',
  title: 'Sin líneas vacías dentro de una instrucción continuada',
  fix: 'Quitar la línea vacía entre las líneas que terminan en «\\»: en una versión futura será un error.',
  url: buildkitUrl('NoEmptyContinuation'),
  check: ({parsed}) => {
    const escape = parsed.ast.getEscapeCharacter();
    const findings: Finding[] = [];
    let continued = false;
    parsed.lines.forEach((line, index) => {
      const trimmed = line.trim();
      const comment = trimmed.startsWith('#');
      if (continued && trimmed === '') {
        findings.push({
          line: index + 1,
          message: 'Línea vacía en medio de una instrucción continuada.',
        });
      } else if (!comment) {
        // Comment lines inside a continued instruction neither end nor continue it.
        continued = trimmed.endsWith(escape);
      }
    });
    return findings;
  },
};

function exposedPorts(instruction: Instruction): string[] {
  return instruction.getArguments().map((argument) => argument.getValue());
}

export const exposeProtoCasing: Rule = {
  id: 'ExposeProtoCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'El protocolo de EXPOSE en minúsculas',
  fix: 'Escribir EXPOSE 8080/tcp o 53/udp, con el protocolo en minúsculas.',
  url: buildkitUrl('ExposeProtoCasing'),
  check: ({parsed}) =>
    parsed.ast.getInstructions().flatMap((instruction) =>
      instruction.getKeyword() !== 'EXPOSE'
        ? []
        : exposedPorts(instruction)
            .filter((port) => /\/[a-z]*[A-Z][A-Za-z]*$/.test(port))
            .map((port) =>
              at(
                instruction,
                `«${port}»: el protocolo va en minúsculas («${port.toLowerCase()}»).`,
              ),
            ),
    ),
};

export const exposeInvalidFormat: Rule = {
  id: 'ExposeInvalidFormat',
  source: 'buildkit',
  severity: 'warning',
  title: 'EXPOSE sin IP ni puerto del anfitrión',
  fix: 'EXPOSE declara solo el puerto del contenedor (EXPOSE 8080); el puerto del anfitrión se elige al ejecutar, con docker run -p 80:8080.',
  url: buildkitUrl('ExposeInvalidFormat'),
  check: ({parsed}) =>
    parsed.ast.getInstructions().flatMap((instruction) =>
      instruction.getKeyword() !== 'EXPOSE'
        ? []
        : exposedPorts(instruction)
            .filter((port) => port.includes(':'))
            .map((port) => at(instruction, `«${port}» incluye una IP o un puerto del anfitrión.`)),
    ),
};

export const invalidDefinitionDescription: Rule = {
  id: 'InvalidDefinitionDescription',
  source: 'buildkit',
  severity: 'warning',
  experimental: true,
  title: 'El comentario sobre una etapa o un ARG empieza por su nombre',
  fix: 'Empezar el comentario por el nombre («# builder compila el binario») o dejar una línea vacía entre el comentario y la instrucción.',
  url: buildkitUrl('InvalidDefinitionDescription'),
  check: ({parsed, analysis}) => {
    const defined = [
      ...analysis.stages.flatMap((stage) =>
        stage.name && stage.instructions[0]
          ? [{instruction: stage.instructions[0], name: stage.name}]
          : [],
      ),
      ...[...analysis.preamble, ...analysis.stages.flatMap((stage) => stage.instructions)]
        .filter((instruction) => instruction.getKeyword() === 'ARG')
        .map((instruction) => ({
          instruction,
          name: (instruction.getArgumentsContent() ?? '').split(/[=\s]/)[0] ?? '',
        })),
    ];
    return defined.flatMap(({instruction, name}) => {
      const previous = parsed.lines[lineOf(instruction) - 2]?.trim() ?? '';
      if (!previous.startsWith('#') || lineOf(instruction) - 1 === parsed.check.line) return [];
      const words = previous.replace(/^#\s*/, '').split(/\s+/);
      return words[0] === name
        ? []
        : [
            at(
              instruction,
              `El comentario de encima no empieza por «${name}»: no sirve como descripción.`,
            ),
          ];
    });
  },
};
