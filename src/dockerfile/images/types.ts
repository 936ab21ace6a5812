/**
 * What the lab may know about a base image, every piece with its source. A field left out is
 * not known, and the model then says «no se puede saber» wherever it would need it.
 */
import type {Fact} from './sources';

export type Libc = 'glibc' | 'musl' | 'none';

/** A line of /etc/passwd or /etc/group. */
export interface Account {
  readonly name: string;
  readonly id: number;
  /** Users only: their home directory. */
  readonly home?: string;
}

/** Programs a build step or a container may ask for, by what they are. */
export type Tool =
  | 'sh'
  | 'bash'
  | 'apt-get'
  | 'apk'
  | 'gcc'
  | 'g++'
  | 'make'
  | 'go'
  | 'cargo'
  | 'rustup'
  | 'java'
  | 'javac'
  | 'mvn'
  | 'gradle'
  | 'node'
  | 'npm'
  | 'python3'
  | 'python'
  | 'pip'
  | 'busybox'
  /** ln, cp, mv, rm, mkdir, chmod, chown, cat, touch… */
  | 'coreutils'
  /** useradd and groupadd (shadow), or busybox's adduser and addgroup. */
  | 'useradd';

/** The image configuration that `docker run` and a stage built FROM the image start from. */
export interface ImageConfig {
  readonly entrypoint: Fact<readonly string[]>;
  readonly cmd: Fact<readonly string[]>;
  /** In order; a later entry for the same name replaces an earlier one. */
  readonly env: readonly Fact<readonly [string, string]>[];
  readonly workdir: Fact<string>;
  /** As the image's USER says it; `''` for root by default. */
  readonly user: Fact<string>;
}

export interface ImageContents {
  readonly libc: Fact<Libc>;
  /**
   * glibc's upstream version (`2.41`): a program linked against a newer glibc may ask the loader
   * for symbol versions this one lacks.
   */
  readonly glibcVersion?: Fact<string>;
  /** libgcc_s.so.1, which Rust and C++ programs load at start. */
  readonly libgcc?: Fact<boolean>;
  /** libstdc++.so.6, which C++ programs load first. */
  readonly libstdcxx?: Fact<boolean>;
  /** /etc/passwd users; `complete` when no other user can be there. */
  readonly users?: Fact<{readonly list: readonly Account[]; readonly complete: boolean}>;
  readonly groups?: Fact<{readonly list: readonly Account[]; readonly complete: boolean}>;
  /** The CA bundle, or null when the image has none. */
  readonly certificates?: Fact<string | null>;
  /** Where each tool is, or null when the image does not have it. */
  readonly tools: Partial<Record<Tool, Fact<string | null>>>;
  /** Files and trees (ending in «/»: everything under them is there too) known to be there. */
  readonly files: readonly Fact<readonly string[]>[];
  /** Directories known to be there, whose contents are not (empty ones, home directories). */
  readonly directories?: readonly Fact<readonly string[]>[];
  /**
   * Everything at `/`: a path under any other top-level name is not in the image (Debian and
   * Ubuntu lay out their files by the FHS; the official images add their own, listed).
   */
  readonly rootDirectories?: Fact<readonly string[]>;
  /**
   * True when every file is known: a path that none of the above names is not there
   * (scratch, distroless: their package lists are fixed).
   */
  readonly complete: Fact<boolean>;
  /** Debian and Ubuntu: whether /var/lib/apt/lists has the package lists apt-get install reads. */
  readonly aptLists?: Fact<boolean>;
  /** The C library's headers and crt files (libc6-dev, musl-dev) that gcc needs to link. */
  readonly libcHeaders?: Fact<boolean>;
  /** The JVM: its feature release and whether it is a JDK (javac, jar). */
  readonly java?: Fact<{readonly release: number; readonly jdk: boolean; readonly home: string}>;
  readonly node?: Fact<{readonly major: number}>;
  /** The interpreter at `path` and its minor version; `venv`: `python -m venv` works. */
  readonly python?: Fact<{readonly version: string; readonly path: string; readonly venv: boolean}>;
  /** Rust: the targets rustup has installed. */
  readonly rustTargets?: Fact<readonly string[]>;
  /**
   * An ENTRYPOINT script that ends in `exec "$@"`: docker run goes on with the CMD. `node`: the
   * node image's, which puts `node` first when the first argument is no command.
   */
  readonly entrypointScript?: Fact<{readonly path: string; readonly node: boolean}>;
}

export interface ImageFacts {
  /** The reference as a reader would write it, normalised. */
  readonly name: string;
  /** Who publishes it, for the reader: «distroless», «imagen oficial». */
  readonly publisher: 'distroless' | 'docker-library' | 'docker';
  readonly config: ImageConfig;
  readonly contents: ImageContents;
  /** Still rebuilt today; false for a tag its publisher stopped updating. */
  readonly maintained: Fact<boolean>;
}

/** What the data says about a reference it cannot describe, and why. */
export interface UnknownImage {
  readonly name: string;
  readonly reason: string;
}
