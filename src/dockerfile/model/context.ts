/**
 * The build context an exercise describes: the files of its project and what the build tools
 * read in them (the module a go build names its binary after, the package cargo builds, the
 * jar Maven packages…). The free lab has no description: its context is unknown, and what a
 * tool would make from it is unknown too.
 */

export type ProjectRole =
  /** go.mod: the module path (its last element names the binary of `go build` without -o). */
  | {readonly kind: 'go-module'; readonly module: string}
  /** A Go source file and the standard packages it imports that use cgo by default. */
  | {readonly kind: 'go-source'; readonly cgoPackages: readonly string[]}
  /** Cargo.toml: the package, which names the binary. */
  | {readonly kind: 'cargo-manifest'; readonly package: string}
  | {readonly kind: 'cargo-lock'}
  /** pom.xml: the jar `mvn package` writes to target/, its release and Main-Class. */
  | {
      readonly kind: 'maven-pom';
      readonly jar: string;
      readonly release: number | null;
      readonly mainClass: string | null;
    }
  | {readonly kind: 'maven-wrapper'}
  /** package.json: what each npm script writes, and the packages the program requires. */
  | {
      readonly kind: 'npm-package';
      readonly scripts: Readonly<Record<string, readonly string[]>>;
      readonly dependencies: readonly string[];
    }
  | {readonly kind: 'npm-lock'}
  /** requirements.txt and the packages it names. */
  | {readonly kind: 'python-requirements'; readonly packages: readonly string[]}
  /** A Python script and the packages it imports. */
  | {readonly kind: 'python-source'; readonly imports: readonly string[]}
  /** A JavaScript file the program runs. */
  | {readonly kind: 'javascript'}
  /** Makefile: the program its default target builds, and in which language. */
  | {readonly kind: 'makefile'; readonly program: string; readonly language: 'c' | 'c++'}
  | {readonly kind: 'c-source'; readonly language: 'c' | 'c++'}
  /** A program already built, in the context (not the build's), and how it was linked. */
  | {readonly kind: 'prebuilt'; readonly linking: 'static' | 'glibc'};

export interface ContextFile {
  /** Relative to the context's root; a directory ends in «/». */
  readonly path: string;
  /** What the file is, in Spanish, for the reader. */
  readonly description: string;
  readonly role?: ProjectRole;
}

export interface BuildContext {
  /** The project's files; null when nobody described the context (the free lab). */
  readonly files: readonly ContextFile[] | null;
}

export const UNKNOWN_CONTEXT: BuildContext = {files: null};
