/**
 * The course's own rules, for what Docker's checks cannot see: a Dockerfile that does not
 * parse, and the shell that scratch and distroless images do not have. These fail the build.
 */
import {validate, ValidationCode} from 'dockerfile-utils';
import type {Rule} from '../rule';
import {at} from '../rule';
import {isExecForm} from './instructions';
import {CHAPTER_URL} from './chapter';

// LSP DiagnosticSeverity.Error: dockerfile-utils also reports warnings; only errors count here.
const LSP_SEVERITY_ERROR = 1;

/** Final images that start no program by themselves: the Dockerfile must name one. */
const NO_ENTRYPOINT =
  /^(?:scratch|gcr\.io\/distroless\/(?:static|base|base-nossl|cc)(?:-debian\d+)?(?::.*)?)$/i;

export const syntax: Rule = {
  id: 'syntax',
  source: 'course',
  severity: 'error',
  title: 'El Dockerfile se puede analizar',
  fix: 'Corregir la instrucción: el nombre, sus argumentos o sus opciones no son válidos.',
  url: 'https://docs.docker.com/reference/dockerfile/',
  check: ({parsed}) =>
    validate(parsed.source, {})
      .filter((diagnostic) => diagnostic.severity === LSP_SEVERITY_ERROR)
      // Reported by Docker's own rules under their names (DuplicateStageName, and
      // ExposeInvalidFormat for a port with an IP or a host port): not repeated as syntax. A
      // port from a variable may hold several (BuildKit splits it into words after expanding).
      .filter((diagnostic) => {
        if (diagnostic.code === ValidationCode.DUPLICATE_BUILD_STAGE_NAME) return false;
        if (diagnostic.code !== ValidationCode.INVALID_PORT) return true;
        const {start, end} = diagnostic.range;
        const text = parsed.lines[start.line]?.slice(start.character, end.character) ?? '';
        return !text.includes(':') && !text.includes('$');
      })
      .map((diagnostic) => ({
        line: diagnostic.range.start.line + 1,
        message:
          typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
      })),
};

export const noFrom: Rule = {
  id: 'no-from',
  source: 'course',
  severity: 'error',
  title: 'Un Dockerfile empieza por FROM',
  fix: 'Añadir FROM con la imagen base (FROM alpine:3.24) o FROM scratch para empezar de cero.',
  url: 'https://docs.docker.com/reference/dockerfile/#from',
  check: ({analysis}) =>
    analysis.stages.length === 0 ? [{line: 1, message: 'No hay ninguna instrucción FROM.'}] : [],
};

export const finalStageNoCommand: Rule = {
  id: 'final-stage-no-command',
  source: 'course',
  severity: 'error',
  title: 'La imagen final sabe qué ejecutar',
  fix: 'scratch y las distroless static, base y cc no traen punto de entrada: añadir ENTRYPOINT ["/ruta/al/binario"].',
  url: `${CHAPTER_URL}#im%C3%A1genes-distroless`,
  check: ({analysis}) => {
    const final = analysis.stages.at(-1);
    if (!final || !NO_ENTRYPOINT.test(final.base)) return [];
    const hasCommand = final.instructions.some((instruction) =>
      ['CMD', 'ENTRYPOINT'].includes(instruction.getKeyword()),
    );
    return hasCommand
      ? []
      : [
          {
            line: final.line,
            message: `«${final.base}» no trae CMD ni ENTRYPOINT y esta etapa no los define.`,
          },
        ];
  },
};

export const shellFormWithoutShell: Rule = {
  id: 'shell-form-without-shell',
  source: 'course',
  severity: 'error',
  title: 'Forma exec donde no hay shell',
  fix: 'En scratch y distroless no hay /bin/sh (tampoco en :debug, cuya shell está en /busybox/sh): escribir CMD ["./server"] (forma exec, un array JSON).',
  url: `${CHAPTER_URL}#consecuencias-de-quitar-la-shell`,
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) =>
      stage.withoutShell
        ? stage.instructions
            .filter((instruction) => ['CMD', 'ENTRYPOINT'].includes(instruction.getKeyword()))
            .filter((instruction) => !isExecForm(instruction))
            .map((instruction) =>
              at(
                instruction,
                `${instruction.getKeyword()} ${(instruction.getArgumentsContent() ?? '').trim()} necesita /bin/sh, y «${stage.base}» no lo tiene: el contenedor no arrancará.`,
              ),
            )
        : [],
    ),
};

export const runWithoutShell: Rule = {
  id: 'run-without-shell',
  source: 'course',
  severity: 'error',
  title: 'Nada de RUN en forma shell en una etapa sin shell',
  fix: 'Escribir RUN en forma exec (RUN ["/ruta/programa", "argumento"]) si el programa está en la imagen, o prepararlo en una etapa anterior y copiarlo con COPY --from. La variante :debug no sirve: su shell está en /busybox/sh, no en /bin/sh.',
  url: `${CHAPTER_URL}#consecuencias-de-quitar-la-shell`,
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) =>
      stage.withoutShell
        ? stage.instructions
            .filter((instruction) => instruction.getKeyword() === 'RUN' && !isExecForm(instruction))
            .map((instruction) =>
              at(
                instruction,
                `RUN en forma shell necesita /bin/sh, y «${stage.base}» no lo tiene: la construcción fallará.`,
              ),
            )
        : [],
    ),
};
