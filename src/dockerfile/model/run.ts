/**
 * `docker run <image>` with no arguments, modelled on what the published stage holds: the
 * daemon's checks (a command to run, the user and group in /etc/passwd and /etc/group), runc's
 * two phases (the program looked up when the container is created; the ELF loader and its
 * libraries when it starts) and the runtimes' own first checks (java -jar, node, python). Each
 * failure carries the text Docker or the runtime prints; what the model cannot know is said.
 */
import {isKnown} from '../images';
import type {BuildModel, StageModel, Step} from './build';
import {basename, dirname, joinPath, type Artifact, type Stat} from './fs';
import {RUN_TEXTS} from './texts';

/** When Docker trips: building, creating the container (runc init), starting it, or the program. */
export type Phase = 'build' | 'create' | 'start' | 'runtime';

export type RunVerdict =
  | {readonly kind: 'starts'; readonly argv: readonly string[]}
  | {
      readonly kind: 'fails';
      readonly phase: Phase;
      /** Spanish: what goes wrong. */
      readonly reason: string;
      /** What Docker or the runtime prints. */
      readonly error: string;
      /** Checks Docker makes before this one that the model cannot decide. */
      readonly unknownBefore: readonly string[];
      readonly step?: Step;
    }
  | {readonly kind: 'unknown'; readonly unknowns: readonly string[]};

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);

const create = (error: string): string => fill(RUN_TEXTS.createFailed.value, {error});

type Check =
  | {readonly kind: 'ok'; readonly path?: string; readonly node?: Stat}
  | {readonly kind: 'fails'; readonly phase: Phase; readonly reason: string; readonly error: string}
  | {readonly kind: 'unknown'; readonly why: string};

/** A user or group name (or id) as /etc/passwd or /etc/group of the stage knows it. */
function account(
  model: BuildModel,
  stage: StageModel,
  which: 'users' | 'groups',
  name: string,
): 'present' | 'absent' | 'unknown' {
  if (name === '' || /^\d+$/.test(name)) return 'present';
  const added = which === 'users' ? stage.addedUsers : stage.addedGroups;
  if (added.includes(name)) return 'present';
  const file = which === 'users' ? '/etc/passwd' : '/etc/group';
  const found = stage.fs.stat(file);
  if (found.state === 'absent') return 'absent';
  const node = stage.fs.nodeAt(file);
  // RUN steps the model cannot follow may add accounts, not take the image's own away.
  const own = stage.image && isKnown(stage.image) ? stage.image.contents[which]?.value : undefined;
  if (found.state === 'unknown')
    return !node && own?.list.some((entry) => entry.name === name) ? 'present' : 'unknown';
  const written = node?.artifact;
  if (written?.kind === 'passwd' && which === 'users')
    return written.users.includes(name) ? 'present' : 'absent';
  if (written?.kind === 'group' && which === 'groups')
    return written.groups.includes(name) ? 'present' : 'absent';
  if (node && node.origin.kind === 'stage') {
    // A passwd copied from another stage: that stage's users, when it is that stage's own file.
    const from = model.stages[node.origin.stage];
    return from && node.origin.path === file && from.index !== stage.index
      ? account(model, from, which, name)
      : 'unknown';
  }
  const image = stage.image && isKnown(stage.image) ? stage.image : null;
  const list = image?.contents[which]?.value;
  if (!list) return 'unknown';
  if (list.list.some((entry) => entry.name === name)) return 'present';
  return list.complete ? 'absent' : 'unknown';
}

/** Why a path is not there: a link whose target is missing says where it points. */
function dangling(stage: StageModel, path: string, why: string): string {
  const link = stage.fs.nodeAt(path);
  if (link?.type !== 'link' || link.target === undefined)
    return `${path} no existe en la imagen publicada (${why}).`;
  const target = joinPath(dirname(path), link.target);
  return `${path} es un enlace a ${target}, que no existe en la imagen publicada (${why}). stat sigue el enlace y no encuentra el archivo.`;
}

/** The path runc executes for argv[0]: a path from WORKDIR, or the first PATH match. */
function lookup(stage: StageModel, program: string): Check {
  if (program.includes('/')) {
    const path = joinPath(stage.workdir ?? '/', program);
    if (!program.startsWith('/') && stage.workdir === null) {
      return {kind: 'unknown', why: 'el WORKDIR de la imagen base no se conoce'};
    }
    const found = stage.fs.stat(path);
    if (found.state === 'absent') {
      return {
        kind: 'fails',
        phase: 'create',
        reason: program.includes(' ')
          ? `El primer elemento de la forma exec es el nombre de un archivo: «${program}», con espacios, no existe. Cada argumento va en su propio elemento del array.`
          : dangling(stage, path, found.why),
        error: found.notDirectory
          ? create(fill(RUN_TEXTS.statNotDirectory.value, {path: program})) +
            RUN_TEXTS.notDirectorySuffix.value
          : create(fill(RUN_TEXTS.statMissing.value, {path: program})),
      };
    }
    if (found.state === 'unknown')
      return {kind: 'unknown', why: `no se sabe si ${path} existe: ${found.why}`};
    if (found.type === 'dir') {
      // COPY of a directory copies what it holds: the program is usually one level down.
      const programs = stage.fs
        .entriesUnder(found.path)
        .filter(([, node]) => node.artifact?.kind === 'binary')
        .map(([key]) => key);
      return {
        kind: 'fails',
        phase: 'create',
        reason: `${found.path} es un directorio, no un programa.${programs.length === 1 ? ` El programa está en ${programs[0]}: COPY de un directorio copia lo que contiene.` : ''}`,
        error:
          create(fill(RUN_TEXTS.isDirectory.value, {path: program})) +
          RUN_TEXTS.isDirectorySuffix.value,
      };
    }
    // LookPath wants an execute bit (Go os/exec lp_unix.go findExecutable: ErrPermission).
    if (found.node?.executable === false) {
      return {
        kind: 'fails',
        phase: 'create',
        reason: `${found.path} no tiene permiso de ejecución: ${found.node.origin.kind === 'heredoc' ? 'COPY crea el archivo de un heredoc con modo 0644' : 'su modo no tiene ningún bit x'}. COPY --chmod=755 o RUN chmod +x se lo dan.`,
        error: create(fill(RUN_TEXTS.permissionDenied.value, {path: program})),
      };
    }
    return {kind: 'ok', path: found.path, node: found};
  }
  const pathVariable = stage.env.get('PATH');
  if (pathVariable === undefined)
    return {kind: 'unknown', why: 'no se sabe qué PATH tiene la imagen'};
  let unknown: string | null = null;
  for (const directory of pathVariable.split(':').filter((dir) => dir.startsWith('/'))) {
    const found = stage.fs.stat(`${directory}/${program}`);
    // LookPath passes over a directory of that name, or a file without an execute bit.
    if (found.state === 'present' && found.type !== 'dir' && found.node?.executable !== false)
      return {kind: 'ok', path: found.path, node: found};
    // A later directory that has it still gives runc a program of that name to run.
    if (found.state === 'unknown')
      unknown ??= `no se sabe si «${program}» está en el PATH (${pathVariable}): ${found.why}`;
  }
  if (unknown) return {kind: 'unknown', why: unknown};
  // A PATH directory that a COPY without a trailing slash wrote as a file, because the image
  // had no such directory.
  const asFile = pathVariable.split(':').find((directory) => {
    const node = directory.startsWith('/') ? stage.fs.nodeAt(directory) : undefined;
    return node?.type === 'file' && node.origin.kind !== 'base';
  });
  const hint = asFile
    ? ` ${asFile} es un archivo: la imagen no tenía ese directorio y el COPY de la línea ${stage.fs.nodeAt(asFile)?.line ?? '?'}, sin barra final, escribió el programa con ese nombre.`
    : '';
  return {
    kind: 'fails',
    phase: 'create',
    reason: `«${program}» no es una ruta y no está en ningún directorio del PATH de la imagen (${pathVariable}).${hint}`,
    error: create(fill(RUN_TEXTS.notInPath.value, {name: program})),
  };
}

/**
 * A script runs with the program its `#!` line names; execve fails with ENOENT when that
 * program is not there (execve(2), ERRORS), and runc reports it as for a missing loader.
 */
function scriptInterpreter(stage: StageModel, path: string, line: string): Check {
  const [interpreter = '', argument] = line.split(/\s+/);
  const found = stage.fs.stat(interpreter);
  if (found.state === 'unknown')
    return {
      kind: 'unknown',
      why: `no se sabe si la imagen tiene ${interpreter}, que ejecuta ${path}`,
    };
  if (found.state === 'absent' || found.type === 'dir') {
    return {
      kind: 'fails',
      phase: 'start',
      reason: `${path} es un script para ${interpreter} (#!${line}) y la imagen publicada no tiene ${interpreter}: el núcleo no puede ejecutarlo.`,
      error: fill(RUN_TEXTS.loaderMissing.value, {path}),
    };
  }
  // env looks its argument up in PATH, and prints its own error when it is not there.
  if (basename(interpreter) === 'env' && argument && !argument.startsWith('-')) {
    const target = lookup(stage, argument);
    if (target.kind !== 'ok')
      return {
        kind: 'unknown',
        why: `${path} se ejecuta con «env ${argument}», y no se sabe si ${argument} está en el PATH`,
      };
  }
  return {kind: 'ok'};
}

/** The ELF checks at start: the loader of its libc, then each library in the order it loads them. */
function loads(
  stage: StageModel,
  path: string,
  artifact: Extract<Artifact, {kind: 'binary'}>,
): Check {
  const {linking} = artifact;
  if (linking.kind === 'static') return {kind: 'ok'};
  if (linking.kind === 'unknown') return {kind: 'unknown', why: `${path}: ${linking.why}`};
  const image = stage.image && isKnown(stage.image) ? stage.image : null;
  if (!image) return {kind: 'unknown', why: `no se sabe qué bibliotecas trae la imagen publicada`};
  const libc = image.contents.libc.value;
  if (libc !== linking.libc) {
    return {
      kind: 'fails',
      phase: 'start',
      reason: `${path} se enlazó con ${linking.libc} (línea ${artifact.line}) y la imagen final ${libc === 'none' ? 'no trae ninguna biblioteca de C' : `trae ${libc}`}: su cargador dinámico no existe, así que el archivo está pero no se puede ejecutar.`,
      error: fill(RUN_TEXTS.loaderMissing.value, {path}),
    };
  }
  for (const library of linking.libraries) {
    const fact =
      library === 'libstdc++.so.6'
        ? image.contents.libstdcxx
        : library === 'libgcc_s.so.1'
          ? image.contents.libgcc
          : {value: true};
    if (fact === undefined)
      return {kind: 'unknown', why: `no se sabe si la imagen trae ${library}`};
    if (!fact.value) {
      return {
        kind: 'fails',
        phase: 'start',
        reason: `${path} carga ${library} al arrancar (${artifact.tool === 'cargo' ? 'Rust enlaza libgcc_s' : 'C++ enlaza libstdc++ y libgcc_s'}) y la imagen final no la trae: distroless cc sí.`,
        error: fill(RUN_TEXTS.libraryMissing.value, {path, library}),
      };
    }
  }
  // The loader checks symbol versions after loading every library (glibc elf/rtld.c).
  const built = linking.glibcVersion;
  const present = image.contents.glibcVersion?.value;
  if (linking.libc === 'glibc' && built && present && compareVersions(built, present) > 0) {
    return {
      kind: 'unknown',
      why: `${path} se enlazó con la glibc ${built} de su etapa (línea ${artifact.line}) y la imagen final trae la ${present}: arranca si no usa ninguna función de una glibc posterior a la ${present}; si usa alguna, el cargador lo para con «${fill(RUN_TEXTS.versionMissing.value, {path, version: 'GLIBC_2.XX'})}»`,
    };
  }
  return {kind: 'ok'};
}

/** Dotted numeric versions: negative, zero or positive, as `a` is older, equal or newer. */
function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** An interpreter's options: those that take the next word, and those that run inline code. */
interface InterpreterOptions {
  readonly valued: ReadonlySet<string>;
  readonly inline: ReadonlySet<string>;
}

// python3 --help: -c cmd and -m mod end the options; -W and -X take a value.
const PYTHON_OPTIONS: InterpreterOptions = {
  valued: new Set(['-W', '-X']),
  inline: new Set(['-c', '-m']),
};
// node --help: -e/-p run a string; -r and --import load a module before the script.
const NODE_OPTIONS: InterpreterOptions = {
  valued: new Set(['-r', '--require', '--import', '--loader', '--experimental-loader']),
  inline: new Set(['-e', '--eval', '-p', '--print']),
};

/**
 * The script an interpreter runs: the first word after its options (what follows are the
 * script's own arguments); null when it runs inline code, a module or reads standard input.
 */
function scriptArgument(argv: readonly string[], options: InterpreterOptions): string | null {
  for (let i = 1; i < argv.length; i += 1) {
    const word = argv[i] ?? '';
    if (options.inline.has(word) || word === '-') return null;
    if (options.valued.has(word)) i += 1;
    else if (!word.startsWith('-')) return word;
  }
  return null;
}

/** What the program does first with its arguments: java -jar, node, python. */
/** The packages the project's package.json says the program requires; null when not described. */
function nodeDependencies(model: BuildModel): readonly string[] | null {
  if (model.context.files === null) return null;
  for (const file of model.context.files) {
    if (file.role?.kind === 'npm-package') return file.role.dependencies;
  }
  return [];
}

/** Node looks for node_modules in the script's directory and each parent (require's search). */
function nodeModules(stage: StageModel, script: string, dependencies: readonly string[]): Check {
  const [first] = dependencies;
  if (first === undefined) return {kind: 'ok'};
  let directory = joinPath(script, '..');
  for (;;) {
    const path = joinPath(directory, 'node_modules');
    const found = stage.fs.stat(path);
    if (found.state === 'unknown') return {kind: 'unknown', why: `no se sabe qué hay en ${path}`};
    if (found.state === 'present') {
      const node = stage.fs.nodeAt(path);
      if (node?.artifact?.kind === 'node-modules' || node?.opaque || node?.uncertain)
        return {kind: 'ok'};
      if (!node)
        return {
          kind: 'unknown',
          why: `el laboratorio no tiene la lista de archivos de ${path}, de la imagen base`,
        };
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: `${path} está vacío (línea ${node.line}): el programa requiere ${first} y no lo encuentra.`,
        error: fill(RUN_TEXTS.moduleNotFound.value, {path: first}),
      };
    }
    if (directory === '/') break;
    directory = joinPath(directory, '..');
  }
  return {
    kind: 'fails',
    phase: 'runtime',
    reason: `La imagen no tiene node_modules junto a ${script} ni encima: el programa requiere ${first} y no lo encuentra.`,
    error: fill(RUN_TEXTS.moduleNotFound.value, {path: first}),
  };
}

function runtime(
  model: BuildModel,
  stage: StageModel,
  program: string,
  argv: readonly string[],
): Check {
  const name = basename(program);
  const at = (path: string) => joinPath(stage.workdir ?? '/', path);
  // Package managers and `go run` do what the project's files say, which the lab does not run.
  if (['npm', 'npx', 'yarn', 'pnpm'].includes(name)) {
    return {
      kind: 'unknown',
      why: `${argv.slice(0, 3).join(' ')} ejecuta lo que diga el package.json del proyecto, y el laboratorio no lo sigue`,
    };
  }
  if (name === 'go' && argv[1] === 'run') {
    return {
      kind: 'unknown',
      why: 'go run compila el programa al arrancar el contenedor, y el laboratorio no sigue esa compilación',
    };
  }
  if (name === 'java') {
    const index = argv.indexOf('-jar');
    const jar = index === -1 ? undefined : argv[index + 1];
    if (jar === undefined) return {kind: 'ok'};
    const found = stage.fs.stat(at(jar));
    if (found.state === 'absent') {
      const repeated = /(?:^|\/)java$/.test(jar);
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: repeated
          ? `La imagen ya ejecuta ${argv.slice(0, index + 1).join(' ')}: con CMD ["java", "-jar", …], «java» pasa a ser el .jar. CMD solo lleva el .jar.`
          : `java -jar busca ${at(jar)} y no está en la imagen.`,
        error: fill(RUN_TEXTS.jarMissing.value, {jar}),
      };
    }
    if (found.state === 'unknown')
      return {kind: 'unknown', why: `no se sabe si ${at(jar)} existe: ${found.why}`};
    const artifact = found.node?.artifact;
    if (artifact?.kind !== 'jar')
      return {
        kind: 'unknown',
        why: `${at(jar)} no lo construye este Dockerfile: no se sabe para qué Java se compiló`,
      };
    if (artifact.mainClass === null) {
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: `${at(jar)} no dice en su manifiesto qué clase arrancar (Main-Class): java -jar no sabe qué ejecutar.`,
        error: fill(RUN_TEXTS.noMainManifest.value, {jar}),
      };
    }
    const jvm = stage.image && isKnown(stage.image) ? stage.image.contents.java?.value : undefined;
    if (!jvm || artifact.release === null)
      return {kind: 'unknown', why: 'no se sabe con qué versión de Java se compiló el .jar'};
    if (artifact.release > jvm.release) {
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: `El .jar se compiló para Java ${artifact.release} (línea ${artifact.line}) y la imagen ejecuta Java ${jvm.release}: una JVM más antigua no carga clases más nuevas.`,
        error: fill(RUN_TEXTS.linkageError.value, {
          class: artifact.mainClass ?? '…',
          error: 'java.lang.UnsupportedClassVersionError: …',
        }),
      };
    }
    return {kind: 'ok'};
  }
  if (name === 'node') {
    const script = scriptArgument(argv, NODE_OPTIONS);
    if (script === null) return {kind: 'ok'};
    const path = at(script);
    const found = stage.fs.stat(path);
    if (found.state === 'absent') {
      const repeated = /(?:^|\/)node$/.test(script);
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: repeated
          ? `La imagen ya ejecuta ${program}: con CMD ["node", …], «node» pasa a ser el script. CMD solo lleva el script.`
          : `node recibe «${script}» como programa y ${path} no está en la imagen.`,
        error: fill(RUN_TEXTS.moduleNotFound.value, {path}),
      };
    }
    if (found.state === 'unknown')
      return {kind: 'unknown', why: `no se sabe si ${path} existe: ${found.why}`};
    // node's own executable (or a compiled program) as the script: not JavaScript.
    if (found.path === program || found.node?.artifact?.kind === 'binary') {
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: /(?:^|\/)node$/.test(script)
          ? `La imagen ya ejecuta ${program}: con CMD ["${script}", …], node recibe su propio ejecutable como script, y no es JavaScript. CMD solo lleva el script.`
          : `node recibe ${path}, un programa compilado, como script, y no es JavaScript.`,
        error: RUN_TEXTS.notJavaScript.value,
      };
    }
    const dependencies = nodeDependencies(model);
    if (dependencies === null) {
      return {
        kind: 'unknown',
        why: `no se sabe qué paquetes requiere ${path} (el contexto de construcción no está descrito)`,
      };
    }
    return nodeModules(stage, path, dependencies);
  }
  if (/^python(?:3(?:\.\d+)?)?$/.test(name)) {
    const script = scriptArgument(argv, PYTHON_OPTIONS);
    if (script === null) return {kind: 'ok'};
    const path = at(script);
    const found = stage.fs.stat(path);
    if (found.state === 'absent') {
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: /(?:^|\/)python[\d.]*$/.test(script)
          ? `La imagen ya ejecuta ${program}: con CMD ["${script}", …], «${script}» pasa a ser el script. CMD solo lleva el script y sus argumentos.`
          : `python recibe «${script}» como programa y ${path} no está en la imagen.`,
        error: fill(RUN_TEXTS.pythonCannotOpen.value, {program: argv[0] ?? program, path}),
      };
    }
    if (found.state === 'unknown')
      return {kind: 'unknown', why: `no se sabe si ${path} existe: ${found.why}`};
    return pythonPackages(stage, program, path);
  }
  if (name === 'sh' || name === 'ash' || name === 'bash') {
    const [, first] = argv;
    if (first === undefined || first.startsWith('-')) return {kind: 'ok'};
    const path = at(first);
    const found = stage.fs.stat(path);
    if (found.state === 'absent') {
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: `${program} recibe «${first}» como script y ${path} no está en la imagen.`,
        error: '',
      };
    }
    const artifact = found.state === 'present' ? found.node?.artifact : undefined;
    const image = stage.image && isKnown(stage.image) ? stage.image : null;
    const busybox = image?.contents.tools.busybox?.value;
    const binary =
      artifact?.kind === 'binary' ||
      (artifact?.kind === 'project' && artifact.role.kind === 'prebuilt') ||
      (!!busybox &&
        found.state === 'present' &&
        found.node === null &&
        path.startsWith(`${busybox.replace(/\/busybox$/, '')}/`));
    if (binary) {
      return {
        kind: 'fails',
        phase: 'runtime',
        reason: `El ENTRYPOINT de la imagen es ${program}: el CMD le llega como argumentos, así que la shell lee ${path}, un programa compilado, como si fuera un script, y no lo ejecuta. En static, base y cc :debug el programa va en ENTRYPOINT.`,
        error: '',
      };
    }
    if (found.state === 'unknown')
      return {kind: 'unknown', why: `no se sabe si ${path} existe: ${found.why}`};
    // A file whose contents the model does not know: a script runs, a compiled program does not.
    const origin = found.node?.origin.kind;
    if (artifact === undefined && origin !== 'heredoc' && origin !== 'run') {
      return {
        kind: 'unknown',
        why: `${program} lee ${path} como un script (el CMD le llega como argumentos) y no se sabe si lo es: si es un programa compilado, no lo ejecuta`,
      };
    }
    return {kind: 'ok'};
  }
  return {kind: 'ok'};
}

/**
 * The packages the script imports: a venv's are only seen by the Python minor version that
 * installed them; the image's own Python has none of the project's.
 */
function pythonPackages(stage: StageModel, program: string, scriptPath: string): Check {
  const script = stage.fs.nodeAt(scriptPath)?.artifact;
  const imports =
    script?.kind === 'project' && script.role.kind === 'python-source' ? script.role.imports : null;
  // A venv's interpreter is a link this build wrote; the image's own is in its base facts.
  const written = stage.fs.nodeAt(program) !== undefined;
  const venv = written ? program.match(/^(.*)\/bin\/python[\d.]*$/)?.[1] : undefined;
  const image = stage.image && isKnown(stage.image) ? stage.image : null;
  const available = image?.contents.python?.value.version;
  const site = venv
    ? stage.fs
        .entriesUnder(`${venv}/lib`)
        .find(([, node]) => node.artifact?.kind === 'python-packages')
    : undefined;
  const built = site?.[1].artifact?.kind === 'python-packages' ? site[1].artifact.version : null;
  if (imports === null) {
    return {
      kind: 'unknown',
      why: `no se sabe qué módulos importa ${scriptPath}, ni si ${program} los tiene`,
    };
  }
  const [first] = imports;
  if (first === undefined) return {kind: 'ok'};
  if (!site) {
    if (venv) return {kind: 'unknown', why: `no se sabe qué paquetes tiene ${venv}`};
    // sys.path starts with the script's directory, then PYTHONPATH's (Python docs, «The
    // initialization of the sys.path module search path»): packages put there are found.
    const searched = [
      dirname(scriptPath),
      ...(stage.env.get('PYTHONPATH') ?? '').split(':').filter((entry) => entry.startsWith('/')),
    ];
    for (const directory of searched) {
      const found = stage.fs.stat(directory);
      const artifact = found.state === 'present' ? found.node?.artifact : undefined;
      if (artifact?.kind === 'python-packages') {
        if (available && artifact.version !== available)
          return {
            kind: 'unknown',
            why: `los paquetes de ${directory} se instalaron con Python ${artifact.version} y la imagen trae Python ${available}: los que tienen código compilado no cargan`,
          };
        return {kind: 'ok'};
      }
      if (found.state === 'unknown')
        return {kind: 'unknown', why: `no se sabe qué hay en ${directory}: ${found.why}`};
      if (
        found.state === 'present' &&
        found.node?.origin.kind === 'stage' &&
        directory !== dirname(scriptPath)
      )
        return {kind: 'unknown', why: `no se sabe qué paquetes hay en ${directory}`};
    }
    return {
      kind: 'fails',
      phase: 'runtime',
      reason: `${program} es el Python de la imagen, sin los paquetes del proyecto: ${scriptPath} importa ${first}, que solo está en el entorno virtual.`,
      error: fill(RUN_TEXTS.moduleNotInstalled.value, {module: first}),
    };
  }
  if (built && available && built !== available) {
    return {
      kind: 'fails',
      phase: 'runtime',
      reason: `El entorno se creó con Python ${built} y la imagen trae Python ${available}: sus paquetes están en lib/python${built} y este intérprete no los busca allí.`,
      error: fill(RUN_TEXTS.moduleNotInstalled.value, {module: first}),
    };
  }
  return {kind: 'ok'};
}

/**
 * An image's ENTRYPOINT script that ends in `exec "$@"` hands over to the CMD; the node image's
 * puts node first when the first argument is no command.
 */
export function entrypointScript(stage: StageModel, argv: readonly string[]): readonly string[] {
  const image = stage.image && isKnown(stage.image) ? stage.image : null;
  const script = image?.contents.entrypointScript?.value;
  const [first, next] = argv;
  if (!script || first === undefined || basename(first) !== basename(script.path)) return argv;
  if (next === undefined) return argv.slice(1);
  if (!script.node) return argv.slice(1);
  const command = next.startsWith('-') ? null : lookup(stage, next);
  return command?.kind === 'ok' ? argv.slice(1) : ['node', ...argv.slice(1)];
}

/** The dry run of `docker run <image>`. */
export function dryRun(model: BuildModel): RunVerdict {
  if (model.failure) {
    return {
      kind: 'fails',
      phase: 'build',
      reason: model.failure.message,
      error: model.failure.error ?? '',
      unknownBefore: [],
      step: model.failure,
    };
  }
  const stage = model.stages[model.target];
  if (!stage) return {kind: 'unknown', unknowns: ['no hay ninguna etapa']};
  const unknowns: string[] = [];
  const fails = (check: Extract<Check, {kind: 'fails'}>): RunVerdict => ({
    kind: 'fails',
    phase: check.phase,
    reason: check.reason,
    error: check.error,
    unknownBefore: unknowns,
  });
  if (stage.entrypoint === null || stage.cmd === null) {
    if (stage.entrypoint === null && stage.cmd === null) {
      return {kind: 'unknown', unknowns: ['no se sabe qué ENTRYPOINT y CMD trae la imagen base']};
    }
    unknowns.push(
      `no se sabe qué ${stage.entrypoint === null ? 'ENTRYPOINT' : 'CMD'} trae la imagen base`,
    );
    return {kind: 'unknown', unknowns};
  }
  const argv = [...stage.entrypoint, ...stage.cmd];
  if (argv.length === 0) {
    return fails({
      kind: 'fails',
      phase: 'create',
      reason:
        'La imagen no tiene ENTRYPOINT ni CMD, ni los trae su imagen base: docker run no sabe qué ejecutar.',
      error: RUN_TEXTS.noCommand.value,
    });
  }
  // The daemon reads /etc/passwd and /etc/group for USER before the container exists.
  if (stage.user === null) unknowns.push('no se sabe con qué usuario arranca la imagen base');
  else {
    const [user = '', group] = stage.user.split(':');
    const userState = account(model, stage, 'users', user);
    if (userState === 'absent') {
      return fails({
        kind: 'fails',
        phase: 'create',
        reason: `USER ${stage.user}: la imagen no tiene el usuario «${user}» en /etc/passwd. Un usuario por número (USER 65532) no lo necesita.`,
        error: fill(RUN_TEXTS.userMissing.value, {user}),
      });
    }
    if (userState === 'unknown')
      unknowns.push(`no se sabe si la imagen tiene el usuario «${user}»`);
    if (group !== undefined) {
      const groupState = account(model, stage, 'groups', group);
      if (groupState === 'absent') {
        return fails({
          kind: 'fails',
          phase: 'create',
          reason: `USER ${stage.user}: la imagen no tiene el grupo «${group}» en /etc/group. Un grupo por número (65532) no lo necesita.`,
          error: fill(RUN_TEXTS.groupMissing.value, {group}),
        });
      }
      if (groupState === 'unknown')
        unknowns.push(`no se sabe si la imagen tiene el grupo «${group}»`);
    }
  }
  const effective = entrypointScript(stage, argv);
  const [program = ''] = effective;
  const found = lookup(stage, program);
  if (found.kind === 'fails') return fails(found);
  if (found.kind === 'unknown') {
    unknowns.push(found.why);
    return {kind: 'unknown', unknowns};
  }
  const path = found.path ?? program;
  const artifact = found.node?.state === 'present' ? found.node.node?.artifact : undefined;
  const interpreter = found.node?.state === 'present' ? found.node.node?.interpreter : undefined;
  if (interpreter !== undefined) {
    const check = scriptInterpreter(stage, path, interpreter);
    if (check.kind === 'fails') return fails(check);
    if (check.kind === 'unknown') unknowns.push(check.why);
  }
  if (artifact?.kind === 'binary') {
    const check = loads(stage, path, artifact);
    if (check.kind === 'fails') return fails(check);
    if (check.kind === 'unknown') unknowns.push(check.why);
  } else if (found.node?.state === 'present' && found.node.node?.origin.kind === 'context') {
    const role = found.node.node.artifact;
    if (role?.kind === 'project' && role.role.kind === 'prebuilt') {
      const image = stage.image && isKnown(stage.image) ? stage.image : null;
      if (role.role.linking === 'glibc' && image && image.contents.libc.value !== 'glibc') {
        return fails({
          kind: 'fails',
          phase: 'start',
          reason: `${path} se enlazó con glibc y la imagen final no la trae.`,
          error: fill(RUN_TEXTS.loaderMissing.value, {path}),
        });
      }
    } else {
      unknowns.push(`${path} viene del contexto de construcción: no se sabe cómo se enlazó`);
    }
  } else if (
    found.node?.state === 'present' &&
    found.node.node &&
    artifact === undefined &&
    interpreter === undefined
  ) {
    // A program copied from another image or stage's base: its libraries are that image's.
    const {origin} = found.node.node;
    if (origin.kind === 'image' || origin.kind === 'stage') {
      const from =
        origin.kind === 'image' ? `la imagen ${origin.image}` : `la etapa ${origin.stage}`;
      unknowns.push(`${path} viene de ${from}: no se sabe qué bibliotecas necesita`);
    }
  }
  const given = program.includes('/') ? joinPath(stage.workdir ?? '/', program) : path;
  const check = runtime(model, stage, given, effective);
  if (check.kind === 'fails') return fails(check);
  if (check.kind === 'unknown') unknowns.push(check.why);
  // A RUN the model could not follow may fail, and then there is no image to run.
  for (const step of model.unknown) {
    const named = unknowns.some((why) => why.includes(`línea ${step.line}`));
    if (step.keyword === 'RUN' && !named)
      unknowns.push(
        `no se sabe si el RUN de la línea ${step.line} termina bien: ${step.message.replace(/^No se puede seguir: /, '').replace(/\.$/, '')}`,
      );
  }
  if (unknowns.length > 0) return {kind: 'unknown', unknowns};
  return {kind: 'starts', argv: effective};
}
