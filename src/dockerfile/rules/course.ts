/**
 * The course's own rules, for what Docker's checks cannot see: a Dockerfile that does not
 * parse, a final image that knows no command, and a shell form in a stage whose image has no
 * such shell. They read the image facts (../images), so an image the data does not know is
 * never flagged. These fail the build.
 */
import {validate, ValidationCode} from 'dockerfile-utils';
import {isKnown, type ImageFacts} from '../images';
import {rootImage, unknownFlagText, type Dispatch, type DispatchedInstruction} from '../dispatch';
import {jsonArgs} from '../jsonArgs';
import type {ParsedDockerfile} from '../parse';
import type {Finding, Rule} from '../rule';
import {at} from '../rule';
import {CHAPTER_URL} from './chapter';

// LSP DiagnosticSeverity.Error: dockerfile-utils also reports warnings; only errors count here.
const LSP_SEVERITY_ERROR = 1;

export const syntax: Rule = {
  id: 'syntax',
  source: 'course',
  severity: 'error',
  title: 'El Dockerfile se puede analizar',
  fix: 'Corregir la instrucción: el nombre, sus argumentos o sus opciones no son válidos.',
  url: 'https://docs.docker.com/reference/dockerfile/',
  check: ({parsed, dispatch}) => {
    const findings = libraryErrors(parsed);
    // dockerfile-utils checks the flags of ADD, COPY, FROM and HEALTHCHECK only; BuildKit
    // refuses an unknown flag on any instruction that reads its flags.
    const reported = new Set(findings.map((finding) => finding.line));
    for (const [line, {keyword, unknownFlag}] of dispatch.byLine) {
      if (unknownFlag === null || reported.has(line)) continue;
      if (['ADD', 'COPY', 'FROM', 'HEALTHCHECK'].includes(keyword)) continue;
      findings.push({line, message: unknownFlagText(unknownFlag)});
    }
    return findings;
  },
};

function libraryErrors(parsed: ParsedDockerfile): Finding[] {
  return (
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
      }))
  );
}

export const noFrom: Rule = {
  id: 'no-from',
  source: 'course',
  severity: 'error',
  title: 'Un Dockerfile empieza por FROM',
  fix: 'Añadir FROM con la imagen base (FROM alpine:3.24) o FROM scratch para empezar de cero.',
  url: 'https://docs.docker.com/reference/dockerfile/#from',
  check: ({dispatch}) =>
    dispatch.stages.length === 0 ? [{line: 1, message: 'No hay ninguna instrucción FROM.'}] : [],
};

/** The stages from `index` down to the one built on an image, following FROM <stage>. */
function chain(dispatch: Dispatch, index: number): number[] {
  const stages: number[] = [];
  let current: number | null = index;
  while (current !== null && !stages.includes(current)) {
    stages.push(current);
    current = dispatch.stages[current]?.parent ?? null;
  }
  return stages;
}

const knownImage = (dispatch: Dispatch, index: number): ImageFacts | null => {
  const image = rootImage(dispatch, index);
  return image && isKnown(image) ? image : null;
};

export const finalStageNoCommand: Rule = {
  id: 'final-stage-no-command',
  source: 'course',
  severity: 'error',
  title: 'La imagen final sabe qué ejecutar',
  fix: 'scratch y las distroless static, base y cc (salvo :debug) no traen ENTRYPOINT ni CMD: añadir ENTRYPOINT ["/ruta/al/binario"].',
  url: `${CHAPTER_URL}#im%C3%A1genes-distroless`,
  check: ({dispatch}) => {
    const final = dispatch.stages.at(-1);
    if (!final) return [];
    const stages = chain(dispatch, final.index);
    const sets = stages.some((index) =>
      dispatch.stages[index]?.instructions.some(
        ({keyword}) => keyword === 'CMD' || keyword === 'ENTRYPOINT',
      ),
    );
    const image = knownImage(dispatch, final.index);
    if (sets || !image) return [];
    if (image.config.entrypoint.value.length > 0 || image.config.cmd.value.length > 0) return [];
    return [
      {
        line: final.line,
        message: `«${image.name}» no trae CMD ni ENTRYPOINT y esta etapa no los define: docker run dirá «no command specified».`,
      },
    ];
  },
};

/** The shell a stage starts with: the last SHELL of the stages it is built on, or /bin/sh -c. */
function inheritedShell(dispatch: Dispatch, stageIndex: number): string[] {
  let shell = ['/bin/sh', '-c'];
  for (const index of chain(dispatch, stageIndex).slice(1).reverse()) {
    for (const instruction of dispatch.stages[index]?.instructions ?? []) {
      if (instruction.keyword === 'SHELL') shell = jsonArgs(instruction.rest) ?? shell;
    }
  }
  return shell;
}

/** Whether the stage's image has `program`: true, false, or null when the facts do not say. */
function hasProgram(image: ImageFacts, program: string): boolean | null {
  if (program === '/bin/sh') {
    const sh = image.contents.tools.sh;
    if (sh === undefined) return null;
    // A shell elsewhere (/busybox/sh in :debug) is not /bin/sh.
    return sh.value === '/bin/sh';
  }
  for (const list of image.contents.files) {
    for (const file of list.value) {
      if (file === program || (file.endsWith('/') && program.startsWith(file))) return true;
    }
  }
  return image.contents.complete.value ? false : null;
}

/** Shell-form instructions of `keywords` whose shell the stage's image does not have. */
function shellFormsWithoutShell(
  dispatch: Dispatch,
  keywords: readonly string[],
  message: (instruction: DispatchedInstruction, shell: string, image: string) => string,
): Finding[] {
  return dispatch.stages.flatMap((stage) => {
    const image = knownImage(dispatch, stage.index);
    if (!image) return [];
    let [shell = '/bin/sh'] = inheritedShell(dispatch, stage.index);
    const findings: Finding[] = [];
    for (const instruction of stage.instructions) {
      const {keyword, rest} = instruction;
      if (keyword === 'SHELL') [shell = shell] = jsonArgs(rest) ?? [shell];
      // An unknown flag already stops BuildKit's parser, and has its own finding.
      else if (
        keywords.includes(keyword) &&
        instruction.unknownFlag === null &&
        jsonArgs(rest) === null &&
        hasProgram(image, shell) === false
      ) {
        findings.push(at(instruction, message(instruction, shell, image.name)));
      }
    }
    return findings;
  });
}

export const shellFormWithoutShell: Rule = {
  id: 'shell-form-without-shell',
  source: 'course',
  severity: 'error',
  title: 'Forma exec donde no hay shell',
  fix: 'scratch y distroless no tienen /bin/sh: escribir CMD ["/servidor", "--port", "8080"] (forma exec, un array JSON). En una imagen :debug la shell está en /busybox/sh: SHELL ["/busybox/sh", "-c"] hace que la forma shell funcione, y en static, base y cc :debug el programa va en ENTRYPOINT, porque su ENTRYPOINT /busybox/sh recibiría el CMD como un script.',
  url: `${CHAPTER_URL}#consecuencias-de-quitar-la-shell`,
  check: ({dispatch}) =>
    shellFormsWithoutShell(
      dispatch,
      ['CMD', 'ENTRYPOINT'],
      (instruction, shell, image) =>
        `${instruction.keyword} ${instruction.rest} necesita ${shell}, y «${image}» no lo tiene: el contenedor no arrancará.`,
    ),
};

export const runWithoutShell: Rule = {
  id: 'run-without-shell',
  source: 'course',
  severity: 'error',
  title: 'Nada de RUN en forma shell en una etapa sin shell',
  fix: 'Escribir RUN en forma exec (RUN ["/ruta/programa", "argumento"]) si el programa está en la imagen, o prepararlo en una etapa anterior y copiarlo con COPY --from. En una imagen :debug, SHELL ["/busybox/sh", "-c"] antes del RUN hace que la forma shell use la shell de busybox.',
  url: `${CHAPTER_URL}#consecuencias-de-quitar-la-shell`,
  check: ({dispatch}) =>
    shellFormsWithoutShell(
      dispatch,
      ['RUN'],
      (_instruction, shell, image) =>
        `RUN en forma shell necesita ${shell}, y «${image}» no lo tiene: la construcción fallará.`,
    ),
};
