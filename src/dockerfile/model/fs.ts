/**
 * The files of one stage as the model knows them: what the base image's facts say, then every
 * file, directory and link the stage's instructions wrote on top. A question about a path has
 * three answers: it is there, it is not, or it cannot be known (an unknown image, a RUN the
 * model cannot follow, a directory copied from a build context nobody described).
 */
import type {ImageFacts, Tool} from '../images';
import type {ProjectRole} from './context';

/** What the model knows a file is, when a build step made it. */
export type Artifact =
  | {
      readonly kind: 'binary';
      readonly tool: 'go' | 'cargo' | 'cc' | 'c++';
      /** Static, or the C library and the shared libraries it loads, in load order. */
      readonly linking:
        | {readonly kind: 'static'}
        | {
            readonly kind: 'dynamic';
            readonly libc: 'glibc' | 'musl';
            readonly libraries: readonly string[];
            /** The glibc version it was linked against, when the stage's image says. */
            readonly glibcVersion?: string;
          }
        | {readonly kind: 'unknown'; readonly why: string};
      readonly line: number;
    }
  | {
      readonly kind: 'jar';
      /** The class file release it targets; null when not known. */
      readonly release: number | null;
      /** Main-Class in its manifest; null when there is none, undefined when not known. */
      readonly mainClass: string | null | undefined;
      readonly line: number;
    }
  | {readonly kind: 'venv-python'; readonly version: string; readonly line: number}
  | {readonly kind: 'node-modules'; readonly dev: boolean | null; readonly line: number}
  | {readonly kind: 'python-packages'; readonly version: string; readonly line: number}
  | {readonly kind: 'certificates'}
  | {readonly kind: 'passwd'; readonly users: readonly string[]; readonly complete: boolean}
  | {readonly kind: 'group'; readonly groups: readonly string[]; readonly complete: boolean}
  | {readonly kind: 'project'; readonly role: ProjectRole};

type Origin =
  | {readonly kind: 'base'}
  | {readonly kind: 'context'}
  | {readonly kind: 'stage'; readonly stage: number; readonly path: string}
  | {readonly kind: 'image'; readonly image: string}
  | {readonly kind: 'run'}
  | {readonly kind: 'heredoc'};

export interface Node {
  readonly type: 'file' | 'dir' | 'link' | 'deleted';
  /** A link's target, as written (absolute or relative to the link's directory). */
  readonly target?: string;
  readonly origin: Origin;
  /** 1-based line of the instruction that wrote it. */
  readonly line: number;
  readonly artifact?: Artifact;
  /** A directory whose children the model cannot list: anything may be under it. */
  readonly opaque?: string;
  /** Something that may or may not be there (a copy whose source is not known). */
  readonly uncertain?: string;
  /** Whether any execute bit is set; undefined where the mode is not known. */
  readonly executable?: boolean;
  /** A script's `#!` line, without the `#!`: what the kernel runs it with. */
  readonly interpreter?: string;
}

export type Stat =
  | {
      readonly state: 'present';
      readonly type: 'file' | 'dir';
      readonly node: Node | null;
      readonly path: string;
    }
  | {
      readonly state: 'absent';
      readonly why: string;
      /** ENOTDIR: a parent is a file, so the kernel says «not a directory». */
      readonly notDirectory?: boolean;
    }
  | {readonly state: 'unknown'; readonly why: string};

/** Already normal: absolute, no empty, `.` or `..` segment, no trailing slash. */
const NOT_NORMAL = /\/\/|\/\.\.?(?:\/|$)|.\/$/;

/** A PATH lookup: what was found, and in which PATH directory. */
export interface Lookup {
  readonly stat: Stat;
  readonly path: string | null;
}

export function normalise(path: string): string {
  if (path.startsWith('/') && !NOT_NORMAL.test(path)) return path;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export const joinPath = (directory: string, path: string): string =>
  path.startsWith('/') ? normalise(path) : normalise(`${directory}/${path}`);

export function dirname(path: string): string {
  const clean = normalise(path);
  const slash = clean.lastIndexOf('/');
  return slash <= 0 ? '/' : clean.slice(0, slash);
}

export const basename = (path: string): string => {
  const clean = normalise(path);
  return clean.slice(clean.lastIndexOf('/') + 1);
};

/** The parent of a normal path, without normalising again. */
const parentOf = (clean: string): string => {
  const slash = clean.lastIndexOf('/');
  return slash <= 0 ? '/' : clean.slice(0, slash);
};

/** PATH directories tools are looked up in; a tool the facts say is missing is in none. */
const TOOL_NAMES: Readonly<Record<Tool, readonly string[]>> = {
  sh: ['sh'],
  bash: ['bash'],
  'apt-get': ['apt-get', 'apt'],
  apk: ['apk'],
  gcc: ['gcc', 'cc'],
  'g++': ['g++', 'c++'],
  make: ['make'],
  go: ['go'],
  cargo: ['cargo', 'rustc'],
  rustup: ['rustup'],
  java: ['java'],
  javac: ['javac', 'jar'],
  mvn: ['mvn'],
  gradle: ['gradle'],
  node: ['node', 'nodejs'],
  npm: ['npm', 'npx'],
  python3: ['python3'],
  python: ['python'],
  pip: ['pip', 'pip3'],
  busybox: ['busybox'],
  coreutils: [
    'ln',
    'cp',
    'mv',
    'rm',
    'mkdir',
    'chmod',
    'chown',
    'chgrp',
    'cat',
    'touch',
    'ls',
    'env',
    'sleep',
    'echo',
    'id',
    'whoami',
    'head',
    'tail',
    'install',
    'tar',
    'find',
    'sed',
    'grep',
  ],
  useradd: ['useradd', 'groupadd', 'adduser', 'addgroup'],
};

const SYSTEM_DIRECTORIES = new Set([
  '/usr/local/sbin',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/bin',
  '/sbin',
  '/bin',
]);

export class Filesystem {
  private readonly nodes = new Map<string, Node>();
  /** Each written directory's written children, so a subtree is found without a full scan. */
  private readonly children = new Map<string, Set<string>>();
  /** The paths of the project's files (go.mod, package.json…), which toolchains look for. */
  private readonly projects = new Set<string>();
  /** PATH lookups, kept until a write could change one: most RUN steps run the same tools. */
  private readonly lookups = new Map<string, Map<string, Lookup>>();
  private readonly lookupDirectories = new Set<string>();
  /** Whether a step wrote a link: a lookup may then go anywhere, so none is kept. */
  private wroteLink = false;
  /** RUN steps whose writes the model cannot follow: anything may exist after them. */
  private readonly unknownWrites: {readonly line: number; readonly why: string}[] = [];

  constructor(
    readonly image: ImageFacts | null,
    readonly baseWhy: string | null,
  ) {}

  /** A copy, for a stage built FROM this one. */
  clone(): Filesystem {
    const copy = new Filesystem(this.image, this.baseWhy);
    for (const [path, node] of this.nodes) copy.nodes.set(path, node);
    for (const [path, names] of this.children) copy.children.set(path, new Set(names));
    for (const path of this.projects) copy.projects.add(path);
    copy.wroteLink = this.wroteLink;
    copy.unknownWrites.push(...this.unknownWrites);
    return copy;
  }

  /** Forgets the lookups a write at `path` may change: in a PATH directory, or above one. */
  private forgetLookups(path: string): void {
    if (this.lookups.size === 0) return;
    const parent = parentOf(path);
    for (const directory of this.lookupDirectories) {
      if (directory === parent || directory === path || directory.startsWith(`${path}/`)) {
        this.lookups.clear();
        this.lookupDirectories.clear();
        return;
      }
    }
  }

  private set(path: string, node: Node): void {
    this.forgetLookups(path);
    if (node.type === 'link') this.wroteLink = true;
    this.nodes.set(path, node);
    if (node.artifact?.kind === 'project') this.projects.add(path);
    else this.projects.delete(path);
    // Linked up to the root, through the base image's directories that have no node.
    for (let child = path; child !== '/'; child = parentOf(child)) {
      const parent = parentOf(child);
      let names = this.children.get(parent);
      if (!names) this.children.set(parent, (names = new Set()));
      if (names.has(child)) return;
      names.add(child);
    }
  }

  /** Every written path strictly under `root`, depth first. */
  private descendants(root: string): string[] {
    const found: string[] = [];
    const pending = [...(this.children.get(root) ?? [])];
    for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
      found.push(path);
      for (const child of this.children.get(path) ?? []) pending.push(child);
    }
    return found;
  }

  /** While a RUN as a non-root user is followed: every path it writes. */
  recording: string[] | null = null;

  write(path: string, node: Node): void {
    const target = normalise(path);
    this.recording?.push(target);
    // Parent directories a write creates.
    for (let parent = target; parent !== '/';) {
      parent = parentOf(parent);
      const existing = this.nodes.get(parent);
      if (!existing || existing.type === 'deleted') {
        if (this.statBase(parent).state !== 'present') {
          this.set(parent, {type: 'dir', origin: node.origin, line: node.line});
        }
      }
    }
    this.set(target, node);
  }

  remove(path: string, line: number): void {
    const target = normalise(path);
    this.recording?.push(target);
    for (const key of this.descendants(target)) {
      this.nodes.delete(key);
      this.children.delete(key);
      this.projects.delete(key);
    }
    this.children.delete(target);
    this.set(target, {type: 'deleted', origin: {kind: 'run'}, line});
    this.lookups.clear();
  }

  /** The written nodes at `path` and under it, to put back after a mount hides them. */
  snapshot(path: string): readonly (readonly [string, Node])[] {
    const target = normalise(path);
    const own = this.nodes.get(target);
    return [
      ...(own ? [[target, own] as const] : []),
      ...this.descendants(target).flatMap((key) => {
        const node = this.nodes.get(key);
        return node ? [[key, node] as const] : [];
      }),
    ];
  }

  /** A RUN's mount goes away: what was at `path` before it (written, or the base's) is back. */
  unmount(path: string, previous: readonly (readonly [string, Node])[]): void {
    const target = normalise(path);
    for (const key of [target, ...this.descendants(target)]) {
      this.nodes.delete(key);
      this.children.delete(key);
      this.projects.delete(key);
    }
    this.children.get(parentOf(target))?.delete(target);
    this.lookups.clear();
    for (const [key, node] of previous) this.set(key, node);
  }

  markUnknown(line: number, why: string): void {
    this.unknownWrites.push({line, why});
    this.lookups.clear();
  }

  /**
   * A program looked up as the shell does, in each PATH directory in turn: the first one there
   * (`path` is where it was found, before links), else the first that may be there, else absent.
   */
  findInPath(name: string, pathVariable: string): Lookup {
    // By PATH, then by name: both strings come back as the same objects, whose hash is kept.
    const cached = this.lookups.get(pathVariable)?.get(name);
    if (cached) return cached;
    let found: Lookup | null = null;
    let unknown: Stat | null = null;
    for (const directory of pathVariable.split(':')) {
      if (directory === '') continue;
      const clean = normalise(directory);
      this.lookupDirectories.add(clean);
      const path = `${clean === '/' ? '' : clean}/${name}`;
      const stat = this.stat(path);
      if (stat.state === 'present') {
        found = {stat, path};
        break;
      }
      if (stat.state === 'unknown') unknown ??= stat;
    }
    found ??= {
      stat: unknown ?? {state: 'absent', why: `${name} no está en ningún directorio del PATH`},
      path: null,
    };
    if (!this.wroteLink) {
      let byName = this.lookups.get(pathVariable);
      if (!byName) this.lookups.set(pathVariable, (byName = new Map()));
      byName.set(name, found);
    }
    return found;
  }

  /** Written entries under a directory (not the base image's), for COPY of a directory. */
  entriesUnder(path: string): [string, Node][] {
    const entries: [string, Node][] = [];
    for (const key of this.descendants(normalise(path))) {
      const node = this.nodes.get(key);
      if (node && node.type !== 'deleted') entries.push([key, node]);
    }
    return entries;
  }

  /** The project files written under a directory, with what each one is. */
  projectFilesUnder(path: string): ProjectRole[] {
    const root = normalise(path);
    const prefix = root === '/' ? '/' : `${root}/`;
    const roles: ProjectRole[] = [];
    for (const key of this.projects) {
      const artifact = this.nodes.get(key)?.artifact;
      if (key.startsWith(prefix) && artifact?.kind === 'project') roles.push(artifact.role);
    }
    return roles;
  }

  nodeAt(path: string): Node | undefined {
    return this.nodes.get(normalise(path));
  }

  /** What is at `path`, following links (up to 40, as the kernel does). */
  stat(path: string, depth = 0): Stat {
    if (depth > 40) return {state: 'absent', why: 'demasiados enlaces'};
    const target = normalise(path);
    const own = this.nodes.get(target);
    if (own) {
      if (own.type === 'deleted') return {state: 'absent', why: `se borró en la línea ${own.line}`};
      if (own.uncertain) return {state: 'unknown', why: own.uncertain};
      if (own.type === 'link') {
        const next = joinPath(dirname(target), own.target ?? '');
        return this.stat(next, depth + 1);
      }
      return {state: 'present', type: own.type, node: own, path: target};
    }
    // Down from the root, only through written paths: the deepest decisive parent wins.
    let opaque: string | null = null;
    let decisive: {readonly path: string; readonly node: Node} | null = null;
    let written = '/';
    for (
      let parent = '/', end = target.indexOf('/', 1);
      end !== -1;
      end = target.indexOf('/', end + 1)
    ) {
      const next = target.slice(0, end);
      if (!this.children.get(parent)?.has(next)) break;
      parent = written = next;
      const node = this.nodes.get(parent);
      if (!node) continue;
      if (node.type !== 'dir' || node.uncertain) decisive = {path: parent, node};
      else if (node.opaque) opaque = node.opaque;
    }
    if (decisive) {
      const {path: parent, node} = decisive;
      if (node.type === 'deleted') return {state: 'absent', why: `${parent} se borró`};
      if (node.uncertain) return {state: 'unknown', why: node.uncertain};
      if (node.type === 'file')
        return {state: 'absent', why: `${parent} es un archivo`, notDirectory: true};
      const next = joinPath(dirname(parent), node.target ?? '');
      return this.stat(`${next}${target.slice(parent.length)}`, depth + 1);
    }
    const base = this.statBase(target);
    if (base.state === 'present') return base;
    if (opaque !== null) return {state: 'unknown', why: opaque};
    const unknown = this.unknownWrites.at(-1);
    if (unknown) return {state: 'unknown', why: unknown.why};
    // Under a directory the stage made, the base image's reason would name the wrong level.
    if (base.state === 'absent' && written !== '/' && this.statBase(written).state !== 'present') {
      const missing = target.slice(written.length + 1).split('/')[0] ?? '';
      return {state: 'absent', why: `${written} no tiene ${missing}`};
    }
    return base;
  }

  /** What the base image's facts say about a path. */
  statBase(path: string): Stat {
    const image = this.image;
    if (!image) return {state: 'unknown', why: this.baseWhy ?? 'la imagen base no se conoce'};
    const target = normalise(path);
    // The facts never change: each image answers each path once per page, however often typed.
    let answers = BASE_ANSWERS.get(image);
    if (!answers) BASE_ANSWERS.set(image, (answers = new Map()));
    let answer = answers.get(target);
    if (!answer) answers.set(target, (answer = statImage(image, target)));
    return answer;
  }
}

const BASE_ANSWERS = new WeakMap<ImageFacts, Map<string, Stat>>();

function statImage(image: ImageFacts, target: string): Stat {
  const present = (type: 'file' | 'dir'): Stat => ({
    state: 'present',
    type,
    node: null,
    path: target,
  });
  if (target === '/') return present('dir');
  const {files, tools, certificates, complete, directories = []} = image.contents;
  for (const list of directories) {
    for (const directory of list.value) {
      if (target === directory) return present('dir');
      if (directory.startsWith(`${target}/`)) return present('dir');
    }
  }
  // Exact paths first: a listed file, a tool, the CA bundle.
  for (const list of files) {
    for (const file of list.value) {
      const clean = normalise(file);
      if (target === clean) return present(file.endsWith('/') ? 'dir' : 'file');
      if (clean.startsWith(`${target}/`)) return present('dir');
    }
  }
  const name = basename(target);
  const pathDirectories = new Set([
    ...SYSTEM_DIRECTORIES,
    ...(image.config.env.find(({value}) => value[0] === 'PATH')?.value[1].split(':') ?? []),
  ]);
  for (const [tool, found] of Object.entries(tools)) {
    const value = found?.value;
    if (!value) continue;
    if (target === value) return present('file');
    if (value.startsWith(`${target}/`)) return present('dir');
    // A tool group (coreutils) names a directory: its programs are there.
    if (
      value.endsWith('/') &&
      dirname(target) === normalise(value) &&
      TOOL_NAMES[tool as Tool].includes(name)
    ) {
      return present('file');
    }
  }
  if (
    certificates?.value &&
    (target === certificates.value || certificates.value.startsWith(`${target}/`))
  ) {
    return present(target === certificates.value ? 'file' : 'dir');
  }
  // A tool the facts say is missing, or place elsewhere, is in no PATH directory.
  if (pathDirectories.has(dirname(target))) {
    for (const [tool, found] of Object.entries(tools)) {
      if (!found || !TOOL_NAMES[tool as Tool].includes(name)) continue;
      if (found.value === null) return {state: 'absent', why: `${image.name} no trae ${name}`};
      if (!found.value.endsWith('/') && basename(found.value) === name) {
        return {state: 'absent', why: `${name} está en ${found.value}`};
      }
    }
  }
  // Inside a listed tree: everything there when the image is fully known.
  for (const list of files) {
    for (const file of list.value) {
      const clean = normalise(file);
      if (file.endsWith('/') && target.startsWith(`${clean}/`)) {
        return complete.value
          ? present('file')
          : {
              state: 'unknown',
              why: `el laboratorio no tiene la lista de archivos de ${clean}, de la imagen base`,
            };
      }
    }
  }
  if (complete.value) return {state: 'absent', why: `${image.name} no lo trae`};
  const top = target.split('/')[1] ?? '';
  const roots = image.contents.rootDirectories?.value;
  if (roots && !roots.includes(top)) {
    return {state: 'absent', why: `${image.name} no tiene /${top}`};
  }
  return {state: 'unknown', why: `el laboratorio no tiene la lista de archivos de ${image.name}`};
}
