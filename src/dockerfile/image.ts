/**
 * A model of the image a Dockerfile publishes, and a dry run of `docker run` on it: which stages
 * the target needs, which files each COPY puts where (relative to WORKDIR) and from which stage,
 * the command the container runs (ENTRYPOINT and CMD combined, with the base image's own and the
 * shell of the shell form), the user, and how each published binary was linked. Built on the
 * checker's analysis and dispatch; the lab grades its exercises on it and shows it to the reader
 * («Al ejecutar»). It claims a failure only where it knows the image (./imageFacts.ts).
 */
import type {DockerfileAnalysis} from './analyse';
import type {Dispatch, DispatchedInstruction} from './dispatch';
import {imageFacts, type ImageFacts, type Libc} from './imageFacts';
import {parseImageReference, type ImageReference} from './imageReference';
import {jsonArgs} from './jsonArgs';
import type {StageGraph} from './stageGraph';

export interface PublishedFile {
  /** Absolute path in the image; a copied directory stands for everything under it. */
  readonly path: string;
  /** The stage it was copied from, or `context` (the build context), or an image reference. */
  readonly from: number | 'context' | string;
  /** The path in its source. */
  readonly source: string;
  readonly line: number;
  /**
   * Something was copied into this directory whose names the model cannot know (a directory's
   * contents, the build context): a path under it may exist.
   */
  readonly contents?: boolean;
}

/** How a native program was linked, from the RUN that built it. */
interface Linking {
  readonly tool: 'go' | 'cargo' | 'cc';
  /** `static` needs nothing; otherwise the C library (and libgcc_s) it loads at start. */
  readonly libc: 'static' | 'glibc' | 'musl';
  readonly libgcc: boolean;
  readonly line: number;
}

export interface StageImage {
  readonly index: number;
  readonly name: string | null;
  /** The image at the root of the FROM chain; null when it does not parse. */
  readonly reference: ImageReference | 'scratch' | null;
  readonly facts: ImageFacts;
  readonly parent: number | null;
  readonly files: readonly PublishedFile[];
  readonly workdir: string;
  readonly user: string;
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  /** ENV and ARG values at the end of the stage (those RUN sees), as written. */
  readonly env: ReadonlyMap<string, string>;
  /** RUN commands of the stage and its parents, with the ENV and ARG they see. */
  readonly runs: readonly {
    readonly text: string;
    readonly env: ReadonlyMap<string, string>;
    readonly line: number;
  }[];
}

export interface ImageModel {
  readonly target: number;
  /** Stages BuildKit builds for the target (the others are skipped). */
  readonly needed: readonly boolean[];
  readonly stages: readonly StageImage[];
  readonly final: StageImage;
  /** ENTRYPOINT followed by CMD: what `docker run` starts. */
  readonly argv: readonly string[];
}

const join = (directory: string, path: string): string => {
  if (path.startsWith('/')) return normalise(path);
  return normalise(`${directory.replace(/\/+$/, '')}/${path}`);
};

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

const basename = (path: string): string => path.replace(/\/+$/, '').split('/').at(-1) ?? '';

/** The words of CMD/ENTRYPOINT: exec form as written, shell form wrapped in the shell. */
function commandArgs(rest: string, shell: readonly string[]): string[] {
  return jsonArgs(rest) ?? [...shell, rest];
}

function stageImage(
  index: number,
  dispatch: Dispatch,
  analysis: DockerfileAnalysis,
  built: readonly StageImage[],
): StageImage {
  const stage = dispatch.stages[index];
  const parent = stage?.parent ?? null;
  const inherited = parent === null ? undefined : built[parent];
  const base = stage?.base ?? null;
  const reference = inherited
    ? inherited.reference
    : base === 'scratch'
      ? 'scratch'
      : base === null
        ? null
        : parseImageReference(base);
  const facts = inherited?.facts ?? imageFacts(reference);
  let workdir = inherited?.workdir ?? facts.workdir;
  let user = inherited?.user ?? facts.user;
  let entrypoint = inherited?.entrypoint ?? facts.entrypoint;
  let cmd = inherited?.cmd ?? facts.cmd;
  let shell: readonly string[] = ['/bin/sh', '-c'];
  const files = [...(inherited?.files ?? [])];
  const runs = [...(inherited?.runs ?? [])];
  const env = new Map(inherited?.env);
  let cmdSet = false;
  const names = analysis.stages.map((other) => other.name?.toLowerCase() ?? null);
  for (const instruction of stage?.instructions.slice(1) ?? []) {
    const {keyword, rest, expanded, definitions} = instruction;
    switch (keyword) {
      case 'WORKDIR':
        workdir = join(workdir, expanded[0] ?? '');
        break;
      case 'USER':
        user = expanded[0] ?? '';
        break;
      case 'ENV':
      case 'ARG':
        for (const {key, value} of definitions) if (value !== null) env.set(key, value);
        break;
      case 'SHELL':
        shell = jsonArgs(rest) ?? shell;
        break;
      case 'CMD':
        cmd = commandArgs(rest, shell);
        cmdSet = true;
        break;
      case 'ENTRYPOINT':
        entrypoint = commandArgs(rest, shell);
        if (!cmdSet) cmd = [];
        break;
      case 'RUN':
        runs.push({text: rest, env: new Map(env), line: instruction.lines.start});
        break;
      case 'COPY':
      case 'ADD':
        files.push(...copied(instruction, workdir, names));
        break;
      default:
        break;
    }
  }
  return {
    index,
    name: stage?.name ?? null,
    reference,
    facts,
    parent,
    files,
    workdir,
    user,
    entrypoint,
    cmd,
    env,
    runs,
  };
}

function copied(
  instruction: DispatchedInstruction,
  workdir: string,
  names: readonly (string | null)[],
): PublishedFile[] {
  const words = instruction.expanded.filter((word) => !word.startsWith('<<'));
  if (words.length < 2) return [];
  const sources = words.slice(0, -1);
  const destination = words.at(-1) ?? '';
  const into = destination.endsWith('/') || sources.length > 1;
  const fromFlag = instruction.flags.get('from')?.[0];
  let from: PublishedFile['from'] = 'context';
  if (fromFlag !== undefined) {
    const index = /^\d+$/.test(fromFlag) ? Number(fromFlag) : names.indexOf(fromFlag.toLowerCase());
    from = index >= 0 ? index : fromFlag;
  }
  const line = instruction.lines.start;
  return sources.flatMap((source): PublishedFile[] => {
    const origin = from === 'context' ? source : join('/', source);
    const directory = /\/$|^\.$|[*?[]/.test(source);
    // COPY copies a directory's contents, not the directory: the names are not known here.
    if (directory)
      return [{path: join(workdir, destination), from, source: origin, line, contents: true}];
    if (!into) return [{path: join(workdir, destination), from, source: origin, line}];
    const named = {
      path: join(workdir, `${destination}/${basename(source)}`),
      from,
      source: origin,
      line,
    };
    // A source without an extension may be a directory, whose contents land in the destination.
    return basename(source).includes('.')
      ? [named]
      : [named, {path: join(workdir, destination), from, source: origin, line, contents: true}];
  });
}

export function imageModel(
  analysis: DockerfileAnalysis,
  dispatch: Dispatch,
  graph: StageGraph,
): ImageModel | null {
  const stages: StageImage[] = [];
  for (const stage of dispatch.stages)
    stages.push(stageImage(stage.index, dispatch, analysis, stages));
  const final = stages[graph.target];
  if (!final) return null;
  return {
    target: graph.target,
    needed: graph.needed,
    stages,
    final,
    argv: [...final.entrypoint, ...final.cmd],
  };
}

/** The file at `path` in the stage: the published entry and the rest of its path inside it. */
export function findFile(
  stage: StageImage,
  path: string,
): {file: PublishedFile; inside: string} | null {
  const files = [...stage.files].reverse();
  // A file copied by name wins over a directory whose contents are unknown.
  for (const file of [...files.filter((f) => !f.contents), ...files.filter((f) => f.contents)]) {
    if (path === file.path) return {file, inside: ''};
    if (path.startsWith(`${file.path === '/' ? '' : file.path}/`))
      return {file, inside: path.slice(file.path.length)};
  }
  return null;
}

/** Whether a path exists in the stage: true, false, or null when the image is not known. */
function exists(stage: StageImage, path: string): boolean | null {
  if (findFile(stage, path)) return true;
  // A known path ending in «/» is a tree: everything under it exists too.
  const known = stage.facts.files.some((file) =>
    file.endsWith('/') ? path === file.slice(0, -1) || path.startsWith(file) : path === file,
  );
  if (known) return true;
  return stage.facts.known ? false : null;
}

const GO_BUILD = /\bgo\s+build\b/;
const CARGO_BUILD = /\bcargo\s+(?:build|install)\b/;
const C_BUILD = /(?:^|[\s;&|(])(?:gcc|g\+\+|cc|c\+\+|clang\+\+|clang|make|cmake)(?=\s|$)/;
const CXX_BUILD = /(?:^|[\s;&|(])(?:g\+\+|c\+\+|clang\+\+)(?=\s|$)/;

/** How the stage's build links the programs it makes (the last build command that says). */
function linking(stage: StageImage): Linking | null {
  const musl = stage.facts.libc === 'musl';
  for (const run of [...stage.runs].reverse()) {
    const {text, env, line} = run;
    if (GO_BUILD.test(text)) {
      const inline = /\bCGO_ENABLED=(\S+)/.exec(text.slice(0, text.search(GO_BUILD)))?.[1];
      const cgo = (inline ?? env.get('CGO_ENABLED') ?? (stage.facts.cc ? '1' : '0')) !== '0';
      const forcedStatic = /-extldflags[=\s]+['"]?-static/.test(text);
      return {
        tool: 'go',
        libc: !cgo || forcedStatic ? 'static' : musl ? 'musl' : 'glibc',
        libgcc: false,
        line,
      };
    }
    if (CARGO_BUILD.test(text)) {
      const muslTarget = /--target[=\s]+\S*musl/.test(text) || musl;
      return {tool: 'cargo', libc: muslTarget ? 'static' : 'glibc', libgcc: !muslTarget, line};
    }
    if (C_BUILD.test(text) && !/\b(?:apt-get|apk)\b/.test(text)) {
      const isStatic = /(?:^|\s)-static(?:\s|$)/.test(text) || /LDFLAGS=\S*-static/.test(text);
      return {
        tool: 'cc',
        libc: isStatic ? 'static' : musl ? 'musl' : 'glibc',
        libgcc: CXX_BUILD.test(text),
        line,
      };
    }
  }
  return null;
}

/** The first thing `docker run` trips on, in Spanish and with Docker's own error text. */
export interface RunFailure {
  readonly reason: string;
  /** What docker run prints, as it prints it. */
  readonly error: string;
}

const PATH_DIRECTORIES = [
  '/usr/local/sbin',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/bin',
  '/sbin',
  '/bin',
];

/**
 * Where the runtime finds `program` in the stage: a name without «/» is looked up in PATH (the
 * directories the Dockerfile's ENV adds, then the usual ones), preferring a file known to be
 * there; a path is taken from WORKDIR. Null when no PATH directory can hold it.
 */
export function programPath(stage: StageImage, program: string): string | null {
  if (program.includes('/')) return join(stage.workdir, program);
  const added = (stage.env.get('PATH') ?? '').split(':').filter((dir) => dir.startsWith('/'));
  const candidates = [...new Set([...added, ...PATH_DIRECTORIES])].map(
    (directory) => `${directory}/${program}`,
  );
  return (
    candidates.find((candidate) => exists(stage, candidate) === true) ??
    candidates.find((candidate) => exists(stage, candidate) === null) ??
    null
  );
}

/** The path `path` names in the stage: absolute, or under its WORKDIR. */
export function pathIn(stage: StageImage, path: string): string {
  return join(stage.workdir, path);
}

/** «no trae ninguna biblioteca de C», «trae musl». */
function libcPhrase(libc: Libc): string {
  return libc === 'none' ? 'no trae ninguna biblioteca de C' : `trae ${libc}`;
}

/** A dry run of `docker run <image>` with no arguments: null when nothing known stops it. */
export function dryRun(model: ImageModel): RunFailure | null {
  const {final, argv} = model;
  const [program] = argv;
  if (program === undefined || program === '') {
    return {
      reason: 'La imagen no tiene ENTRYPOINT ni CMD: docker run no sabe qué ejecutar.',
      error: 'no command specified',
    };
  }
  const name = final.user.split(':')[0] ?? '';
  if (
    name !== '' &&
    !/^\d+$/.test(name) &&
    final.facts.users !== null &&
    !final.facts.users.includes(name)
  ) {
    const passwd = findFile(final, '/etc/passwd');
    if (!passwd) {
      return {
        reason: `USER ${name}: la imagen no tiene ese usuario en /etc/passwd. Un usuario por número (USER 65532) no lo necesita.`,
        error: `unable to find user ${name}: no matching entries in passwd file`,
      };
    }
  }
  const path = programPath(final, program);
  if (path === null) {
    return {
      reason: `«${program}» no es una ruta y no está en ningún directorio del PATH de la imagen.`,
      error: `exec: "${program}": executable file not found in $PATH`,
    };
  }
  if (exists(final, path) === false) {
    return {
      reason: program.includes(' ')
        ? `El primer elemento de la forma exec es el nombre de un archivo: «${program}», con espacios, no existe. Cada argumento va en su propio elemento del array.`
        : `${path} no existe en la imagen publicada${program === '/bin/sh' ? ' (no tiene shell: la forma shell de CMD y ENTRYPOINT la necesita)' : ''}.`,
      error: `exec ${program}: no such file or directory`,
    };
  }
  // A binary that cannot be loaded fails before any interpreter reads its arguments.
  return linkFailure(model, path) ?? runtimeFailure(model, path, argv);
}

/** A native program from a build stage that the final image cannot load. */
function linkFailure(model: ImageModel, path: string): RunFailure | null {
  const {final} = model;
  const found = findFile(final, path);
  if (!found || typeof found.file.from !== 'number') return null;
  const origin = model.stages[found.file.from];
  const linked = origin ? linking(origin) : null;
  if (!linked || linked.libc === 'static' || !final.facts.known) return null;
  if (final.facts.libc !== linked.libc) {
    return {
      reason: `${path} se enlazó con ${linked.libc} (${linked.tool === 'go' ? 'go build con cgo: la imagen de compilación tiene gcc y no se fijó CGO_ENABLED=0' : linked.tool === 'cargo' ? 'cargo build' : 'el compilador de C'}, línea ${linked.line}) y la imagen final ${libcPhrase(final.facts.libc)}: el cargador dinámico no existe y el programa no arranca.`,
      error: `exec ${path}: no such file or directory`,
    };
  }
  if (linked.libgcc && !final.facts.libgcc) {
    return {
      reason: `${path} necesita libgcc_s (${linked.tool === 'cargo' ? 'Rust' : 'C++'} la carga al arrancar) y la imagen final no la trae: distroless cc sí.`,
      error: `${path}: error while loading shared libraries: libgcc_s.so.1: cannot open shared object file: No such file or directory`,
    };
  }
  return null;
}

/** A Java .jar built for a newer Java, or a venv whose interpreter is not in the final image. */
function runtimeFailure(
  model: ImageModel,
  path: string,
  argv: readonly string[],
): RunFailure | null {
  const {final} = model;
  if (final.facts.java !== null && argv.includes('-jar')) {
    const jar = argv[argv.indexOf('-jar') + 1];
    const found = jar ? findFile(final, join(final.workdir, jar)) : null;
    if (jar && exists(final, join(final.workdir, jar)) === false) {
      const repeated = /(?:^|\/)java$/.test(jar) && final.entrypoint[0] === path;
      return {
        reason: repeated
          ? `La imagen ya ejecuta ${final.entrypoint.join(' ')}: con CMD ["java", "-jar", …], «java» pasa a ser el .jar. CMD solo lleva el .jar.`
          : `java -jar busca ${join(final.workdir, jar)} y no está en la imagen.`,
        error: `Error: Unable to access jarfile ${jar}`,
      };
    }
    const origin =
      found && typeof found.file.from === 'number' ? model.stages[found.file.from] : null;
    const built = origin?.facts.java ?? null;
    if (built !== null && built > final.facts.java) {
      return {
        reason: `El .jar se compiló con Java ${built} y la imagen ejecuta Java ${final.facts.java}: una versión antigua no carga clases más nuevas.`,
        error: `Exception in thread "main" java.lang.UnsupportedClassVersionError: … has been compiled by a more recent version of the Java Runtime (class file version ${built + 44}.0), this version of the Java Runtime only recognizes class file versions up to ${final.facts.java + 44}.0`,
      };
    }
  }
  const venv = findFile(final, path);
  if (venv && typeof venv.file.from === 'number' && /\/bin\/python3?(?:\.\d+)?$/.test(path)) {
    const origin = model.stages[venv.file.from];
    const interpreter = origin?.facts.python;
    if (origin && interpreter && origin.runs.some((run) => /-m\s+venv\b/.test(run.text))) {
      const available = final.facts.python;
      if (exists(final, interpreter.path) === false) {
        return {
          reason: `${path} es un enlace al intérprete con el que se creó el entorno, ${interpreter.path}, y en la imagen final no existe.`,
          error: `exec ${path}: no such file or directory`,
        };
      }
      if (available && available.version !== interpreter.version) {
        return {
          reason: `El entorno se creó con Python ${interpreter.version} y la imagen trae Python ${available.version}: sus paquetes están en lib/python${interpreter.version} y este intérprete no los busca allí.`,
          error: `ModuleNotFoundError: No module named …`,
        };
      }
    }
  }
  const script = argv[1];
  const interpreter = /\/(?:node|python3?(?:\.\d+)?)$/.exec(path)?.[0];
  if (interpreter && script && !script.startsWith('-')) {
    const scriptPath = join(final.workdir, script);
    if (exists(final, scriptPath) === false) {
      const node = interpreter === '/node';
      return {
        reason: `${node ? 'node' : 'python'} recibe «${script}» como programa y ${scriptPath} no está en la imagen${final.entrypoint.length > 0 && final.cmd.length > 0 && final.entrypoint[0] === path ? ` (la imagen ya ejecuta ${path}: CMD solo lleva el script)` : ''}.`,
        error: node
          ? `Error: Cannot find module '${scriptPath}'`
          : `${path}: can't open file '${scriptPath}': [Errno 2] No such file or directory`,
      };
    }
  }
  return null;
}
