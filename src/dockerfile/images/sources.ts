/**
 * Where every fact about an image comes from: the primary repositories the lab reads, each at
 * the commit it was read, and a way to point at one line (or, where a line cannot be given, a
 * heading or key) of one file. A reviewer checks a fact by opening `source(…)`'s address.
 */

export const REPOSITORIES = {
  distroless: {
    repository: 'GoogleContainerTools/distroless',
    commit: 'cd080764af3103b2f49fb5eb23297c72c945e77a',
    date: '2026-08-21',
  },
  officialImages: {
    repository: 'docker-library/official-images',
    commit: '37079fb336f572a88700cf32e5e1f6be54a04e8f',
    date: '2026-08-21',
  },
  repoInfo: {
    repository: 'docker-library/repo-info',
    commit: '029a6a7362cedcc060abd73f6f43fda5c5728880',
    date: '2026-08-24',
  },
  repoInfoUbuntu: {
    repository: 'docker-library/repo-info',
    commit: '452725d72e4385dc0f330876d79baa89d328c41e',
    date: null,
  },
  repoInfoAlpine: {
    repository: 'docker-library/repo-info',
    commit: '7859ce442d87572265f77dfce85c80f8d40ff85b',
    date: '2026-09-17',
  },
  buildpackDeps: {
    repository: 'docker-library/buildpack-deps',
    commit: '8330ca1d2319b779c8b7a8aa64bb40dbe568e1e2',
    date: '2025-11-13',
  },
  debuerreotype: {
    repository: 'debuerreotype/debuerreotype',
    commit: '7de510f470a079b301d7f88abbb757283031d6da',
    date: '2026-06-05',
  },
  golang: {
    repository: 'docker-library/golang',
    commit: '7c8c182bfc19ee3169d0596ae63917d2c7166f94',
    date: '2026-08-19',
  },
  python: {
    repository: 'docker-library/python',
    commit: '4f07059567fa61c80397126e8063dbbde011b794',
    date: '2026-06-23',
  },
  node: {
    repository: 'nodejs/docker-node',
    commit: 'f27d936f7d7ccdeec25cd2de33584c1a841f561d',
    date: '2026-08-19',
  },
  rust: {
    repository: 'rust-lang/docker-rust',
    commit: '7668ee290612ac3ac42dbfcbdfae75120263d2c9',
    date: '2026-04-03',
  },
  temurin: {
    repository: 'adoptium/containers',
    commit: 'd8d18d67a32e2cbc765de68c30ea0998009df325',
    date: '2026-08-05',
  },
  maven: {
    repository: 'carlossg/docker-maven',
    commit: '0170c5bc5c25ffede66d5c2b4be718450ea2a05a',
    date: '2026-08-05',
  },
  gradle: {
    repository: 'gradle/docker-gradle',
    commit: '528a647c5a6566c7204a46e423da6294df499a1a',
    date: '2026-06-26',
  },
  nginx: {
    repository: 'nginx/docker-nginx',
    commit: '0d7f4380c735af5009aa364e27fafecd958fd4fa',
    date: '2026-04-14',
  },
  httpd: {
    repository: 'docker-library/httpd',
    commit: '9b63b37c9be3b42d16b924ebb40af3cc40793119',
    date: '2026-06-10',
  },
  pip: {
    repository: 'pypa/pip',
    commit: '6d309205789d368b2749d93fd6193d584811efd5',
    date: '2026-08-20',
  },
  buildkit: {
    repository: 'moby/buildkit',
    commit: '73ed6825c4b7569379ef89df0aedcdbe64473d31',
    date: '2026-08-21',
  },
  moby: {
    repository: 'moby/moby',
    commit: 'b985e2313a8676e18072b442911fc8f64f17d440',
    date: '2026-08-23',
  },
  runc: {
    repository: 'opencontainers/runc',
    commit: '76d9cf5da5683ff449ae967db58fa8c5927ca54b',
    date: '2026-08-19',
  },
  npm: {
    repository: 'npm/cli',
    commit: '780afc50e3a345feb1871a28e33fa48235bc3bd5',
    date: '2024-10-18',
  },
  apt: {
    repository: 'Debian/apt',
    commit: '6b128124271e94bdb0f4e7850d9286170d712b04',
    date: '2025-11-10',
  },
  // Read through the search index, which keeps each file's commit but not its date.
  openjdk: {
    repository: 'openjdk/jdk',
    commit: '0265b5941a908302a50106673b8669792bc1d565',
    date: null,
  },
  openjdkJli: {
    repository: 'openjdk/jdk',
    commit: '0a0b56eba470ce474eb9f18ff153d77c01264696',
    date: null,
  },
  nodejs: {
    repository: 'nodejs/node',
    commit: '0006156e3e5591564d2812b0c6bdff546c22b3c5',
    date: null,
  },
  nodejsV8: {
    repository: 'nodejs/node',
    commit: '38ae75a73bed08b56ea6c95e6b659fc1b53a4290',
    date: null,
  },
  glibc: {
    repository: 'bminor/glibc',
    commit: '04277e02d7f54d3582bebcf8386b317018cd5e1d',
    date: null,
  },
  go: {
    repository: 'golang/go',
    commit: 'eb598248ba92c0ae410e69900c176ceb5531d8bb',
    date: null,
  },
  goExec: {
    repository: 'golang/go',
    commit: '132d7ae99e2996349515a41832194a0d5c15725f',
    date: null,
  },
  /** The one text whose commit could not be read here: CPython's main.c, by function. */
  cpython: {
    repository: 'python/cpython',
    commit: 'main',
    date: null,
  },
} as const;

export type RepositoryKey = keyof typeof REPOSITORIES;

/** Documents that are not a repository's file: manuals and maintainers' statements. */
export const DOCUMENTS = {
  bashExitStatus: {
    title: 'GNU Bash manual, 3.7.5 Exit Status',
    url: 'https://www.gnu.org/software/bash/manual/html_node/Exit-Status.html',
  },
  goIssue47251: {
    title: 'golang/go#47251: net and os/user use cgo by default',
    url: 'https://github.com/golang/go/issues/47251',
  },
  cargoBuildCache: {
    title: 'The Cargo Book, Build cache',
    url: 'https://doc.rust-lang.org/cargo/reference/build-cache.html',
  },
  debianPolicyFhs: {
    title: 'Debian Policy Manual, 9.1.1 File System Structure',
    url: 'https://www.debian.org/doc/debian-policy/ch-opersys.html#file-system-structure',
  },
  fhsRoot: {
    title: 'Filesystem Hierarchy Standard 3.0, 3.2 Requirements',
    url: 'https://refspecs.linuxfoundation.org/FHS_3.0/fhs/ch03.html',
  },
  nodeModulesFolders: {
    title: 'Node.js documentation, Modules: Loading from node_modules folders',
    url: 'https://nodejs.org/api/modules.html#loading-from-node_modules-folders',
  },
  goBuild: {
    title: 'go-build(1), Debian golang-go',
    url: 'https://manpages.debian.org/unstable/golang-go/go-build.1.en.html',
  },
  baseFiles13: {
    title: 'Debian base-files 13.8+deb13u6 (amd64), its .deb: data.tar and postinst',
    url: 'https://snapshot.debian.org/archive/debian/20260818T205150Z/pool/main/b/base-files/base-files_13.8+deb13u6_amd64.deb',
  },
  basePasswd: {
    title:
      'Debian base-passwd 3.6.7 (amd64), /usr/share/base-passwd/passwd.master and group.master',
    url: 'https://snapshot.debian.org/package/base-passwd/3.6.7/',
  },
  gcc14: {
    title: 'Debian gcc-14 14.2.0-19 (amd64), control: «Recommends: libc6-dev (>= 2.23-1~)»',
    url: 'https://snapshot.debian.org/package/gcc-14/14.2.0-19/',
  },
  rustCrtStatic: {
    title: 'Rust RFC 1721, crt-static',
    url: 'https://github.com/rust-lang/rfcs/blob/master/text/1721-crt-static.md',
  },
} as const;

export type DocumentKey = keyof typeof DOCUMENTS;

/** A line (or a heading or key, where no line can be given) of a repository's file, or a document. */
export type Source =
  | {
      readonly repository: RepositoryKey;
      /** A file of the repository. */
      readonly path: string;
      /** 1-based line, or the first and last line of a range. */
      readonly line?: number | readonly [number, number];
      /** Where no line can be given (a file read through an index that shows no line numbers). */
      readonly anchor?: string;
    }
  | {readonly document: DocumentKey; readonly anchor: string};

/** A fact and the primary source that states it. */
export interface Fact<T> {
  readonly value: T;
  readonly source: Source;
}

export function source(
  repository: RepositoryKey,
  path: string,
  line: number | readonly [number, number] | string,
): Source {
  return typeof line === 'string' ? {repository, path, anchor: line} : {repository, path, line};
}

export const documentSource = (document: DocumentKey, anchor: string): Source => ({
  document,
  anchor,
});

export const fact = <T>(value: T, from: Source): Fact<T> => ({value, source: from});

/**
 * `owner/repo@commit path:line`, or a document's title, as a reader would look it up.
 * @public read by src/cli/imageSources.mjs
 */
export function cite(from: Source): string {
  if ('document' in from) return `${DOCUMENTS[from.document].title} (${from.anchor})`;
  const {repository, path, line, anchor} = from;
  const {repository: name, commit} = REPOSITORIES[repository];
  const where =
    line === undefined
      ? ` (${anchor ?? ''})`
      : typeof line === 'number'
        ? `:${line}`
        : `:${line[0]}-${line[1]}`;
  return `${name}@${commit.length === 40 ? commit.slice(0, 7) : commit} ${path}${where}`;
}
