/**
 * What the course knows about the base images it teaches, beyond their ENV (./baseImages.ts):
 * the C library, the shell, the default ENTRYPOINT/CMD/USER/WORKDIR, the files a dry run needs
 * (the passwd users, the CA bundle, the language runtime) and the toolchain a build stage has.
 * Sources: distroless' Bazel rules (`static/static.bzl`, `base/base.bzl`, `cc/cc.bzl`,
 * `java/java.bzl`, `nodejs/nodejs.bzl`, `python3/python.bzl`, `common/passwd`) and the official
 * images' Dockerfiles. Any other image is `known: false`: the dry run then claims nothing about
 * its files.
 */
import type {ImageReference} from './imageReference';

export type Libc = 'glibc' | 'musl' | 'none' | 'unknown';

export interface ImageFacts {
  /** True when the dry run may say a file is missing: the image's whole content is known. */
  readonly known: boolean;
  readonly libc: Libc;
  /** libgcc_s.so.1, which Rust and C++ binaries load: distroless cc and full distributions. */
  readonly libgcc: boolean;
  /** /bin/sh exists. */
  readonly shell: boolean;
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  readonly user: string;
  readonly workdir: string;
  /** Paths known to exist (a directory stands for everything under it). */
  readonly files: readonly string[];
  /** Users of /etc/passwd; null when unknown (a full distribution). */
  readonly users: readonly string[] | null;
  /** gcc is installed, so `go build` links with cgo unless CGO_ENABLED=0. */
  readonly cc: boolean;
  readonly java: number | null;
  readonly node: number | null;
  /** The python3 interpreter: its path and version (3.13). */
  readonly python: {readonly path: string; readonly version: string} | null;
}

const UNKNOWN: ImageFacts = {
  known: false,
  libc: 'unknown',
  libgcc: true,
  shell: true,
  entrypoint: [],
  cmd: [],
  user: '',
  workdir: '/',
  files: [],
  users: null,
  cc: false,
  java: null,
  node: null,
  python: null,
};

const DISTRIBUTION: ImageFacts = {...UNKNOWN, libc: 'glibc'};

/** Debian's python3 by release (13 trixie, 12 bookworm), at /usr/bin/python3. */
const DEBIAN_PYTHON: Readonly<Record<string, string>> = {
  '13': '3.13',
  trixie: '3.13',
  '12': '3.11',
  bookworm: '3.11',
};

/**
 * distroless: every image has these (common/rootfs, passwd, cacerts, tmp, home). A path ending
 * in «/» is a tree whose contents exist too; /tmp and /home/nonroot are empty.
 */
const DISTROLESS_FILES = [
  '/etc/passwd',
  '/etc/group',
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/nsswitch.conf',
  '/usr/share/zoneinfo/',
  '/tmp',
  '/home/nonroot',
];

function distroless(path: string, tag: string | null): ImageFacts {
  const [, flavour = '', debian = '13'] =
    /^distroless\/([a-z0-9-]+?)(?:-debian(\d+))?$/.exec(path) ?? [];
  const nonroot = /(?:^|-)nonroot$/.test(tag ?? '');
  const debug = /(?:^|-)debug(?:-|$)/.test(tag ?? '');
  const base: ImageFacts = {
    ...UNKNOWN,
    known: true,
    libc: 'none',
    libgcc: false,
    shell: false,
    user: nonroot ? '65532' : '0',
    workdir: nonroot ? '/home/nonroot' : '/',
    files: [...DISTROLESS_FILES, ...(debug ? ['/busybox/'] : [])],
    users: ['root', 'nobody', 'nonroot'],
    entrypoint: debug ? ['/busybox/sh'] : [],
  };
  const glibc = {...base, libc: 'glibc' as const};
  const java = /^java(\d+)$/.exec(flavour);
  if (java) {
    return {
      ...glibc,
      libgcc: true,
      java: Number(java[1]),
      files: [...glibc.files, '/usr/bin/java', '/usr/lib/jvm/'],
      entrypoint: debug ? glibc.entrypoint : ['/usr/bin/java', '-jar'],
    };
  }
  const node = /^nodejs(\d+)$/.exec(flavour);
  if (node) {
    return {
      ...glibc,
      libgcc: true,
      node: Number(node[1]),
      files: [...glibc.files, '/nodejs/'],
      entrypoint: debug ? glibc.entrypoint : ['/nodejs/bin/node'],
    };
  }
  if (flavour === 'python3') {
    const python = {path: '/usr/bin/python3', version: DEBIAN_PYTHON[debian] ?? '3.13'};
    return {
      ...glibc,
      libgcc: true,
      python,
      files: [
        ...glibc.files,
        '/usr/bin/python3',
        '/usr/lib/python3/',
        `/usr/lib/python${python.version}/`,
      ],
      entrypoint: debug ? glibc.entrypoint : ['/usr/bin/python3'],
    };
  }
  if (flavour === 'cc') return {...glibc, libgcc: true};
  if (flavour === 'base' || flavour === 'base-nossl') return glibc;
  return base;
}

/** What this image is, as far as the course knows; null for a reference that does not parse. */
export function imageFacts(reference: ImageReference | 'scratch' | null): ImageFacts {
  if (reference === null) return UNKNOWN;
  if (reference === 'scratch') {
    return {...UNKNOWN, known: true, libc: 'none', libgcc: false, shell: false, users: []};
  }
  const {domain, path, tag} = reference;
  if (domain === 'gcr.io' && path.startsWith('distroless/')) return distroless(path, tag);
  if (domain !== 'docker.io') return UNKNOWN;
  const name = path.replace(/^library\//, '');
  const version = tag ?? '';
  const alpine = /alpine/.test(version);
  const libc = alpine ? 'musl' : 'glibc';
  const distribution = {...DISTRIBUTION, libc} as const;
  const release = /(trixie|bookworm)/.exec(version)?.[1];
  switch (name) {
    case 'alpine':
      return {...distribution, libc: 'musl'};
    case 'debian': {
      const debian = /^(\d+|trixie|bookworm)/.exec(version)?.[1] ?? '13';
      const pythonVersion = DEBIAN_PYTHON[debian];
      return {
        ...distribution,
        python: pythonVersion ? {path: '/usr/bin/python3', version: pythonVersion} : null,
      };
    }
    case 'ubuntu': {
      const ubuntu: Readonly<Record<string, string>> = {
        '24.04': '3.12',
        noble: '3.12',
        '22.04': '3.10',
        jammy: '3.10',
      };
      const pythonVersion = ubuntu[/^([\d.]+|noble|jammy)/.exec(version)?.[1] ?? ''];
      return {
        ...distribution,
        python: pythonVersion ? {path: '/usr/bin/python3', version: pythonVersion} : null,
      };
    }
    case 'golang':
      return {...distribution, cc: !alpine};
    case 'rust':
    case 'gcc':
      return {...distribution, cc: !alpine || name === 'gcc'};
    case 'python': {
      const minor = /^(\d+\.\d+)/.exec(version)?.[1] ?? null;
      return {
        ...distribution,
        python: minor ? {path: '/usr/local/bin/python3', version: minor} : null,
      };
    }
    case 'node':
      return {...distribution, node: Number(/^(\d+)/.exec(version)?.[1] ?? '') || null};
    case 'eclipse-temurin':
    case 'openjdk':
      return {...distribution, java: Number(/^(\d+)/.exec(version)?.[1] ?? '') || null};
    case 'maven':
    case 'gradle':
      return {
        ...distribution,
        java: Number(/(?:temurin-|jdk)(\d+)/.exec(version)?.[1] ?? '') || null,
      };
    default:
      return release ? distribution : UNKNOWN;
  }
}
