/**
 * The build, modelled: each stage BuildKit builds, instruction by instruction, on the files its
 * base image has (../images) and those its COPY and RUN steps add. COPY follows BuildKit's
 * rules (a directory's contents, a trailing slash, a file onto an existing directory, empty
 * wildcards, heredocs, --parents, --exclude); RUN follows the shell text and the tools the
 * course uses (apt-get, apk, go, cargo, gcc, make, Maven, npm, python's venv and pip, useradd…).
 * The first step that would fail is named with the tool's own message; a step the model cannot
 * follow leaves what it writes unknown, never guessed.
 */
import {isKnown, lookupImage, type ImageFacts, type UnknownImage} from '../images';
import {
  unknownFlagText,
  type Dispatch,
  type DispatchedInstruction,
  type DispatchedStage,
  type UnknownFlag,
} from '../dispatch';
import {jsonArgs} from '../jsonArgs';
import type {StageGraph} from '../stageGraph';
import type {BuildContext, ContextFile, ProjectRole} from './context';
import {
  basename,
  dirname,
  Filesystem,
  joinPath,
  normalise,
  type Artifact,
  type Node,
  type Stat,
} from './fs';
import {parseShell, type SimpleCommand} from './shell';
import {BUILD_TEXTS, RUN_TEXTS} from './texts';

export interface Step {
  readonly line: number;
  readonly stage: number;
  readonly keyword: string;
  readonly outcome: 'ok' | 'fails' | 'unknown';
  /** Spanish: what the step did, or why it fails or cannot be followed. */
  readonly message: string;
  /** BuildKit's or the tool's own text, when the step fails. */
  readonly error?: string;
  /** Fails while BuildKit reads the Dockerfile, so the build fails whatever the target needs. */
  readonly beforeBuild?: boolean;
}

export interface StageModel {
  readonly index: number;
  readonly name: string | null;
  /** The image at the root of its FROM chain; null for an invalid base. */
  readonly image: ImageFacts | UnknownImage | null;
  readonly parent: number | null;
  readonly fs: Filesystem;
  /** The image configuration's ENV at the end of the stage. */
  readonly env: ReadonlyMap<string, string>;
  /** null where the base image's value is not known. */
  readonly workdir: string | null;
  readonly user: string | null;
  readonly entrypoint: readonly string[] | null;
  readonly cmd: readonly string[] | null;
  readonly steps: readonly Step[];
  /** The first step that fails, if one does. */
  readonly failure: Step | null;
  /** Users and groups the stage's own RUN steps added. */
  readonly addedUsers: readonly string[];
  readonly addedGroups: readonly string[];
}

export interface BuildModel {
  readonly stages: readonly StageModel[];
  readonly target: number;
  readonly needed: readonly boolean[];
  /** The first failing step of a stage the target needs. */
  readonly failure: Step | null;
  /** Steps the model could not follow, in the stages the target needs. */
  readonly unknown: readonly Step[];
  /** Whether the build context was described (an exercise) or assumed (the free lab). */
  readonly contextKnown: boolean;
  readonly context: BuildContext;
}

const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);

const hasWildcard = (path: string): boolean => /[*?[]/.test(path);

/** Go's filepath.Match for one path segment pattern (`*`, `?`, `[…]`). */
function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] ?? '';
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** State of a stage while it is being built. */
class StageBuilder {
  readonly steps: Step[] = [];
  failure: Step | null = null;
  env: Map<string, string>;
  args = new Map<string, string>();
  workdir: string | null;
  user: string | null;
  entrypoint: readonly string[] | null;
  cmd: readonly string[] | null;
  cmdSet = false;
  shell: readonly string[] = ['/bin/sh', '-c'];
  aptLists: boolean | null;
  libcDev: boolean | null = null;
  pythonVenv: boolean | null = null;
  /** Debian's own python3 is installed here, which is externally managed (PEP 668). */
  debianPython = false;
  rustTargets: string[] | null;
  addedUsers: string[] = [];
  addedGroups: string[] = [];
  /** Directories WORKDIR created while USER was not root: BuildKit gives them to that user. */
  ownedDirectories: string[] = [];

  constructor(
    readonly index: number,
    readonly name: string | null,
    readonly image: ImageFacts | UnknownImage | null,
    readonly fs: Filesystem,
    from: StageBuilder | null,
  ) {
    if (from) {
      this.env = new Map(from.env);
      this.workdir = from.workdir;
      this.user = from.user;
      this.entrypoint = from.entrypoint;
      this.cmd = from.cmd;
      this.shell = from.shell;
      this.aptLists = from.aptLists;
      this.libcDev = from.libcDev;
      this.pythonVenv = from.pythonVenv;
      this.debianPython = from.debianPython;
      this.rustTargets = from.rustTargets ? [...from.rustTargets] : null;
      this.addedUsers = [...from.addedUsers];
      this.addedGroups = [...from.addedGroups];
      this.ownedDirectories = [...from.ownedDirectories];
      return;
    }
    const facts = image && isKnown(image) ? image : null;
    this.env = new Map(facts?.config.env.map(({value}) => [value[0], value[1]]) ?? []);
    if (!this.env.has('PATH') && facts) this.env.set('PATH', SYSTEM_PATH);
    this.workdir = facts ? facts.config.workdir.value : null;
    this.user = facts ? facts.config.user.value : null;
    this.entrypoint = facts ? facts.config.entrypoint.value : null;
    this.cmd = facts ? facts.config.cmd.value : null;
    this.aptLists = facts?.contents.aptLists?.value ?? (facts ? null : null);
    this.rustTargets = facts?.contents.rustTargets ? [...facts.contents.rustTargets.value] : null;
    this.libcDev = facts?.contents.libcHeaders?.value ?? null;
  }

  private sharedRunEnv: ReadonlyMap<string, string> | null = null;

  /**
   * The environment a RUN sees: the image's ENV and the stage's ARG values. Shared by the RUN
   * steps until an ENV or ARG changes it; a RUN that sets a variable copies it first.
   */
  runEnv(): ReadonlyMap<string, string> {
    if (this.sharedRunEnv) return this.sharedRunEnv;
    const env = new Map(this.env);
    for (const [key, value] of this.args) if (!env.has(key)) env.set(key, value);
    if (!env.has('PATH')) env.set('PATH', SYSTEM_PATH);
    this.sharedRunEnv = env;
    return env;
  }

  /** ENV or ARG: the next RUN sees a new environment. */
  setVariables(values: Iterable<readonly [string, string]>, into: 'env' | 'args'): void {
    for (const [key, value] of values) this[into].set(key, value);
    this.sharedRunEnv = null;
  }

  record(step: Omit<Step, 'stage'>): void {
    // One shape for every step (no spread of optional fields): steps are made by the hundred.
    const full: Step = {
      line: step.line,
      stage: this.index,
      keyword: step.keyword,
      outcome: step.outcome,
      message: step.message,
      error: step.error,
      beforeBuild: step.beforeBuild,
    };
    this.steps.push(full);
    if (full.outcome === 'fails' && !this.failure) this.failure = full;
  }

  finish(parent: number | null): StageModel {
    return {
      index: this.index,
      name: this.name,
      image: this.image,
      parent,
      fs: this.fs,
      env: this.env,
      workdir: this.workdir,
      user: this.user,
      entrypoint: this.entrypoint,
      cmd: this.cmd,
      steps: this.steps,
      failure: this.failure,
      addedUsers: this.addedUsers,
      addedGroups: this.addedGroups,
    };
  }
}

/** The result of one command of a RUN. */
type CommandResult =
  | {readonly kind: 'ok'; readonly note?: string}
  | {
      readonly kind: 'fails';
      readonly reason: string;
      readonly error?: string;
      readonly code?: string;
    }
  | {readonly kind: 'unknown'; readonly reason: string};

const OK: CommandResult = {kind: 'ok'};

interface RunContext {
  readonly stage: StageBuilder;
  readonly line: number;
  readonly build: Builder;
  cwd: string | null;
  /** The stage's shared environment until the script sets a variable (then its own copy). */
  env: ReadonlyMap<string, string>;
  errexit: boolean;
}

/** The files a command's `>` and `>>` write, relative to the shell's current directory. */
function writeRedirects(context: RunContext, command: SimpleCommand): void {
  for (const write of command.writes) {
    context.stage.fs.write(joinPath(context.cwd ?? '/', write), {
      type: 'file',
      origin: {kind: 'run'},
      line: context.line,
    });
  }
}

/** Sets shell variables in the RUN's own copy of its environment. */
function setShellVariables(context: RunContext, values: Iterable<readonly [string, string]>): void {
  const own =
    context.env === context.stage.runEnv()
      ? new Map(context.env)
      : (context.env as Map<string, string>);
  for (const [key, value] of values) own.set(key, value);
  context.env = own;
}

/** The user a RUN runs as, by name or id, when USER made it someone other than root. */
function nonRootUser(stage: StageBuilder): string | null {
  const name = stage.user?.split(':')[0] ?? '';
  return name === '' || name === 'root' || name === '0' ? null : name;
}

/** Tools that keep a cache or configuration in the user's HOME while they build. */
const HOME_TOOLS = new Set([
  'go',
  'cargo',
  'npm',
  'npx',
  'yarn',
  'pnpm',
  'pip',
  'pip3',
  'mvn',
  'mvnw',
  'gradle',
  'gradlew',
]);

/**
 * A RUN as a non-root USER (BuildKit runs it as that user: convert.go:1640-1642) that the model
 * followed as if it could write anywhere: unknown, unless it only wrote under /tmp or under a
 * WORKDIR this user owns. The model does not follow who owns each file.
 */
function asUser(
  stage: StageBuilder,
  user: string,
  commands: readonly SimpleCommand[],
  written: readonly string[],
): {readonly kind: 'unknown'; readonly reason: string} | null {
  const tool = commands
    .map((command) => basename(command.words[0] ?? ''))
    .find((name) => HOME_TOOLS.has(name));
  if (tool) {
    return {
      kind: 'unknown',
      reason: `${tool} corre como el usuario «${user}» (USER) y escribe su caché en el HOME de ese usuario; el laboratorio no sigue los permisos de los archivos. Antes de USER correría como root`,
    };
  }
  const owned = (path: string): boolean =>
    path === '/tmp' ||
    path.startsWith('/tmp/') ||
    stage.ownedDirectories.some(
      (directory) => path === directory || path.startsWith(`${directory}/`),
    );
  const outside = written.find((path) => !owned(path));
  if (outside === undefined) return null;
  return {
    kind: 'unknown',
    reason: `corre como el usuario «${user}» (USER) y escribe en ${outside}: el laboratorio no sigue a quién pertenece cada directorio. Antes de USER correría como root`,
  };
}

/** Debian packages whose effect the model knows, with what they install. */
const DEBIAN_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  gcc: ['/usr/bin/gcc', '/usr/bin/cc'],
  'g++': ['/usr/bin/g++', '/usr/bin/c++'],
  make: ['/usr/bin/make'],
  'build-essential': [
    '/usr/bin/gcc',
    '/usr/bin/cc',
    '/usr/bin/g++',
    '/usr/bin/c++',
    '/usr/bin/make',
  ],
  'libc6-dev': [],
  'python3-venv': [],
  python3: ['/usr/bin/python3'],
  'python3-pip': ['/usr/bin/pip', '/usr/bin/pip3'],
  'ca-certificates': ['/etc/ssl/certs/ca-certificates.crt'],
  curl: ['/usr/bin/curl'],
  wget: ['/usr/bin/wget'],
  git: ['/usr/bin/git'],
};

const ALPINE_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  gcc: ['/usr/bin/gcc', '/usr/bin/cc'],
  'g++': ['/usr/bin/g++', '/usr/bin/c++'],
  make: ['/usr/bin/make'],
  'musl-dev': [],
  'libc-dev': [],
  'build-base': ['/usr/bin/gcc', '/usr/bin/cc', '/usr/bin/g++', '/usr/bin/c++', '/usr/bin/make'],
  curl: ['/usr/bin/curl'],
  git: ['/usr/bin/git'],
};

const BUILTINS = new Set([
  'cd',
  'export',
  'set',
  'unset',
  'echo',
  'printf',
  'true',
  ':',
  'test',
  '[',
  'exit',
  'umask',
  'false',
]);

/** The debian release of a facts object (13 for trixie), from its name. */
const debianRelease = (image: ImageFacts | UnknownImage | null): '12' | '13' | null => {
  if (!image || !isKnown(image)) return null;
  if (image.contents.libc.value !== 'glibc' || image.contents.aptLists === undefined) return null;
  return /bookworm|:12|-12/.test(image.name) ? '12' : '13';
};

class Builder {
  readonly stages: StageBuilder[] = [];
  readonly models: StageModel[] = [];

  constructor(
    readonly dispatch: Dispatch,
    readonly context: BuildContext,
  ) {}

  // --- files of the context ------------------------------------------------------------

  contextFiles(): readonly ContextFile[] | null {
    return this.context.files;
  }

  /** Context files a COPY source names (a pattern, a file, a directory, `.`). */
  matchContext(source: string): ContextFile[] | null {
    const files = this.context.files;
    if (!files) return null;
    const clean = normalise(source).slice(1);
    if (clean === '') return [...files];
    if (hasWildcard(clean)) {
      const pattern = globToRegExp(clean);
      return files.filter((file) => pattern.test(file.path.replace(/\/$/, '')));
    }
    return files.filter(
      (file) => file.path.replace(/\/$/, '') === clean || file.path.startsWith(`${clean}/`),
    );
  }

  // --- COPY / ADD ---------------------------------------------------------------------

  copy(stage: StageBuilder, instruction: DispatchedInstruction): void {
    const line = instruction.lines.start;
    const keyword = instruction.keyword;
    const words = instruction.expanded;
    if (words.length < 2) {
      stage.record({line, keyword, outcome: 'ok', message: 'Nada que copiar.'});
      return;
    }
    if (stage.workdir === null && !(words.at(-1) ?? '').startsWith('/')) {
      stage.fs.markUnknown(line, 'el WORKDIR de la imagen base no se conoce');
    }
    const workdir = stage.workdir ?? '/';
    const rawDest = words.at(-1) ?? '';
    const dest = joinPath(workdir, rawDest);
    const trailing = rawDest.endsWith('/') || rawDest === '.' || rawDest === './';
    const sources = words.slice(0, -1);
    const parents = instruction.flags.has('parents');
    const excludes = (instruction.flags.get('exclude') ?? []).map(globToRegExp);
    const chmodFlag = instruction.flags.get('chmod')?.[0];
    const chmod = chmodFlag === undefined ? undefined : executableMode(chmodFlag, undefined);
    const reference = instruction.from.find((item) => item.flag === 'from');
    const notes: string[] = [];

    // Heredocs: the instruction creates a file named after each.
    for (const source of sources.filter((word) => word.startsWith('<<'))) {
      const name = source.replace(/^<<-?["']?/, '').replace(/["']$/, '');
      const path = trailing || sources.length > 1 ? `${dest}/${name}` : dest;
      const body = instruction.lines.heredocs.find((heredoc) => heredoc.name === name)?.body;
      const artifact = body === undefined ? undefined : accountsFile(path, body);
      const shebang = /^#!\s*(\S.*)$/m.exec(body?.split('\n')[0] ?? '')?.[1]?.trim();
      // BuildKit writes an inline file with mode 0644 unless --chmod says otherwise
      // (dockerfile2llb/convert_copy.go:302-303).
      const executable = chmod === undefined ? false : chmod;
      stage.fs.write(path, {
        type: 'file',
        origin: {kind: 'heredoc'},
        line,
        ...(artifact ? {artifact} : {}),
        ...(executable === null ? {} : {executable}),
        ...(shebang ? {interpreter: shebang} : {}),
      });
      notes.push(`crea ${path}`);
    }
    const plain = sources.filter((word) => !word.startsWith('<<'));
    if (plain.length === 0) {
      stage.record({line, keyword, outcome: 'ok', message: `${keyword} ${notes.join(', ')}.`});
      return;
    }
    const intoDirectory = (path: string): boolean => {
      if (trailing || plain.length > 1) return true;
      const found = stage.fs.stat(path);
      return found.state === 'present' && found.type === 'dir';
    };

    if (!reference) {
      if (/^[a-z]+:\/\//i.test(plain[0] ?? '') && keyword === 'ADD') {
        const path = intoDirectory(dest) ? `${dest}/${basename(plain[0] ?? '')}` : dest;
        stage.fs.write(path, {
          type: 'file',
          origin: {kind: 'context'},
          line,
          uncertain: 'se descarga al construir',
        });
        stage.record({
          line,
          keyword,
          outcome: 'unknown',
          message: `ADD descarga ${plain[0]}: el laboratorio no sabe qué contiene.`,
        });
        return;
      }
      this.copyFromContext(
        stage,
        instruction,
        plain,
        dest,
        intoDirectory,
        parents,
        excludes,
        chmod,
      );
      return;
    }
    const source = reference.source;
    if (source.kind === 'badIndex') {
      stage.record({
        line,
        keyword,
        outcome: 'fails',
        message: `--from=${reference.text}: no hay ninguna etapa con ese número.`,
        error: fill(BUILD_TEXTS.badIndex.value, {index: String(source.index)}),
        beforeBuild: true,
      });
      return;
    }
    let from: Filesystem;
    let origin: Node['origin'];
    let label: string;
    if (source.kind === 'stage') {
      if (source.index >= stage.index) {
        const text =
          source.index === stage.index
            ? fill(BUILD_TEXTS.circular.value, {stage: stage.name ?? `stage-${stage.index}`})
            : fill(BUILD_TEXTS.copyFromLater.value, {
                from: reference.text,
                stage: stage.name ?? `stage-${stage.index}`,
              });
        stage.record({
          line,
          keyword,
          outcome: 'fails',
          message: `--from=${reference.text} nombra una etapa que no está construida antes que esta.`,
          error: text,
        });
        return;
      }
      const built = this.stages[source.index];
      if (!built) return;
      from = built.fs;
      origin = {kind: 'stage', stage: source.index, path: ''};
      label = `la etapa ${built.name ?? source.index}`;
      if (built.failure) {
        stage.record({
          line,
          keyword,
          outcome: 'unknown',
          message: `${label} no llega a construirse.`,
        });
        return;
      }
    } else if (source.kind === 'image') {
      const image = source.reference ? lookupImage(source.reference) : null;
      from = new Filesystem(
        image && isKnown(image) ? image : null,
        image && !isKnown(image)
          ? image.reason
          : `«${reference.text}» no es una referencia de imagen válida`,
      );
      origin = {kind: 'image', image: reference.text};
      label = `la imagen ${reference.text}`;
    } else {
      this.copyFromContext(
        stage,
        instruction,
        plain,
        dest,
        intoDirectory,
        parents,
        excludes,
        chmod,
      );
      return;
    }
    let unknown: string | null = null;
    for (const raw of plain) {
      const path = normalise(raw);
      if (hasWildcard(path)) {
        const directory = dirname(path);
        const pattern = globToRegExp(basename(path));
        const matches = from
          .entriesUnder(directory)
          .filter(([key]) => dirname(key) === directory && pattern.test(basename(key)));
        const listed = from.nodeAt(directory);
        const enumerable = listed
          ? !listed.opaque && !listed.uncertain
          : from.image?.contents.complete.value === true;
        if (matches.length === 0 && !enumerable) {
          unknown = `no se sabe qué encaja con ${raw} en ${label}`;
          stage.fs.write(dest, {type: 'file', origin, line, uncertain: unknown});
          continue;
        }
        for (const [key, node] of matches) {
          const target = intoDirectory(dest) ? `${dest}/${basename(key)}` : dest;
          this.place(
            stage,
            from,
            key,
            node.type === 'dir' ? 'dir' : 'file',
            target,
            origin.kind === 'stage' ? {...origin, path: key} : origin,
            line,
            node,
            chmod,
          );
          notes.push(`${key} → ${target}`);
        }
        if (matches.length === 0)
          notes.push(`${raw} no encaja con nada (BuildKit no copia nada y no falla)`);
        continue;
      }
      const found = from.stat(path);
      if (found.state === 'absent') {
        stage.record({
          line,
          keyword,
          outcome: 'fails',
          message: `${path} no existe en ${label}${found.why ? ` (${found.why})` : ''}.`,
          error: fill(BUILD_TEXTS.copyNotFound.value, {path}),
        });
        return;
      }
      if (found.state === 'unknown') {
        unknown = `${path} de ${label}: ${found.why}`;
        const target = intoDirectory(dest) ? `${dest}/${basename(path)}` : dest;
        stage.fs.write(target, {type: 'file', origin, line, uncertain: unknown});
        continue;
      }
      const target =
        found.type === 'file' && intoDirectory(dest) ? `${dest}/${basename(path)}` : dest;
      this.place(
        stage,
        from,
        found.path,
        found.type,
        target,
        origin.kind === 'stage' ? {...origin, path} : origin,
        line,
        found.node,
        chmod,
      );
      notes.push(`${found.type === 'dir' ? `el contenido de ${path}` : path} → ${target}`);
    }
    stage.record({
      line,
      keyword,
      outcome: unknown ? 'unknown' : 'ok',
      message: unknown
        ? `No se sabe si existe lo que copia: ${unknown}.`
        : `Copia de ${label}: ${notes.join('; ')}.`,
    });
  }

  /** Copies a file or a directory's contents from `from` at `path` into `target`. */
  private place(
    stage: StageBuilder,
    from: Filesystem,
    path: string,
    type: 'file' | 'dir',
    target: string,
    origin: Node['origin'],
    line: number,
    node: Node | null,
    /** COPY --chmod: whether it sets an execute bit (null: cannot tell; undefined: no flag). */
    chmod?: boolean | null,
  ): void {
    if (type === 'file') {
      const artifact = node?.artifact ?? baseArtifact(from, path);
      const executable = chmod === undefined ? node?.executable : chmod;
      stage.fs.write(target, {
        type: 'file',
        origin,
        line,
        ...(artifact ? {artifact} : {}),
        ...(executable === undefined || executable === null ? {} : {executable}),
        ...(node?.interpreter ? {interpreter: node.interpreter} : {}),
      });
      return;
    }
    const image = from.image;
    const opaque =
      node?.opaque ??
      (node
        ? undefined
        : !image
          ? `el contenido de ${path}`
          : image.contents.complete.value
            ? undefined
            : `el contenido de ${path} en ${image.name}`);
    stage.fs.write(target, {
      type: 'dir',
      origin,
      line,
      ...(opaque ? {opaque} : {}),
      ...(node?.artifact ? {artifact: node.artifact} : {}),
    });
    for (const [key, child] of from.entriesUnder(path)) {
      const childOrigin: Node['origin'] = origin.kind === 'stage' ? {...origin, path: key} : origin;
      stage.fs.write(`${target}${key.slice(path === '/' ? 0 : path.length)}`, {
        ...child,
        line,
        origin: childOrigin,
      });
    }
    // What the base image is known to hold under the directory comes along.
    if (image) {
      for (const list of image.contents.files) {
        for (const file of list.value) {
          const clean = normalise(file);
          if (clean.startsWith(`${path}/`)) {
            stage.fs.write(`${target}${clean.slice(path.length)}`, {
              type: file.endsWith('/') ? 'dir' : 'file',
              origin,
              line,
            });
          }
        }
      }
      const certificates = image.contents.certificates?.value;
      if (certificates && certificates.startsWith(`${path}/`)) {
        stage.fs.write(`${target}${certificates.slice(path.length)}`, {
          type: 'file',
          origin,
          line,
          artifact: {kind: 'certificates'},
        });
      }
    }
  }

  private copyFromContext(
    stage: StageBuilder,
    instruction: DispatchedInstruction,
    sources: readonly string[],
    dest: string,
    intoDirectory: (path: string) => boolean,
    parents: boolean,
    excludes: readonly RegExp[],
    chmod: boolean | null | undefined,
  ): void {
    const line = instruction.lines.start;
    const keyword = instruction.keyword;
    const origin: Node['origin'] = {kind: 'context'};
    if (!this.context.files) {
      for (const source of sources) {
        const clean = normalise(source);
        const directory = clean === '/' || source.endsWith('/') || hasWildcard(clean);
        const target = directory ? dest : intoDirectory(dest) ? `${dest}/${basename(clean)}` : dest;
        stage.fs.write(target, {
          type: directory ? 'dir' : 'file',
          origin,
          line,
          ...(directory ? {opaque: 'el contexto de construcción no está descrito'} : {}),
          ...(!directory && typeof chmod === 'boolean' ? {executable: chmod} : {}),
        });
      }
      stage.record({
        line,
        keyword,
        outcome: 'ok',
        message: `Copia del contexto ${sources.join(' ')} → ${dest} (se supone que el contexto lo tiene).`,
      });
      return;
    }
    const copied: string[] = [];
    for (const source of sources) {
      const matches = (this.matchContext(source) ?? []).filter(
        (file) => !excludes.some((pattern) => pattern.test(file.path.replace(/\/$/, ''))),
      );
      const clean = normalise(source).slice(1);
      if (matches.length === 0) {
        if (hasWildcard(clean)) continue;
        stage.record({
          line,
          keyword,
          outcome: 'fails',
          message: `El contexto del ejercicio no tiene ${source}.`,
          error: fill(BUILD_TEXTS.copyNotFound.value, {path: `/${clean}`}),
        });
        return;
      }
      const exact = matches.find((file) => file.path.replace(/\/$/, '') === clean);
      const isFile = exact !== undefined && !exact.path.endsWith('/');
      for (const file of matches) {
        const relative = file.path.replace(/\/$/, '');
        let target: string;
        if (parents) target = `${dest}/${relative}`;
        else if (isFile || (hasWildcard(clean) && !file.path.endsWith('/'))) {
          target = intoDirectory(dest) ? `${dest}/${basename(relative)}` : dest;
        } else {
          const base = hasWildcard(clean)
            ? relative
            : relative.slice(clean === '' ? 0 : clean.length + 1);
          target = base === '' ? dest : `${dest}/${base}`;
        }
        stage.fs.write(target, {
          type: file.path.endsWith('/') ? 'dir' : 'file',
          origin,
          line,
          ...(file.role ? {artifact: {kind: 'project', role: file.role}} : {}),
          ...(!file.path.endsWith('/') && typeof chmod === 'boolean' ? {executable: chmod} : {}),
        });
        copied.push(relative);
      }
    }
    stage.record({
      line,
      keyword,
      outcome: 'ok',
      message: `Copia del contexto: ${copied.join(', ') || 'nada'} → ${dest}.`,
    });
  }

  // --- RUN ------------------------------------------------------------------------------

  run(stage: StageBuilder, instruction: DispatchedInstruction): void {
    const line = instruction.lines.start;
    const exec = jsonArgs(instruction.rest);
    const env = stage.runEnv();
    const context: RunContext = {stage, line, build: this, cwd: stage.workdir, env, errexit: false};
    // Cache and bind mounts: what a RUN writes under a cache target is not in the image.
    const cacheTargets = instruction.mounts
      .filter((mount) => mount.type === 'cache' && mount.target !== '')
      .map((mount) => joinPath(stage.workdir ?? '/', mount.target));
    const before = new Map(
      cacheTargets.map((target) => [
        target,
        new Set(stage.fs.entriesUnder(target).map(([key]) => key)),
      ]),
    );
    const binds = instruction.mounts.filter(
      (mount) =>
        mount.type === 'bind' && (mount.from === null || mount.from.source.kind === 'context'),
    );
    // What each bind target held before the RUN, to put back once it ends.
    const mounted = instruction.mounts
      .filter((mount) => mount.type === 'bind' && mount.from?.source.kind !== 'image')
      .map((mount) => {
        const target = joinPath(stage.workdir ?? '/', mount.target);
        return [target, stage.fs.snapshot(target)] as const;
      });
    for (const bind of binds) {
      const target = joinPath(stage.workdir ?? '/', bind.target);
      for (const file of this.context.files ?? []) {
        stage.fs.write(`${target}/${file.path}`, {
          type: file.path.endsWith('/') ? 'dir' : 'file',
          origin: {kind: 'context'},
          line,
          ...(file.role ? {artifact: {kind: 'project', role: file.role}} : {}),
        });
      }
      if (!this.context.files)
        stage.fs.write(target, {
          type: 'dir',
          origin: {kind: 'context'},
          line,
          opaque: 'el contexto de construcción no está descrito',
        });
    }
    // A bind mount from an earlier stage shows that stage's files at the target, read-only,
    // for this RUN only (Dockerfile reference, RUN --mount=type=bind: source, from).
    const stageBinds = instruction.mounts.filter(
      (mount) => mount.type === 'bind' && mount.from?.source.kind === 'stage',
    );
    for (const bind of stageBinds) {
      const source = bind.from?.source;
      const target = joinPath(stage.workdir ?? '/', bind.target);
      const built =
        source?.kind === 'stage' && source.index < stage.index
          ? this.stages[source.index]
          : undefined;
      const path = normalise(bind.source === '' ? '/' : bind.source);
      const found = built && !built.failure ? built.fs.stat(path) : null;
      if (built && found?.state === 'present') {
        this.place(
          stage,
          built.fs,
          path,
          found.type,
          target,
          {kind: 'stage', stage: built.index, path},
          line,
          built.fs.nodeAt(path) ?? null,
        );
      } else {
        stage.fs.write(target, {
          type: 'dir',
          origin: {kind: 'run'},
          line,
          opaque: `lo que monta --mount=from=${bind.from?.text ?? ''}`,
        });
      }
    }
    let result: CommandResult;
    // The command as BuildKit names it in «process … did not complete»: only needed on failure.
    let shown: () => string;
    if (exec) {
      shown = () => exec.join(' ');
      result = this.runCommands(context, [
        {assignments: new Map(), words: exec, writes: [], after: ';'},
      ]);
    } else {
      const [shell = '/bin/sh', ...shellArgs] = stage.shell;
      const heredoc = instruction.rest.startsWith('<<')
        ? instruction.lines.heredocs[0]?.body
        : undefined;
      const script = heredoc ?? instruction.rest.replace(/^(?:--\S+\s+)*/, '');
      shown = () => [shell, ...shellArgs, script].join(' ');
      const found = stage.fs.stat(shell);
      if (found.state === 'absent') {
        stage.record({
          line,
          keyword: 'RUN',
          outcome: 'fails',
          message: `RUN en forma shell necesita ${shell} y la etapa no lo tiene (${found.why}).`,
          error: fill(RUN_TEXTS.createFailed.value, {
            error: fill(RUN_TEXTS.statMissing.value, {path: shell}),
          }),
        });
        return;
      }
      const parsed = parseShell(script, env);
      const runner = nonRootUser(stage);
      if (runner !== null) stage.fs.recording = [];
      result =
        parsed.kind === 'unknown'
          ? {kind: 'unknown', reason: `el laboratorio no sigue ${parsed.why}`}
          : this.runCommands(context, parsed.commands);
      const written = stage.fs.recording;
      stage.fs.recording = null;
      const denied =
        runner !== null && result.kind === 'ok' && parsed.kind === 'commands'
          ? asUser(stage, runner, parsed.commands, written ?? [])
          : null;
      if (denied) {
        // What the step would have written may not be there.
        for (const path of written ?? []) {
          const node = stage.fs.nodeAt(path);
          if (node && node.type !== 'deleted')
            stage.fs.write(path, {...node, uncertain: `${denied.reason} (línea ${line})`});
        }
        result = denied;
      }
      if (found.state === 'unknown' && result.kind === 'ok') {
        result = {kind: 'unknown', reason: `no se sabe si la etapa tiene ${shell}`};
      }
    }
    // The mount point stays, empty: what the RUN wrote there was in the cache, not the image.
    for (const target of cacheTargets) {
      const kept = before.get(target) ?? new Set();
      for (const [key] of stage.fs.entriesUnder(target))
        if (!kept.has(key)) stage.fs.remove(key, line);
      if (kept.size === 0) stage.fs.write(target, {type: 'dir', origin: {kind: 'run'}, line});
    }
    for (const [target, previous] of mounted) stage.fs.unmount(target, previous);
    if (result.kind === 'fails') {
      stage.record({
        line,
        keyword: 'RUN',
        outcome: 'fails',
        message: result.reason,
        error: [
          result.error,
          result.code
            ? fill(BUILD_TEXTS.processFailed.value, {command: shown(), code: result.code})
            : null,
        ]
          .filter(Boolean)
          .join('\n'),
      });
    } else if (result.kind === 'unknown') {
      stage.fs.markUnknown(
        line,
        `la línea ${line} hace algo que el laboratorio no sigue (${result.reason})`,
      );
      stage.record({
        line,
        keyword: 'RUN',
        outcome: 'unknown',
        message: `No se puede seguir: ${result.reason}.`,
      });
    } else {
      const done = result.note ?? 'Termina bien.';
      stage.record({
        line,
        keyword: 'RUN',
        outcome: 'ok',
        message:
          cacheTargets.length === 0
            ? done
            : `${done} Lo que escribe en ${cacheTargets.join(', ')} (--mount=type=cache) no queda en la imagen.`,
      });
    }
  }

  /**
   * Runs a list as the shell does: `&&` skips after a failure, `||` runs only after one, `;`,
   * `|` and new lines always run; `set -e` stops at the first failure. The RUN's status is the
   * last command's.
   */
  private runCommands(context: RunContext, commands: readonly SimpleCommand[]): CommandResult {
    let status: CommandResult = OK;
    let unknown: Extract<CommandResult, {kind: 'unknown'}> | null = null;
    const notes: string[] = [];
    for (const command of commands) {
      if (command.after === '&&' && status.kind === 'fails') continue;
      if (command.after === '||' && status.kind !== 'fails') continue;
      const result = this.runCommand(context, command);
      if (result.kind === 'unknown') {
        unknown ??= result;
        context.stage.fs.markUnknown(
          context.line,
          `la línea ${context.line} hace algo que el laboratorio no sigue (${result.reason})`,
        );
        status = OK;
        continue;
      }
      if (result.kind === 'ok' && result.note) notes.push(result.note);
      status = result;
      if (result.kind === 'fails' && context.errexit) break;
    }
    if (status.kind === 'fails') {
      return unknown
        ? {kind: 'unknown', reason: `${unknown.reason}, y después: ${status.reason}`}
        : status;
    }
    return unknown ?? (notes.length > 0 ? {kind: 'ok', note: notes.join(' ')} : OK);
  }

  /** Looks a program up as the shell does: a path, or each PATH directory in turn. */
  private resolve(context: RunContext, name: string): Stat | null {
    if (name.includes('/')) return context.stage.fs.stat(joinPath(context.cwd ?? '/', name));
    return context.stage.fs.findInPath(name, context.env.get('PATH') ?? SYSTEM_PATH).stat;
  }

  private runCommand(context: RunContext, command: SimpleCommand): CommandResult {
    const [name = '', ...args] = command.words;
    // Only a command with its own `NAME=value` words needs an environment of its own.
    const env =
      command.assignments.size === 0
        ? context.env
        : new Map([...context.env, ...command.assignments]);
    if (name === '') {
      setShellVariables(context, command.assignments);
      return OK;
    }
    if (BUILTINS.has(name)) {
      if (name === 'cd') context.cwd = joinPath(context.cwd ?? '/', args[0] ?? '/');
      if (name === 'export') {
        for (const arg of args) {
          const at = arg.indexOf('=');
          if (at > 0) setShellVariables(context, [[arg.slice(0, at), arg.slice(at + 1)]]);
        }
      }
      if (name === 'set' && args.some((arg) => /^-[a-z]*e/.test(arg))) context.errexit = true;
      if (name === 'exit' && (args[0] ?? '0') !== '0') {
        return {kind: 'fails', reason: `exit ${args[0]}`, code: args[0] ?? '1'};
      }
      if (name === 'false') return {kind: 'fails', reason: 'false', code: '1'};
      writeRedirects(context, command);
      return OK;
    }
    const found = this.resolve(env === context.env ? context : {...context, env}, name);
    if (found?.state === 'absent') {
      return {
        kind: 'fails',
        reason: `El shell no encuentra ${name}: ${found.why}.`,
        code: BUILD_TEXTS.commandNotFound.value,
      };
    }
    if (
      found?.state === 'present' &&
      name.includes('/') &&
      found.node?.type === 'file' &&
      found.node.executable === false
    ) {
      return {
        kind: 'fails',
        reason: `${name} no tiene permiso de ejecución: COPY crea los heredocs con modo 0644, y hace falta --chmod=755 o chmod +x antes.`,
        code: BUILD_TEXTS.notExecutable.value,
      };
    }
    const program = basename(name);
    const result = this.tool(
      context,
      program,
      args,
      env,
      found?.state === 'unknown' ? found.why : null,
      name,
    );
    writeRedirects(context, command);
    return result;
  }

  /** What a known tool does; an unknown one leaves its writes unknown. */
  private tool(
    context: RunContext,
    program: string,
    args: readonly string[],
    env: ReadonlyMap<string, string>,
    unresolved: string | null,
    invoked: string,
  ): CommandResult {
    const {stage, line} = context;
    const fs = stage.fs;
    const cwd = context.cwd;
    const here = (path: string): string => joinPath(cwd ?? '/', path);
    const options = args.filter((arg) => arg.startsWith('-'));
    const operands = args.filter((arg) => !arg.startsWith('-'));
    const flagValue = (name: string): string | undefined => {
      const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
      if (index === -1) return undefined;
      const arg = args[index] ?? '';
      return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
    };
    if (unresolved && !['apt-get', 'apt', 'apk'].includes(program)) {
      return {kind: 'unknown', reason: `no se sabe si la etapa tiene ${program} (${unresolved})`};
    }
    // Asking a tool its version changes nothing.
    if (
      args.length === 1 &&
      ['--version', '-version', 'version', '-v', '-V'].includes(args[0] ?? '')
    )
      return OK;
    // The lab follows no file ownership: as another user, a package manager's writes to the
    // system directories are beyond what it knows (as root, the default, they are not).
    const user = nonRootUser(stage);
    if (user !== null && ['apt-get', 'apt', 'apk'].includes(program)) {
      return {
        kind: 'unknown',
        reason: `${program} corre como el usuario «${user}» (USER): instalar paquetes escribe en directorios del sistema y el laboratorio no sigue sus permisos. Antes de USER correría como root`,
      };
    }
    switch (program) {
      case 'apt-get':
      case 'apt': {
        const sub = operands[0];
        if (sub === 'update') {
          stage.aptLists = true;
          return {kind: 'ok', note: 'apt-get update descarga las listas de paquetes.'};
        }
        if (sub === 'install') {
          const packages = operands.slice(1);
          if (stage.aptLists === false) {
            const first = packages[0] ?? '';
            return {
              kind: 'fails',
              reason: `apt-get install sin apt-get update antes: la imagen no trae las listas de paquetes, así que apt no encuentra ${first}.`,
              error: fill(BUILD_TEXTS.aptNoPackage.value, {package: first}),
              code: '100',
            };
          }
          if (stage.aptLists === null)
            return {
              kind: 'unknown',
              reason: 'no se sabe si la imagen tiene las listas de paquetes de apt',
            };
          const release = debianRelease(stage.image);
          const recommends = !options.includes('--no-install-recommends');
          let unknownPackage: string | null = null;
          for (const name of packages) {
            const paths = DEBIAN_PACKAGES[name.replace(/=.*$/, '')];
            if (!paths) {
              unknownPackage ??= name;
              continue;
            }
            for (const path of paths)
              fs.write(path, {
                type: 'file',
                origin: {kind: 'run'},
                line,
                ...(path.includes('ca-certificates') ? {artifact: {kind: 'certificates'}} : {}),
              });
            if (name === 'libc6-dev' || name === 'build-essential') stage.libcDev = true;
            if (name === 'python3-venv') stage.pythonVenv = true;
            if (
              (name === 'python3' || name === 'python3-venv' || name === 'python3-pip') &&
              release
            ) {
              stage.debianPython = true;
              const version = release === '13' ? '3.13' : '3.11';
              fs.write('/usr/bin/python3', {
                type: 'link',
                target: `python${version}`,
                origin: {kind: 'run'},
                line,
              });
              fs.write(`/usr/bin/python${version}`, {
                type: 'file',
                origin: {kind: 'run'},
                line,
                artifact: {kind: 'venv-python', version, line},
              });
            }
          }
          // gcc-14 Recommends libc6-dev (its control), and apt installs Recommends unless told
          // not to (Debian/apt@6b12812 apt-pkg/init.cc:119; debuerreotype-minimizing-config,
          // which makes the Debian images, leaves that alone).
          if (packages.includes('gcc') || packages.includes('g++')) {
            if (recommends) stage.libcDev = true;
            else if (stage.libcDev !== true) stage.libcDev = null;
          }
          if (unknownPackage) {
            fs.markUnknown(
              line,
              `apt-get instala ${unknownPackage}, un paquete cuyos archivos el laboratorio no conoce`,
            );
          }
          return {kind: 'ok', note: `apt-get instala ${packages.join(', ')}.`};
        }
        if (sub === 'clean' || sub === 'dist-clean') {
          if (sub === 'dist-clean') stage.aptLists = false;
          return OK;
        }
        return {kind: 'unknown', reason: `apt-get ${sub ?? ''}`};
      }
      case 'apk': {
        const sub = operands[0];
        if (sub === 'add') {
          const packages = operands.slice(1);
          let unknownPackage: string | null = null;
          for (const name of packages) {
            const paths = ALPINE_PACKAGES[name];
            if (!paths) {
              unknownPackage ??= name;
              continue;
            }
            for (const path of paths) fs.write(path, {type: 'file', origin: {kind: 'run'}, line});
            if (name === 'musl-dev' || name === 'libc-dev' || name === 'build-base')
              stage.libcDev = true;
          }
          if (unknownPackage)
            fs.markUnknown(
              line,
              `apk instala ${unknownPackage}, un paquete cuyos archivos el laboratorio no conoce`,
            );
          return {kind: 'ok', note: `apk instala ${packages.join(', ')}.`};
        }
        return {kind: 'unknown', reason: `apk ${sub ?? ''}`};
      }
      case 'rm': {
        for (const operand of operands) {
          const path = here(operand);
          if (/^\/var\/lib\/apt\/lists/.test(path)) stage.aptLists = false;
          fs.remove(path.replace(/\/\*$/, ''), line);
          if (path.endsWith('/*'))
            fs.write(path.slice(0, -2), {type: 'dir', origin: {kind: 'run'}, line});
        }
        return OK;
      }
      case 'mkdir':
        for (const operand of operands)
          fs.write(here(operand), {type: 'dir', origin: {kind: 'run'}, line});
        return OK;
      case 'touch':
        for (const operand of operands)
          fs.write(here(operand), {type: 'file', origin: {kind: 'run'}, line});
        return OK;
      case 'ln': {
        if (!options.some((option) => /s/.test(option)) || operands.length !== 2)
          return {kind: 'unknown', reason: `ln ${args.join(' ')}`};
        const [target = '', link = ''] = operands;
        fs.write(here(link), {type: 'link', target, origin: {kind: 'run'}, line});
        return OK;
      }
      case 'chmod': {
        const [mode = '', ...paths] = operands;
        for (const operand of paths) {
          const node = fs.nodeAt(here(operand));
          if (!node || node.type !== 'file') continue;
          const executable = executableMode(mode, node.executable);
          fs.write(here(operand), {...node, executable: executable ?? undefined});
        }
        return OK;
      }
      case 'chown':
      case 'chgrp':
        return OK;
      case 'cp':
      case 'mv': {
        if (operands.length !== 2) return {kind: 'unknown', reason: `${program} ${args.join(' ')}`};
        const [from = '', to = ''] = operands.map(here);
        const found = fs.stat(from);
        if (found.state === 'absent')
          return {kind: 'fails', reason: `${program}: ${from} no existe`, code: '1'};
        const toStat = fs.stat(to);
        const target =
          toStat.state === 'present' && toStat.type === 'dir' ? `${to}/${basename(from)}` : to;
        const node = fs.nodeAt(from);
        fs.write(
          target,
          node
            ? {...node, line}
            : {
                type: found.state === 'present' ? found.type : 'file',
                origin: {kind: 'run'},
                line,
                ...(found.state === 'unknown' ? {uncertain: found.why} : {}),
              },
        );
        for (const [key, child] of fs.entriesUnder(from))
          fs.write(`${target}${key.slice(from.length)}`, child);
        if (program === 'mv') fs.remove(from, line);
        return OK;
      }
      case 'useradd':
      case 'adduser': {
        const name = operands.at(-1) ?? '';
        stage.addedUsers.push(name);
        if (program === 'adduser' && args.includes('-G'))
          stage.addedGroups.push(flagValue('-G') ?? '');
        if (
          program === 'useradd' &&
          !args.includes('-N') &&
          !args.includes('--no-user-group') &&
          !args.some((arg) => arg === '-g' || arg === '--gid')
        )
          stage.addedGroups.push(name);
        return {kind: 'ok', note: `crea el usuario ${name}.`};
      }
      case 'groupadd':
      case 'addgroup':
        stage.addedGroups.push(operands.at(-1) ?? '');
        return OK;
      case 'go':
        return this.go(context, args, env);
      case 'cargo':
        return this.cargo(context, args, env);
      case 'rustup': {
        if (operands[0] === 'target' && operands[1] === 'add') {
          stage.rustTargets = [...(stage.rustTargets ?? []), ...operands.slice(2)];
          return {kind: 'ok', note: `rustup instala el target ${operands.slice(2).join(', ')}.`};
        }
        return {kind: 'unknown', reason: `rustup ${args.join(' ')}`};
      }
      case 'gcc':
      case 'cc':
      case 'g++':
      case 'c++':
      case 'clang':
      case 'clang++':
        return this.compileC(context, program, args);
      case 'make':
        return this.make(context, args);
      case 'mvn':
      case 'mvnw':
        return this.maven(context, args);
      case 'javac':
        return {kind: 'ok', note: 'javac compila las clases.'};
      case 'jar': {
        const spec = options[0] ?? '';
        const file = operands[0];
        if (!/c/.test(spec) || !file) return {kind: 'unknown', reason: `jar ${args.join(' ')}`};
        const java = stageJava(stage);
        fs.write(here(file), {
          type: 'file',
          origin: {kind: 'run'},
          line,
          artifact: {
            kind: 'jar',
            release: java?.release ?? null,
            mainClass: /e/.test(spec) ? (operands[1] ?? null) : /m/.test(spec) ? undefined : null,
            line,
          },
        });
        return {kind: 'ok', note: `jar crea ${here(file)}.`};
      }
      case 'npm':
        return this.npm(context, args, env);
      case 'python':
      case 'python3':
        return this.python(context, invoked, args);
      case 'pip':
      case 'pip3':
        return this.python(context, invoked, args);
      case 'java':
      case 'node':
        return {
          kind: 'unknown',
          reason: `${program} ejecuta un programa que el laboratorio no conoce`,
        };
      default:
        if (/^python3\.\d+$/.test(program)) return this.python(context, invoked, args);
        return {kind: 'unknown', reason: `«${program}»`};
    }
  }

  // --- toolchains ------------------------------------------------------------------------

  private projectRoles(directory: string | null): ProjectRole[] {
    if (!directory) return [];
    return this.currentFs?.projectFilesUnder(directory) ?? [];
  }

  currentFs: Filesystem | null = null;

  private go(
    context: RunContext,
    args: readonly string[],
    env: ReadonlyMap<string, string>,
  ): CommandResult {
    const {stage, line} = context;
    const sub = args[0];
    if (sub !== 'build' && sub !== 'install') {
      if (
        sub === 'mod' ||
        sub === 'vet' ||
        sub === 'test' ||
        sub === 'version' ||
        sub === 'env' ||
        sub === 'generate'
      )
        return OK;
      return {kind: 'unknown', reason: `go ${sub ?? ''}`};
    }
    const rest = args.slice(1);
    const outputIndex = rest.indexOf('-o');
    const output = outputIndex === -1 ? undefined : rest[outputIndex + 1];
    const roles = this.projectRoles(context.cwd);
    const module = roles.find((role) => role.kind === 'go-module');
    const described = this.context.files !== null;
    if (described && !module) {
      return {
        kind: 'unknown',
        reason: `go ${sub} en ${context.cwd ?? '?'}, donde no está el go.mod del proyecto`,
      };
    }
    const packages = rest.filter(
      (arg, index) => !arg.startsWith('-') && !GO_VALUED_FLAGS.has(rest[index - 1] ?? ''),
    );
    const name = module ? lastElement(module.module) : '?';
    let target: string | null;
    if (sub === 'install') {
      // go-install(1): into GOBIN, else the first GOPATH's bin; a cross-compiled binary goes to
      // a GOOS_GOARCH subdirectory, and whether GOARCH is the host's cannot be known here.
      const gobin = env.get('GOBIN') || null;
      const gopath = (env.get('GOPATH') ?? '').split(':')[0] || null;
      const directory = gobin ?? (gopath ? `${gopath}/bin` : null);
      const cross = !gobin && (Boolean(env.get('GOARCH')) || Boolean(env.get('GOOS')));
      const named = packages.length === 0 || (packages.length === 1 && packages[0] === '.');
      target =
        directory && module && named && !cross ? joinPath('/', `${directory}/${name}`) : null;
      if (!target) {
        stage.fs.markUnknown(
          line,
          'go install escribe en GOBIN o en GOPATH/bin, con el nombre del paquete',
        );
        return {kind: 'ok', note: 'go install compila.'};
      }
    } else if (output) {
      const path = joinPath(context.cwd ?? '/', output);
      const found = stage.fs.stat(path);
      target =
        output.endsWith('/') || (found.state === 'present' && found.type === 'dir')
          ? `${path}/${name}`
          : path;
      if (!module && (output.endsWith('/') || (found.state === 'present' && found.type === 'dir')))
        target = null;
    } else {
      target = module ? joinPath(context.cwd ?? '/', name) : null;
    }
    if (!target) {
      stage.fs.markUnknown(
        line,
        'go build escribe un binario cuyo nombre sale del go.mod, que el laboratorio no ve',
      );
      return {kind: 'ok', note: 'go build compila (el nombre del binario sale del go.mod).'};
    }
    // cgo: CGO_ENABLED, or on by default when a C compiler is on the PATH (cmd/go autocgo).
    const cgoSetting = env.get('CGO_ENABLED');
    const compiler = env.has('CC')
      ? ({state: 'present'} as const)
      : this.resolve(env === context.env ? context : {...context, env}, 'gcc');
    const cgo =
      cgoSetting !== undefined && cgoSetting !== ''
        ? cgoSetting === '0'
          ? false
          : true
        : compiler?.state === 'present'
          ? true
          : compiler?.state === 'absent'
            ? false
            : null;
    const libc = stage.image && isKnown(stage.image) ? stage.image.contents.libc.value : null;
    let linking: Extract<Artifact, {kind: 'binary'}>['linking'];
    if (cgo === false) linking = {kind: 'static'};
    else if (cgo === null)
      linking = {
        kind: 'unknown',
        why: 'no se sabe si la etapa tiene un compilador de C, y con él go build usa cgo',
      };
    else if (!described)
      linking = {
        kind: 'unknown',
        why: 'con cgo, el binario se enlaza con la libc si el programa importa net u os/user, y el contexto no está descrito',
      };
    else {
      // netgo and osusergo build the pure-Go net and os/user instead of their cgo files
      // (golang/go@1c5c4f7 src/net/cgo_unix_cgo.go:5, @2f19a5a src/os/user/cgo_lookup_cgo.go:5).
      const tags = goBuildTags(rest, env);
      const usesCgo = roles.some(
        (role) =>
          role.kind === 'go-source' &&
          role.cgoPackages.some(
            (name) =>
              !(name === 'net' && tags.has('netgo')) &&
              !(name === 'os/user' && tags.has('osusergo')),
          ),
      );
      linking = !usesCgo
        ? {kind: 'static'}
        : libc === 'glibc' || libc === 'musl'
          ? dynamicLinking(stage, libc, ['libc.so.6'])
          : {kind: 'unknown', why: 'no se sabe con qué libc enlaza la etapa'};
      if (/-extldflags[= ]['"]?-static/.test(args.join(' ')) && linking.kind === 'dynamic') {
        linking = {
          kind: 'unknown',
          why: 'enlazar estáticamente con cgo depende de las bibliotecas estáticas de la etapa',
        };
      }
    }
    stage.fs.write(target, {
      type: 'file',
      origin: {kind: 'run'},
      line,
      artifact: {kind: 'binary', tool: 'go', linking, line},
    });
    return {kind: 'ok', note: `go ${sub} crea ${target} (${describeLinking(linking)}).`};
  }

  private cargo(
    context: RunContext,
    args: readonly string[],
    env: ReadonlyMap<string, string>,
  ): CommandResult {
    const {stage, line} = context;
    const sub = args[0];
    if (
      sub === 'fetch' ||
      sub === 'test' ||
      sub === 'check' ||
      sub === 'version' ||
      sub === '--version'
    )
      return OK;
    if (sub !== 'build' && sub !== 'install')
      return {kind: 'unknown', reason: `cargo ${sub ?? ''}`};
    const value = (flag: string): string | undefined => {
      const index = args.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
      if (index === -1) return undefined;
      const arg = args[index] ?? '';
      return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
    };
    const target = value('--target');
    const targets = stage.rustTargets;
    if (target && targets && !targets.includes(target)) {
      return {
        kind: 'fails',
        reason: `La imagen solo trae el target ${targets.join(', ')} de Rust: --target ${target} necesita antes «rustup target add ${target}».`,
        // Cargo's «standard 101 error code» (cargo::ops::cargo_test::fail_fast_code, docs).
        code: '101',
      };
    }
    // cargo install builds a local package only with --path (anything else comes from a
    // registry or a repository the lab does not see).
    const installPath = sub === 'install' ? value('--path') : undefined;
    if (sub === 'install' && !installPath) {
      stage.fs.markUnknown(line, 'cargo install escribe en CARGO_HOME/bin');
      return OK;
    }
    const projectDirectory =
      installPath === undefined ? context.cwd : joinPath(context.cwd ?? '/', installPath);
    const roles = this.projectRoles(projectDirectory);
    const manifest = roles.find((role) => role.kind === 'cargo-manifest');
    if (this.context.files !== null && !manifest) {
      return {
        kind: 'unknown',
        reason: `cargo ${sub} en ${projectDirectory ?? '?'}, donde no está el Cargo.toml del proyecto`,
      };
    }
    // cargo install builds the release profile unless --debug says otherwise.
    const profile =
      args.includes('--release') || (sub === 'install' && !args.includes('--debug'))
        ? 'release'
        : (value('--profile') ?? 'debug');
    const directory =
      profile === 'dev' || profile === 'test' ? 'debug' : profile === 'bench' ? 'release' : profile;
    const host = targets?.[0] ?? null;
    const effective = target ?? host;
    // RUSTFLAGS reach every crate; +crt-static links glibc statically on gnu targets
    // (rust-lang/rust#77386), and without --target it breaks proc-macro crates too
    // (rust-lang/rust#78210: «cannot produce proc-macro … does not support these crate types»).
    const rustflags = `${env.get('RUSTFLAGS') ?? ''} ${(env.get('CARGO_ENCODED_RUSTFLAGS') ?? '').replaceAll('\x1f', ' ')} ${env.get('CARGO_BUILD_RUSTFLAGS') ?? ''}`;
    const crtStatic = /target-feature=\S*\+crt-static/.test(rustflags.replace(/-C\s+/g, '-C'));
    if (crtStatic && !target && effective && !effective.endsWith('-musl')) {
      return {
        kind: 'unknown',
        reason:
          'con +crt-static en RUSTFLAGS y sin --target, cargo no puede compilar las macros procedurales (serde_derive…) de las dependencias, y el laboratorio no ve cuáles tiene el proyecto',
      };
    }
    const linking: Extract<Artifact, {kind: 'binary'}>['linking'] = !effective
      ? {kind: 'unknown', why: 'no se sabe para qué target compila la etapa'}
      : effective.endsWith('-musl') || crtStatic
        ? {kind: 'static'}
        : dynamicLinking(stage, 'glibc', ['libgcc_s.so.1', 'libc.so.6']);
    const name = manifest && manifest.kind === 'cargo-manifest' ? manifest.package : null;
    if (!name) {
      stage.fs.markUnknown(
        line,
        `cargo ${sub} escribe un binario con el nombre del paquete de Cargo.toml`,
      );
      return {kind: 'ok', note: `cargo ${sub} compila.`};
    }
    // cargo-install(1): the root is --root, else CARGO_INSTALL_ROOT, else install.root in a
    // config file, else CARGO_HOME, else $HOME/.cargo; the binary goes to its bin/.
    const home = env.get('HOME');
    const installRoot =
      sub !== 'install'
        ? null
        : value('--root') ||
          env.get('CARGO_INSTALL_ROOT') ||
          env.get('CARGO_HOME') ||
          (home ? `${home}/.cargo` : null);
    if (sub === 'install' && !installRoot) {
      stage.fs.markUnknown(line, 'cargo install escribe en CARGO_HOME/bin');
      return OK;
    }
    // The Cargo Book, Build cache: --target-dir, else CARGO_TARGET_DIR, else build.target-dir
    // (CARGO_BUILD_TARGET_DIR), relative to the current directory.
    const targetDir =
      value('--target-dir') ||
      env.get('CARGO_TARGET_DIR') ||
      env.get('CARGO_BUILD_TARGET_DIR') ||
      'target';
    const output = joinPath(
      context.cwd ?? '/',
      installRoot !== null
        ? `${installRoot}/bin/${name}`
        : `${targetDir}/${target ? `${target}/` : ''}${directory}/${name}`,
    );
    stage.fs.write(output, {
      type: 'file',
      origin: {kind: 'run'},
      line,
      artifact: {kind: 'binary', tool: 'cargo', linking, line},
    });
    return {kind: 'ok', note: `cargo ${sub} crea ${output} (${describeLinking(linking)}).`};
  }

  private compileC(context: RunContext, program: string, args: readonly string[]): CommandResult {
    const {stage, line} = context;
    if (args.includes('-c') || args.includes('-E') || args.includes('-S')) return OK;
    if (stage.libcDev === null) {
      return {
        kind: 'unknown',
        reason: `${program} sin libc6-dev (lo omite --no-install-recommends): no se sabe si encuentra las cabeceras de C`,
      };
    }
    const index = args.indexOf('-o');
    const output = joinPath(
      context.cwd ?? '/',
      index === -1 ? 'a.out' : (args[index + 1] ?? 'a.out'),
    );
    const cxx = /\+\+$/.test(program) || args.some((arg) => /\.(cc|cpp|cxx)$/.test(arg));
    stage.fs.write(output, {
      type: 'file',
      origin: {kind: 'run'},
      line,
      artifact: {
        kind: 'binary',
        tool: cxx ? 'c++' : 'cc',
        linking: this.cLinking(stage, args.includes('-static'), cxx),
        line,
      },
    });
    return {kind: 'ok', note: `${program} crea ${output}.`};
  }

  private cLinking(
    stage: StageBuilder,
    isStatic: boolean,
    cxx: boolean,
  ): Extract<Artifact, {kind: 'binary'}>['linking'] {
    if (isStatic) return {kind: 'static'};
    const libc = stage.image && isKnown(stage.image) ? stage.image.contents.libc.value : null;
    if (libc !== 'glibc' && libc !== 'musl')
      return {kind: 'unknown', why: 'no se sabe con qué libc enlaza la etapa'};
    return dynamicLinking(
      stage,
      libc,
      cxx ? ['libstdc++.so.6', 'libm.so.6', 'libgcc_s.so.1', 'libc.so.6'] : ['libc.so.6'],
    );
  }

  private make(context: RunContext, args: readonly string[]): CommandResult {
    const {stage, line} = context;
    const roles = this.projectRoles(context.cwd);
    const makefile = roles.find((role) => role.kind === 'makefile');
    if (!makefile || makefile.kind !== 'makefile') {
      return {kind: 'unknown', reason: 'make sigue un Makefile que el laboratorio no ve'};
    }
    if (stage.libcDev === null) {
      return {
        kind: 'unknown',
        reason: 'make compila con gcc sin libc6-dev: no se sabe si encuentra las cabeceras de C',
      };
    }
    const compiler = this.resolve(context, makefile.language === 'c++' ? 'g++' : 'cc');
    if (compiler?.state === 'absent') {
      return {
        kind: 'fails',
        reason: `El Makefile compila con ${makefile.language === 'c++' ? 'g++' : 'cc'}, que la etapa no tiene.`,
        code: '2',
      };
    }
    const isStatic = args.some((arg) => /^LDFLAGS=.*-static/.test(arg));
    const output = joinPath(context.cwd ?? '/', makefile.program);
    stage.fs.write(output, {
      type: 'file',
      origin: {kind: 'run'},
      line,
      artifact: {
        kind: 'binary',
        tool: makefile.language === 'c++' ? 'c++' : 'cc',
        linking: this.cLinking(stage, isStatic, makefile.language === 'c++'),
        line,
      },
    });
    return {kind: 'ok', note: `make crea ${output}.`};
  }

  private maven(context: RunContext, args: readonly string[]): CommandResult {
    const {stage, line} = context;
    const java = stageJava(stage);
    // A failed build makes Maven exit with 1 (apache/maven@8e8579a, maven-3.9.9,
    // maven-embedder/src/main/java/org/apache/maven/cli/MavenCli.java:960-965).
    if (java && !java.jdk) {
      return {
        kind: 'fails',
        reason: 'Maven compila con el compilador del JDK, y la imagen es una JRE: no trae javac.',
        code: '1',
      };
    }
    if (!args.some((arg) => arg === 'package' || arg === 'install' || arg === 'verify')) return OK;
    const roles = this.projectRoles(context.cwd);
    const pom = roles.find((role) => role.kind === 'maven-pom');
    if (!pom || pom.kind !== 'maven-pom') {
      stage.fs.markUnknown(
        line,
        'mvn package escribe en target/ un .jar con el nombre del pom.xml',
      );
      return {kind: 'ok', note: 'mvn package compila.'};
    }
    if (pom.release !== null && java && pom.release > java.release) {
      return {
        kind: 'fails',
        reason: `El pom.xml compila para Java ${pom.release} y la etapa tiene el JDK ${java.release}: un JDK no compila para una versión posterior a la suya.`,
        code: '1',
      };
    }
    const release = pom.release ?? java?.release ?? null;
    const output = joinPath(context.cwd ?? '/', `target/${pom.jar}`);
    stage.fs.write(output, {
      type: 'file',
      origin: {kind: 'run'},
      line,
      artifact: {kind: 'jar', release, mainClass: pom.mainClass, line},
    });
    return {kind: 'ok', note: `mvn package crea ${output}.`};
  }

  private npm(
    context: RunContext,
    args: readonly string[],
    env: ReadonlyMap<string, string>,
  ): CommandResult {
    const {stage, line} = context;
    const sub = args[0];
    const here = (path: string) => joinPath(context.cwd ?? '/', path);
    const production =
      args.some(
        (arg) =>
          /^--omit(=|$)/.test(arg) &&
          (arg.includes('dev') || args[args.indexOf(arg) + 1] === 'dev'),
      ) ||
      args.includes('--production') ||
      args.some((arg) => /^--only=prod/.test(arg)) ||
      env.get('NODE_ENV') === 'production';
    if (sub === 'ci' || sub === 'install' || sub === 'i') {
      if (sub === 'ci') {
        const lock = stage.fs.stat(here('package-lock.json'));
        const shrinkwrap = stage.fs.stat(here('npm-shrinkwrap.json'));
        if (lock.state === 'absent' && shrinkwrap.state === 'absent') {
          return {
            kind: 'fails',
            reason: `npm ci necesita package-lock.json en ${context.cwd ?? '/'} y no está: hay que copiarlo antes.`,
            error: `npm error code EUSAGE\n${BUILD_TEXTS.npmCiNoLockfile.value}`,
          };
        }
        if (lock.state === 'unknown')
          return {kind: 'unknown', reason: `no se sabe si ${here('package-lock.json')} existe`};
      }
      stage.fs.write(here('node_modules'), {
        type: 'dir',
        origin: {kind: 'run'},
        line,
        opaque: 'las dependencias de npm',
        artifact: {kind: 'node-modules', dev: !production, line},
      });
      return {
        kind: 'ok',
        note: `npm ${sub} instala las dependencias${production ? ' de producción' : ', también las de desarrollo'} en ${here('node_modules')}.`,
      };
    }
    if (sub === 'prune' && args.some((arg) => /omit|production/.test(arg))) {
      const modules = stage.fs.nodeAt(here('node_modules'));
      if (modules)
        stage.fs.write(here('node_modules'), {
          ...modules,
          artifact: {kind: 'node-modules', dev: false, line},
        });
      return OK;
    }
    if (sub === 'run' || sub === 'run-script') {
      const script = args[1] ?? '';
      const roles = this.projectRoles(context.cwd);
      const pkg = roles.find((role) => role.kind === 'npm-package');
      const outputs = pkg && pkg.kind === 'npm-package' ? pkg.scripts[script] : undefined;
      if (!outputs) {
        stage.fs.markUnknown(
          line,
          `npm run ${script} ejecuta un script de package.json que el laboratorio no ve`,
        );
        return {kind: 'ok', note: `npm run ${script}.`};
      }
      for (const output of outputs) {
        stage.fs.write(here(output.replace(/\/$/, '')), {
          type: output.endsWith('/') ? 'dir' : 'file',
          origin: {kind: 'run'},
          line,
          ...(output.endsWith('/') ? {opaque: `lo que genera npm run ${script}`} : {}),
        });
      }
      return {kind: 'ok', note: `npm run ${script} crea ${outputs.map(here).join(', ')}.`};
    }
    return {kind: 'unknown', reason: `npm ${sub ?? ''}`};
  }

  private python(context: RunContext, program: string, args: readonly string[]): CommandResult {
    const {stage, line} = context;
    const here = (path: string) => joinPath(context.cwd ?? '/', path);
    // Which interpreter runs, and its version.
    const invoked = this.resolve(context, program);
    const venvModule = args[0] === '-m' && args[1] === 'venv';
    const pipModule = args[0] === '-m' && args[1] === 'pip';
    if (venvModule) {
      const directory = here(args.find((arg, i) => i > 1 && !arg.startsWith('-')) ?? '.venv');
      const version = this.pythonVersion(stage, invoked);
      const available =
        stage.pythonVenv ??
        (stage.image && isKnown(stage.image)
          ? (stage.image.contents.python?.value.venv ?? null)
          : null);
      if (available === null && debianRelease(stage.image)) {
        return {
          kind: 'unknown',
          reason: 'python3 -m venv en Debian necesita el paquete python3-venv, y no se instala',
        };
      }
      const interpreterPath = program.includes('/')
        ? joinPath(context.cwd ?? '/', program)
        : invoked?.state === 'present'
          ? invokedPath(context, program)
          : null;
      if (!interpreterPath) return {kind: 'unknown', reason: `no se sabe dónde está ${program}`};
      stage.fs.write(`${directory}/bin/python3`, {
        type: 'link',
        target: interpreterPath,
        origin: {kind: 'run'},
        line,
      });
      stage.fs.write(`${directory}/bin/python`, {
        type: 'link',
        target: 'python3',
        origin: {kind: 'run'},
        line,
      });
      stage.fs.write(`${directory}/bin/pip`, {type: 'file', origin: {kind: 'run'}, line});
      stage.fs.write(`${directory}/bin/pip3`, {type: 'file', origin: {kind: 'run'}, line});
      if (version)
        stage.fs.write(`${directory}/lib/python${version}/site-packages`, {
          type: 'dir',
          origin: {kind: 'run'},
          line,
          artifact: {kind: 'python-packages', version, line},
        });
      return {
        kind: 'ok',
        note: `python -m venv crea ${directory}, cuyo python3 es un enlace a ${interpreterPath}${version ? ` (Python ${version})` : ''}.`,
      };
    }
    const pip = basename(program).startsWith('pip') || pipModule;
    if (!pip) return {kind: 'unknown', reason: `${program} ${args.join(' ')}`};
    const pipArgs = pipModule ? args.slice(2) : args;
    if (pipArgs[0] !== 'install') return OK;
    // The environment pip installs into: a venv's when it is the venv's pip (or python), by
    // path or found first in PATH.
    const runs = program.includes('/')
      ? joinPath(context.cwd ?? '/', program)
      : stage.fs.findInPath(program, context.env.get('PATH') ?? SYSTEM_PATH).path;
    const venvBin = runs ? dirname(runs) : null;
    const site = venvBin
      ? stage.fs
          .entriesUnder(dirname(venvBin))
          .find(([, node]) => node.artifact?.kind === 'python-packages')
      : undefined;
    if (site) return {kind: 'ok', note: `pip instala los paquetes en ${site[0]}.`};
    const version = this.pythonVersion(stage, invoked);
    // Debian's Python is externally managed (PEP 668): libpython3.13-stdlib ships
    // /usr/lib/python3.13/EXTERNALLY-MANAGED, and pip refuses to install into it unless
    // --target, --prefix, --root or --break-system-packages (pypa/pip install.py:381-391),
    // or PIP_BREAK_SYSTEM_PACKAGES, says otherwise; it then exits with 1 (base_command.py:112-116).
    const override = (flag: string) =>
      pipArgs.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
    const broken = (context.env.get('PIP_BREAK_SYSTEM_PACKAGES') ?? '').toLowerCase();
    if (
      stage.debianPython &&
      runs !== null &&
      /^\/usr\/bin\/(?:pip3?|python3(?:\.\d+)?)$/.test(runs) &&
      !['--target', '-t', '--prefix', '--root', '--break-system-packages'].some(override) &&
      !['1', 'true', 'yes', 'on'].includes(broken)
    ) {
      return {
        kind: 'fails',
        reason:
          'El Python de Debian está gestionado por apt (PEP 668): pip no instala en él. Un entorno virtual (python3 -m venv) es la forma de instalar paquetes de pip.',
        error: BUILD_TEXTS.externallyManaged.value,
        code: '1',
      };
    }
    // --target puts the packages straight into that directory (pip install --help), which
    // a Python then sees only through PYTHONPATH or as the script's own directory.
    const targetIndex = pipArgs.findIndex((arg) => arg === '--target' || arg === '-t');
    const targetArg =
      targetIndex === -1
        ? pipArgs.find((arg) => arg.startsWith('--target='))?.slice('--target='.length)
        : pipArgs[targetIndex + 1];
    if (targetArg) {
      const target = here(targetArg);
      stage.fs.write(target, {
        type: 'dir',
        origin: {kind: 'run'},
        line,
        ...(version ? {artifact: {kind: 'python-packages', version, line}} : {}),
      });
      return {kind: 'ok', note: `pip instala los paquetes en ${target}.`};
    }
    if (pipArgs.includes('--user')) {
      const home = nonRootUser(stage) === null ? '/root' : null;
      if (home && version)
        stage.fs.write(`${home}/.local/lib/python${version}/site-packages`, {
          type: 'dir',
          origin: {kind: 'run'},
          line,
          artifact: {kind: 'python-packages', version, line},
        });
      return {kind: 'ok', note: 'pip instala los paquetes en ~/.local.'};
    }
    return {kind: 'ok', note: 'pip instala los paquetes en el Python de la imagen.'};
  }

  private pythonVersion(stage: StageBuilder, invoked: Stat | null): string | null {
    if (invoked?.state === 'present' && invoked.node?.artifact?.kind === 'venv-python')
      return invoked.node.artifact.version;
    const facts =
      stage.image && isKnown(stage.image) ? stage.image.contents.python?.value : undefined;
    return facts?.version ?? null;
  }

  // --- stages ---------------------------------------------------------------------------

  build(stage: DispatchedStage): StageModel {
    const parent = stage.parent === null ? null : (this.stages[stage.parent] ?? null);
    const image = parent ? parent.image : stage.image ? lookupImage(stage.image) : null;
    const facts = image && isKnown(image) ? image : null;
    const fs = parent
      ? parent.fs.clone()
      : new Filesystem(
          facts,
          image && !isKnown(image) ? image.reason : 'la imagen base no es válida',
        );
    const builder = new StageBuilder(stage.index, stage.name, image, fs, parent);
    this.stages[stage.index] = builder;
    this.currentFs = fs;
    if (stage.invalidBase) {
      const repository = stage.base ?? stage.baseText;
      builder.record({
        line: stage.line,
        keyword: 'FROM',
        outcome: 'fails',
        message: invalidBaseMessage(stage),
        error: invalidBaseError(stage.base, stage.baseText, repository),
      });
    } else if (!parent && image && !isKnown(image)) {
      builder.record({
        line: stage.line,
        keyword: 'FROM',
        outcome: 'unknown',
        message: `No se sabe qué trae la imagen: ${image.reason}`,
      });
    } else {
      builder.record({
        line: stage.line,
        keyword: 'FROM',
        outcome: 'ok',
        message: parent
          ? `Parte de la etapa ${parent.name ?? parent.index}.`
          : `Parte de ${image && isKnown(image) ? image.name : stage.baseText}.`,
      });
    }
    for (const instruction of stage.instructions.slice(1)) {
      if (builder.failure) break;
      if (instruction.unknownFlag !== null) {
        builder.record(unknownFlagStep(instruction, instruction.unknownFlag));
        break;
      }
      this.instruction(builder, instruction);
    }
    const model = builder.finish(stage.parent);
    this.models[stage.index] = model;
    return model;
  }

  private instruction(stage: StageBuilder, instruction: DispatchedInstruction): void {
    const {keyword, rest, expanded, values} = instruction;
    const line = instruction.lines.start;
    switch (keyword) {
      case 'WORKDIR': {
        const path = expanded[0] ?? '';
        stage.workdir = path.startsWith('/')
          ? normalise(path)
          : stage.workdir === null
            ? null
            : joinPath(stage.workdir, path);
        if (stage.workdir) {
          // BuildKit creates a missing WORKDIR as the current USER (convert.go:1543-1546).
          if (nonRootUser(stage) !== null && stage.fs.stat(stage.workdir).state === 'absent')
            stage.ownedDirectories.push(stage.workdir);
          stage.fs.write(stage.workdir, {type: 'dir', origin: {kind: 'run'}, line});
        }
        return;
      }
      case 'USER':
        stage.user = expanded[0] ?? '';
        return;
      case 'ENV':
        stage.setVariables(values, 'env');
        return;
      case 'ARG':
        stage.setVariables(values, 'args');
        return;
      case 'SHELL':
        stage.shell = jsonArgs(rest) ?? stage.shell;
        return;
      case 'CMD':
        stage.cmd = jsonArgs(rest) ?? [...stage.shell, rest];
        stage.cmdSet = true;
        return;
      case 'ENTRYPOINT':
        stage.entrypoint = jsonArgs(rest) ?? [...stage.shell, rest];
        // An ENTRYPOINT resets an inherited CMD (Dockerfile reference).
        if (!stage.cmdSet) stage.cmd = [];
        return;
      case 'COPY':
      case 'ADD':
        this.copy(stage, instruction);
        return;
      case 'RUN':
        this.run(stage, instruction);
        return;
      default:
        return;
    }
  }
}

/** Why a FROM names no stage and no valid image, as the learner wrote it. */
function invalidBaseMessage(stage: DispatchedStage): string {
  if (stage.base === '') return 'FROM queda vacío con los valores por defecto de sus ARG.';
  const [missing] = stage.undeclaredFromArgs;
  if (missing && stage.base !== null)
    return `«${stage.baseText}» queda en «${stage.base}», que no es una imagen válida: FROM solo usa los ARG declarados antes del primer FROM, y «${missing.name}» no lo está.`;
  if (stage.base !== null && stage.base !== stage.baseText)
    return `«${stage.baseText}» queda en «${stage.base}» con los valores por defecto de sus ARG, y eso no es una imagen válida.`;
  return `«${stage.baseText}» no es una etapa anterior ni una imagen válida: Docker compara los nombres de etapa tal como se escriben y exige minúsculas en las imágenes.`;
}

/** BuildKit's error for a FROM that is neither an earlier stage nor a valid image reference. */
function invalidBaseError(base: string | null, written: string, name: string): string {
  if (base === '') return fill(BUILD_TEXTS.blankBase.value, {name: written});
  // reference.ParseNormalizedNamed: the repository (before the tag) is checked for capitals first.
  const remote = name.includes('/')
    ? (name.split(':')[0] ?? name)
    : `library/${name.split(':')[0] ?? name}`;
  if (remote !== remote.toLowerCase())
    return fill(BUILD_TEXTS.invalidBase.value, {name, repository: remote});
  return fill(BUILD_TEXTS.malformedBase.value, {name});
}

/** An /etc/passwd or /etc/group written whole: the names in its first field. */
function accountsFile(path: string, body: string): Artifact | undefined {
  const names = body
    .split('\n')
    .filter((entry) => entry.includes(':') && !entry.startsWith('#'))
    .map((entry) => entry.slice(0, entry.indexOf(':')));
  if (path === '/etc/passwd') return {kind: 'passwd', users: names, complete: true};
  if (path === '/etc/group') return {kind: 'group', groups: names, complete: true};
  return undefined;
}

/**
 * Whether a chmod mode leaves an execute bit set: octal, or symbolic (`+x`, `u+x`, `a-x`);
 * null when it cannot be told from the mode alone.
 */
function executableMode(mode: string, before: boolean | undefined): boolean | null {
  if (/^[0-7]{3,4}$/.test(mode)) return (Number.parseInt(mode, 8) & 0o111) !== 0;
  const clauses = mode.split(',');
  let executable: boolean | null = before ?? null;
  for (const clause of clauses) {
    // who (u, g, o, a), an operator and permissions, as chmod(1) reads a clause.
    const match = /^([augo]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!match) return null;
    const [, who = '', operator, permissions = ''] = match;
    const everyone = who === '' || who.includes('a') || /^(?=.*u)(?=.*g)(?=.*o)/.test(who);
    if (operator === '+' && permissions.includes('x')) executable = true;
    else if (operator === '-' && permissions.includes('x'))
      executable = everyone ? false : executable === false ? false : null;
    else if (operator === '=')
      executable = permissions.includes('x') ? true : everyone ? false : null;
  }
  return executable;
}

/** Linked against the stage's C library: glibc records the version it was linked against. */
function dynamicLinking(
  stage: StageBuilder,
  libc: 'glibc' | 'musl',
  libraries: readonly string[],
): Extract<Artifact, {kind: 'binary'}>['linking'] {
  const version =
    libc === 'glibc' && stage.image && isKnown(stage.image)
      ? stage.image.contents.glibcVersion?.value
      : undefined;
  return {kind: 'dynamic', libc, libraries, ...(version ? {glibcVersion: version} : {})};
}

/** go build's flags that take the next word as their value (go help build). */
const GO_VALUED_FLAGS = new Set([
  '-o',
  '-p',
  '-tags',
  '-ldflags',
  '-gcflags',
  '-asmflags',
  '-gccgoflags',
  '-mod',
  '-modfile',
  '-overlay',
  '-pgo',
  '-pkgdir',
  '-toolexec',
  '-buildmode',
  '-compiler',
  '-installsuffix',
  '-C',
]);

/** The build tags of `-tags a,b` (or `-tags=…`), in GOFLAGS and on the command line. */
function goBuildTags(args: readonly string[], env: ReadonlyMap<string, string>): Set<string> {
  const words = [...(env.get('GOFLAGS') ?? '').split(/\s+/), ...args];
  const tags = new Set<string>();
  words.forEach((word, index) => {
    const value =
      word === '-tags' || word === '--tags'
        ? words[index + 1]
        : /^--?tags=/.test(word)
          ? word.slice(word.indexOf('=') + 1)
          : undefined;
    // The old space-separated list is still accepted (go help build, -tags).
    for (const tag of (value ?? '').split(/[,\s]+/)) if (tag) tags.add(tag);
  });
  return tags;
}

function lastElement(module: string): string {
  const parts = module.split('/');
  const last = parts.at(-1) ?? module;
  return /^v\d+$/.test(last) && parts.length > 1 ? (parts.at(-2) ?? last) : last;
}

function invokedPath(context: RunContext, program: string): string | null {
  return context.stage.fs.findInPath(program, context.env.get('PATH') ?? SYSTEM_PATH).path;
}

function stageJava(stage: StageBuilder): {release: number; jdk: boolean} | null {
  const image = stage.image;
  return image && isKnown(image) && image.contents.java ? image.contents.java.value : null;
}

/** A file from the base image that the model knows what it is. */
function baseArtifact(from: Filesystem, path: string): Artifact | undefined {
  const certificates = from.image?.contents.certificates?.value;
  if (certificates && certificates === path) return {kind: 'certificates'};
  return undefined;
}

function describeLinking(linking: Extract<Artifact, {kind: 'binary'}>['linking']): string {
  if (linking.kind === 'static') return 'estático';
  if (linking.kind === 'unknown') return `enlace desconocido: ${linking.why}`;
  return `enlazado con ${linking.libc}${linking.libraries.length > 1 ? ` y ${linking.libraries.filter((lib) => !/^libc\.|^libm\./.test(lib)).join(', ')}` : ''}`;
}

/** A flag the instruction does not take: BuildKit stops while it reads the Dockerfile. */
function unknownFlagStep(instruction: DispatchedInstruction, flag: UnknownFlag): Step {
  const line = instruction.lines.start;
  const {keyword} = instruction;
  return {
    line,
    stage: instruction.stage,
    keyword,
    outcome: 'fails',
    message: `La opción --${flag.name} no existe en ${keyword}${flag.suggestion ? ` (¿--${flag.suggestion}?)` : ''}: BuildKit toma como opciones las palabras con -- que siguen a la instrucción y se para al leer el Dockerfile.${
      !flag.suggestion && ['CMD', 'ENTRYPOINT', 'RUN'].includes(keyword)
        ? ' En la forma exec, ["programa", "--opción"], es un argumento.'
        : ''
    }`,
    error: fill(BUILD_TEXTS.parseError.value, {line: String(line), error: unknownFlagText(flag)}),
    beforeBuild: true,
  };
}

/** Models the build of every stage, in order; the target's needed stages decide the outcome. */
export function buildModel(
  dispatch: Dispatch,
  graph: StageGraph,
  context: BuildContext,
): BuildModel {
  const builder = new Builder(dispatch, context);
  const stages = dispatch.stages.map((stage) => builder.build(stage));
  const needed = graph.needed;
  const failures = stages.flatMap((stage, index) =>
    stage.failure && (needed[index] || stage.failure.beforeBuild) ? [stage.failure] : [],
  );
  failures.sort((a, b) => a.line - b.line);
  // BuildKit parses every instruction before it builds anything: a parse error comes first.
  for (const instruction of dispatch.byLine.values()) {
    if (instruction.unknownFlag === null) continue;
    failures.unshift(unknownFlagStep(instruction, instruction.unknownFlag));
    break;
  }
  const unknown = stages.flatMap((stage, index) =>
    needed[index] ? stage.steps.filter((step) => step.outcome === 'unknown') : [],
  );
  return {
    stages,
    target: graph.target,
    needed,
    failure: failures[0] ?? null,
    unknown,
    contextKnown: context.files !== null,
    context,
  };
}
