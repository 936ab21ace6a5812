/**
 * Docker's official images that the course uses, read from their Dockerfiles and the image
 * metadata docker-library/repo-info publishes. Each image is its base's facts plus what its own
 * Dockerfile adds. Which tags exist comes from the official-images snapshot (./officialTags.ts):
 * a tag missing there is not known, and nothing is claimed about it.
 */
import {BASE_FILES_DIRECTORIES, USR_LOCAL_DIRECTORIES} from './baseFiles';
import {OFFICIAL_TAGS} from './officialTags';
import {documentSource, fact, source, type Fact, type RepositoryKey, type Source} from './sources';
import type {Account, ImageConfig, ImageContents, ImageFacts, Tool, UnknownImage} from './types';

type Tools = Partial<Record<Tool, Fact<string | null>>>;

/** What one Dockerfile (or one image's metadata) adds to its base. */
interface Layer {
  readonly config?: Partial<Omit<ImageConfig, 'env'>> & {
    readonly env?: readonly Fact<readonly [string, string]>[];
  };
  readonly contents?: Partial<Omit<ImageContents, 'tools' | 'files'>> & {
    readonly tools?: Tools;
    readonly files?: readonly Fact<readonly string[]>[];
    /** Users the Dockerfile creates. */
    readonly addUsers?: Fact<readonly Account[]>;
    /** Entries the Dockerfile adds at `/`. */
    readonly addRoots?: Fact<readonly string[]>;
  };
}

const at = (repository: RepositoryKey, path: string, line: number | readonly [number, number]) =>
  source(repository, path, line);

const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The FHS's top level, which Debian's packages follow (Debian Policy 9.1.1). */
const FHS_ROOT = fact(
  [
    'bin',
    'boot',
    'dev',
    'etc',
    'home',
    'lib',
    'lib64',
    'media',
    'mnt',
    'opt',
    'proc',
    'root',
    'run',
    'sbin',
    'srv',
    'sys',
    'tmp',
    'usr',
    'var',
  ],
  documentSource(
    'debianPolicyFhs',
    '«The location of all files and directories must comply with the Filesystem Hierarchy Standard (FHS)», whose 3.2 lists /',
  ),
);

/** Dockerfile reference: no WORKDIR means `/`; ENTRYPOINT resets an inherited CMD. */
const DEFAULT_WORKDIR = at('buildkit', 'frontend/dockerfile/docs/reference.md', 2503);

// --- Debian (debuerreotype tarballs; metadata and packages from repo-info) -------------------

const DEBIAN13_SLIM = 'repos/debian/local/13-slim.md';
const debianPackage = (name: string): Source =>
  source('repoInfo', DEBIAN13_SLIM, `dpkg source package: ${name}`);
const DEBIAN13_PACKAGES = source('repoInfo', DEBIAN13_SLIM, 'every «Binary Packages» list');

const BASE_PASSWD_USERS: readonly Account[] = [
  {name: 'root', id: 0, home: '/root'},
  {name: 'daemon', id: 1, home: '/usr/sbin'},
  {name: 'bin', id: 2, home: '/bin'},
  {name: 'sys', id: 3, home: '/dev'},
  {name: 'sync', id: 4, home: '/bin'},
  {name: 'games', id: 5, home: '/usr/games'},
  {name: 'man', id: 6, home: '/var/cache/man'},
  {name: 'lp', id: 7, home: '/var/spool/lpd'},
  {name: 'mail', id: 8, home: '/var/mail'},
  {name: 'news', id: 9, home: '/var/spool/news'},
  {name: 'uucp', id: 10, home: '/var/spool/uucp'},
  {name: 'proxy', id: 13, home: '/bin'},
  {name: 'www-data', id: 33, home: '/var/www'},
  {name: 'backup', id: 34, home: '/var/backups'},
  {name: 'list', id: 38, home: '/var/list'},
  {name: 'irc', id: 39, home: '/run/ircd'},
  {name: '_apt', id: 42, home: '/nonexistent'},
  {name: 'nobody', id: 65534, home: '/nonexistent'},
];
const BASE_PASSWD_GROUPS: readonly Account[] = [
  {name: 'root', id: 0},
  {name: 'daemon', id: 1},
  {name: 'bin', id: 2},
  {name: 'sys', id: 3},
  {name: 'adm', id: 4},
  {name: 'tty', id: 5},
  {name: 'disk', id: 6},
  {name: 'lp', id: 7},
  {name: 'mail', id: 8},
  {name: 'news', id: 9},
  {name: 'uucp', id: 10},
  {name: 'man', id: 12},
  {name: 'proxy', id: 13},
  {name: 'kmem', id: 15},
  {name: 'dialout', id: 20},
  {name: 'fax', id: 21},
  {name: 'voice', id: 22},
  {name: 'cdrom', id: 24},
  {name: 'floppy', id: 25},
  {name: 'tape', id: 26},
  {name: 'sudo', id: 27},
  {name: 'audio', id: 29},
  {name: 'dip', id: 30},
  {name: 'www-data', id: 33},
  {name: 'backup', id: 34},
  {name: 'operator', id: 37},
  {name: 'list', id: 38},
  {name: 'irc', id: 39},
  {name: 'src', id: 40},
  {name: 'shadow', id: 42},
  {name: 'utmp', id: 43},
  {name: 'video', id: 44},
  {name: 'sasl', id: 45},
  {name: 'plugdev', id: 46},
  {name: 'staff', id: 50},
  {name: 'games', id: 60},
  {name: 'users', id: 100},
  {name: 'nogroup', id: 65534},
];

function debian(release: '12' | '13'): Layer {
  const known = release === '13';
  return {
    config: {
      entrypoint: fact([], at('repoInfo', DEBIAN13_SLIM, 10)),
      cmd: fact(['bash'], at('repoInfo', DEBIAN13_SLIM, 11)),
      env: [fact(['PATH', SYSTEM_PATH], at('repoInfo', DEBIAN13_SLIM, 13))],
      workdir: fact('/', DEFAULT_WORKDIR),
      user: fact('', DEFAULT_WORKDIR),
    },
    contents: {
      libc: fact('glibc', debianPackage('glibc=2.41-12+deb13u3')),
      glibcVersion: fact('2.41', debianPackage('glibc=2.41-12+deb13u3')),
      libgcc: fact(true, debianPackage('gcc-14=14.2.0-19')),
      libstdcxx: fact(true, debianPackage('gcc-14=14.2.0-19')),
      // base-passwd writes its master files as /etc/passwd and /etc/group when debootstrap
      // installs it; other packages may add more, so the lists are not complete.
      users: fact(
        {list: BASE_PASSWD_USERS, complete: false},
        documentSource('basePasswd', 'passwd.master:1-18'),
      ),
      groups: fact(
        {list: BASE_PASSWD_GROUPS, complete: false},
        documentSource('basePasswd', 'group.master:1-38'),
      ),
      files: [
        fact(
          ['/etc/passwd', '/etc/group'],
          documentSource('basePasswd', 'passwd.master and group.master, installed as these'),
        ),
      ],
      // base-files' own directories (its data.tar), and the /usr/local tree its postinst makes
      // when debootstrap configures it (install_local_dir, postinst:80-91).
      directories: [
        fact(BASE_FILES_DIRECTORIES.debian13, debianPackage('base-files=13.8+deb13u6')),
        fact(USR_LOCAL_DIRECTORIES, documentSource('baseFiles13', 'postinst:80-91')),
      ],
      aptLists: fact(false, at('debuerreotype', 'scripts/.tar-exclude', [14, 16])),
      complete: fact(false, DEBIAN13_PACKAGES),
      rootDirectories: FHS_ROOT,
      tools: {
        sh: fact('/bin/sh', debianPackage('dash=0.5.12-12')),
        bash: fact('/bin/bash', debianPackage('bash=5.2.37-2')),
        'apt-get': fact('/usr/bin/apt-get', debianPackage('apt=3.0.3')),
        coreutils: fact('/usr/bin/', debianPackage('coreutils=9.7-3')),
        useradd: fact('/usr/sbin/', debianPackage('shadow=1:4.17.4-2')),
        ...(known
          ? {
              gcc: fact(null, DEBIAN13_PACKAGES),
              'g++': fact(null, DEBIAN13_PACKAGES),
              make: fact(null, DEBIAN13_PACKAGES),
              python3: fact(null, DEBIAN13_PACKAGES),
              python: fact(null, DEBIAN13_PACKAGES),
              pip: fact(null, DEBIAN13_PACKAGES),
              java: fact(null, DEBIAN13_PACKAGES),
              node: fact(null, DEBIAN13_PACKAGES),
              npm: fact(null, DEBIAN13_PACKAGES),
              go: fact(null, DEBIAN13_PACKAGES),
              cargo: fact(null, DEBIAN13_PACKAGES),
            }
          : {}),
      },
      ...(known ? {certificates: fact(null, DEBIAN13_PACKAGES)} : {}),
    },
  };
}

/** Slim images drop documentation paths, not packages (dpkg path-exclude). */
const SLIM_SAME_PACKAGES = at('debuerreotype', 'scripts/debuerreotype-slimify', [36, 38]);

// --- Alpine -----------------------------------------------------------------------------------

const ALPINE = 'repos/alpine/local/3.24.2.md';
const alpinePackage = (name: string): Source =>
  source('repoInfoAlpine', ALPINE, `apk package: ${name}`);
const ALPINE_PACKAGES = source('repoInfoAlpine', ALPINE, 'every «apk package»');

const alpine: Layer = {
  config: {
    entrypoint: fact([], at('repoInfoAlpine', ALPINE, [9, 10])),
    cmd: fact(['/bin/sh'], at('repoInfoAlpine', ALPINE, 10)),
    env: [fact(['PATH', SYSTEM_PATH], at('repoInfoAlpine', ALPINE, 12))],
    workdir: fact('/', DEFAULT_WORKDIR),
    user: fact('', DEFAULT_WORKDIR),
  },
  contents: {
    libc: fact('musl', alpinePackage('musl')),
    libgcc: fact(false, ALPINE_PACKAGES),
    libstdcxx: fact(false, ALPINE_PACKAGES),
    complete: fact(false, ALPINE_PACKAGES),
    tools: {
      sh: fact('/bin/sh', alpinePackage('busybox-binsh')),
      coreutils: fact('/bin/', alpinePackage('busybox')),
      useradd: fact('/usr/sbin/', alpinePackage('busybox')),
      bash: fact(null, ALPINE_PACKAGES),
      apk: fact('/sbin/apk', alpinePackage('apk-tools')),
      gcc: fact(null, ALPINE_PACKAGES),
      'g++': fact(null, ALPINE_PACKAGES),
      make: fact(null, ALPINE_PACKAGES),
      python3: fact(null, ALPINE_PACKAGES),
      python: fact(null, ALPINE_PACKAGES),
      java: fact(null, ALPINE_PACKAGES),
      node: fact(null, ALPINE_PACKAGES),
      go: fact(null, ALPINE_PACKAGES),
      cargo: fact(null, ALPINE_PACKAGES),
    },
  },
};

// --- buildpack-deps (the base of the full Debian variants) -------------------------------------

const buildpackDeps: Layer = {
  contents: {
    aptLists: fact(false, at('buildpackDeps', 'debian/trixie/Dockerfile', 54)),
    libcHeaders: fact(true, at('buildpackDeps', 'debian/trixie/Dockerfile', 22)),
    certificates: fact(
      '/etc/ssl/certs/ca-certificates.crt',
      at('buildpackDeps', 'debian/trixie/curl/Dockerfile', 12),
    ),
    tools: {
      gcc: fact('/usr/bin/gcc', at('buildpackDeps', 'debian/trixie/Dockerfile', 19)),
      'g++': fact('/usr/bin/g++', at('buildpackDeps', 'debian/trixie/Dockerfile', 18)),
      make: fact('/usr/bin/make', at('buildpackDeps', 'debian/trixie/Dockerfile', 48)),
      // Its -dev packages may pull in python3: not known either way.
      python3: undefined,
      python: undefined,
    },
  },
};

// --- golang -------------------------------------------------------------------------------------

function golang(alpineVariant: boolean): Layer {
  const file = alpineVariant ? '1.27/alpine3.24/Dockerfile' : '1.27/trixie/Dockerfile';
  const line = (debianLine: number, alpineLine: number) =>
    alpineVariant ? alpineLine : debianLine;
  return {
    config: {
      env: [
        fact(['GOLANG_VERSION', '1.27.0'], at('golang', file, line(125, 117))),
        fact(['GOTOOLCHAIN', 'local'], at('golang', file, line(129, 121))),
        fact(['GOPATH', '/go'], at('golang', file, line(131, 123))),
        fact(
          ['PATH', `/go/bin:/usr/local/go/bin:${SYSTEM_PATH}`],
          at('golang', file, line(132, 124)),
        ),
      ],
      workdir: fact('/go', at('golang', file, line(136, 128))),
    },
    contents: {
      addRoots: fact(['go'], at('golang', file, line(135, 127))),
      tools: {
        go: fact('/usr/local/go/bin/go', at('golang', file, line(132, 124))),
        ...(alpineVariant
          ? {gcc: fact(null, at('golang', file, 115))}
          : {
              gcc: fact('/usr/bin/gcc', at('golang', file, 108)),
              'g++': fact('/usr/bin/g++', at('golang', file, 107)),
              make: fact('/usr/bin/make', at('golang', file, 110)),
            }),
      },
      ...(alpineVariant ? {} : {aptLists: fact(false, at('golang', file, 123))}),
    },
  };
}

// --- python -------------------------------------------------------------------------------------

function python(minor: string, variant: 'slim' | 'full' | 'alpine'): Layer {
  const file = `3.13/${variant === 'slim' ? 'slim-trixie' : variant === 'full' ? 'trixie' : 'alpine3.24'}/Dockerfile`;
  const symlinks: Readonly<Record<typeof variant, readonly [number, number]>> = {
    slim: [143, 149],
    full: [109, 115],
    alpine: [136, 142],
  };
  const cmdLine = {slim: 151, full: 117, alpine: 144}[variant];
  const links = at('python', file, symlinks[variant]);
  return {
    config: {
      env: [
        fact(['PATH', `/usr/local/bin:${SYSTEM_PATH}`], at('python', file, 10)),
        fact(['PYTHON_VERSION', `${minor}.0`], at('python', file, variant === 'alpine' ? 20 : 23)),
      ],
      cmd: fact(['python3'], at('python', file, cmdLine)),
    },
    contents: {
      tools: {
        python3: fact('/usr/local/bin/python3', links),
        python: fact('/usr/local/bin/python', links),
        pip: fact('/usr/local/bin/pip', links),
        ...(variant === 'slim'
          ? {
              gcc: fact(null, at('python', file, 135)),
              'g++': fact(null, at('python', file, 135)),
              make: fact(null, at('python', file, 135)),
            }
          : variant === 'alpine'
            ? {gcc: fact(null, at('python', file, 129)), make: fact(null, at('python', file, 129))}
            : {}),
      },
      python: fact(
        {version: minor, path: `/usr/local/bin/python${minor}`, venv: true},
        at('python', file, variant === 'alpine' ? 132 : variant === 'slim' ? 139 : 105),
      ),
      ...(variant === 'alpine'
        ? {}
        : {aptLists: fact(false, at('python', file, variant === 'slim' ? 136 : 20))}),
    },
  };
}

// --- node ---------------------------------------------------------------------------------------

function node(major: number, variant: 'slim' | 'full' | 'alpine'): Layer {
  const folder = variant === 'slim' ? 'trixie-slim' : variant === 'full' ? 'trixie' : 'alpine3.24';
  const file = `26/${folder}/Dockerfile`;
  const lines = {
    slim: {user: [3, 4], install: 43, entry: 64, cmd: 66, npm: 59},
    full: {user: [3, 4], install: 40, entry: 50, cmd: 52, npm: 45},
    alpine: {user: [5, 6], install: 21, entry: 82, cmd: 84, npm: 77},
  }[variant];
  return {
    config: {
      env: [fact(['NODE_VERSION', `${major}.0.0`], at('node', file, variant === 'alpine' ? 3 : 6))],
      entrypoint: fact(['docker-entrypoint.sh'], at('node', file, lines.entry)),
      cmd: fact(['node'], at('node', file, lines.cmd)),
    },
    contents: {
      addUsers: fact(
        [{name: 'node', id: 1000, home: '/home/node'}],
        at('node', file, lines.user as [number, number]),
      ),
      tools: {
        node: fact('/usr/local/bin/node', at('node', file, lines.install)),
        npm: fact('/usr/local/bin/npm', at('node', file, lines.npm)),
      },
      files: [
        fact(
          ['/usr/local/bin/docker-entrypoint.sh', '/usr/local/bin/node', '/usr/local/bin/npm'],
          at('node', file, lines.install),
        ),
      ],
      node: fact({major}, at('node', file, variant === 'alpine' ? 3 : 6)),
      entrypointScript: fact(
        {path: 'docker-entrypoint.sh', node: true},
        at('node', `26/${folder}/docker-entrypoint.sh`, [7, 11]),
      ),
    },
  };
}

// --- rust ---------------------------------------------------------------------------------------

function rust(variant: 'full' | 'slim' | 'alpine'): Layer {
  const file =
    variant === 'alpine'
      ? 'stable/alpine3.23/Dockerfile'
      : variant === 'slim'
        ? 'stable/trixie/slim/Dockerfile'
        : 'stable/trixie/Dockerfile';
  const envLines: readonly [number, number] = variant === 'alpine' ? [10, 13] : [5, 8];
  const targetLines: Readonly<Record<typeof variant, readonly [number, number]>> = {
    full: [14, 15],
    slim: [22, 23],
    alpine: [19, 20],
  };
  return {
    config: {
      env: [
        fact(['RUSTUP_HOME', '/usr/local/rustup'], at('rust', file, envLines)),
        fact(['CARGO_HOME', '/usr/local/cargo'], at('rust', file, envLines)),
        fact(['PATH', `/usr/local/cargo/bin:${SYSTEM_PATH}`], at('rust', file, envLines)),
      ],
    },
    contents: {
      tools: {
        cargo: fact('/usr/local/cargo/bin/cargo', at('rust', file, envLines)),
        rustup: fact('/usr/local/cargo/bin/rustup', at('rust', file, envLines)),
        ...(variant === 'alpine' ? {gcc: fact('/usr/bin/gcc', at('rust', file, [5, 8]))} : {}),
        ...(variant === 'slim' ? {gcc: fact('/usr/bin/gcc', at('rust', file, [13, 16]))} : {}),
      },
      rustTargets: fact(
        [variant === 'alpine' ? 'x86_64-unknown-linux-musl' : 'x86_64-unknown-linux-gnu'],
        at('rust', file, targetLines[variant]),
      ),
      ...(variant === 'slim' ? {aptLists: fact(false, at('rust', file, 68))} : {}),
    },
  };
}

// --- Eclipse Temurin (on Ubuntu or Alpine) ------------------------------------------------------

function temurin(release: number, jdk: boolean, alpineVariant: boolean): Layer {
  const file = `25/${jdk ? 'jdk' : 'jre'}/${alpineVariant ? 'alpine/3.24' : 'ubuntu/resolute'}/Dockerfile`;
  // A shell-form RUN of the image's own Dockerfile ran, so its base has /bin/sh.
  const run = at('temurin', file, alpineVariant ? 28 : jdk ? 105 : 102);
  const binary = at('temurin', file, alpineVariant ? 62 : jdk ? 56 : 53);
  const entry = alpineVariant ? 95 : jdk ? 112 : 107;
  return {
    config: {
      env: [
        fact(['JAVA_HOME', '/opt/java/openjdk'], at('temurin', file, 22)),
        fact(['PATH', `/opt/java/openjdk/bin:${SYSTEM_PATH}`], at('temurin', file, 23)),
        fact(['LANG', 'en_US.UTF-8'], at('temurin', file, 26)),
        fact(
          ['JAVA_VERSION', `jdk-${release}`],
          at('temurin', file, alpineVariant ? 51 : jdk ? 49 : 46),
        ),
      ],
      entrypoint: fact(['/__cacert_entrypoint.sh'], at('temurin', file, entry)),
      ...(jdk ? {cmd: fact(['jshell'], at('temurin', file, entry + 2))} : {}),
    },
    contents: {
      libc: fact(alpineVariant ? 'musl' : 'glibc', binary),
      tools: {
        sh: fact('/bin/sh', run),
        java: fact('/opt/java/openjdk/bin/java', at('temurin', file, 23)),
        javac: jdk
          ? fact('/opt/java/openjdk/bin/javac', at('temurin', file, alpineVariant ? 91 : 108))
          : fact(null, source('distroless', 'java/testdata/java25_debian13.yaml', [29, 31])),
      },
      files: [
        fact(['/__cacert_entrypoint.sh', '/opt/java/openjdk/'], at('temurin', file, entry - 1)),
      ],
      addRoots: fact(['__cacert_entrypoint.sh'], at('temurin', file, entry - 1)),
      java: fact({release, jdk, home: '/opt/java/openjdk'}, binary),
      entrypointScript: fact(
        {path: '/__cacert_entrypoint.sh', node: false},
        at(
          'temurin',
          `25/${jdk ? 'jdk' : 'jre'}/${alpineVariant ? 'alpine/3.24' : 'ubuntu/resolute'}/entrypoint.sh`,
          alpineVariant ? 157 : 157,
        ),
      ),
      ...(alpineVariant ? {} : {aptLists: fact(false, at('temurin', file, jdk ? 97 : 94))}),
    },
  };
}

function maven(release: number): Layer {
  const file = `eclipse-temurin-${release}-noble/Dockerfile`;
  return {
    config: {
      env: [
        fact(
          ['MAVEN_HOME', '/usr/share/maven'],
          at('maven', 'eclipse-temurin-25-noble/Dockerfile', 16),
        ),
        fact(
          ['MAVEN_CONFIG', '/root/.m2'],
          at('maven', 'eclipse-temurin-25-noble/Dockerfile', [22, 23]),
        ),
      ],
      entrypoint: fact(
        ['/usr/local/bin/mvn-entrypoint.sh'],
        at('maven', 'eclipse-temurin-25-noble/Dockerfile', 25),
      ),
      cmd: fact(['mvn'], at('maven', 'eclipse-temurin-25-noble/Dockerfile', 26)),
    },
    contents: {
      tools: {mvn: fact('/usr/bin/mvn', at('maven', 'eclipse-temurin-25-noble/Dockerfile', 21))},
      files: [
        fact(
          ['/usr/local/bin/mvn-entrypoint.sh', '/usr/share/maven/'],
          at('maven', file, [18, 19]),
        ),
      ],
    },
  };
}

const gradle: Layer = {
  config: {
    cmd: fact(['gradle'], at('gradle', 'jdk25-resolute/Dockerfile', 3)),
    env: [fact(['GRADLE_HOME', '/opt/gradle'], at('gradle', 'jdk25-resolute/Dockerfile', 5))],
    workdir: fact('/home/gradle', at('gradle', 'jdk25-resolute/Dockerfile', 22)),
    user: fact('root', at('gradle', 'jdk25-resolute/Dockerfile', 86)),
  },
  contents: {
    tools: {gradle: fact('/usr/bin/gradle', at('gradle', 'jdk25-resolute/Dockerfile', 78))},
  },
};

const nginx: Layer = {
  config: {
    entrypoint: fact(['/docker-entrypoint.sh'], at('nginx', 'mainline/debian/Dockerfile', 143)),
    cmd: fact(['nginx', '-g', 'daemon off;'], at('nginx', 'mainline/debian/Dockerfile', 149)),
  },
  contents: {
    addUsers: fact(
      [{name: 'nginx', id: 101, home: '/nonexistent'}],
      at('nginx', 'mainline/debian/Dockerfile', [19, 20]),
    ),
    files: [fact(['/docker-entrypoint.sh'], at('nginx', 'mainline/debian/Dockerfile', 138))],
    addRoots: fact(
      ['docker-entrypoint.sh', 'docker-entrypoint.d'],
      at('nginx', 'mainline/debian/Dockerfile', [138, 142]),
    ),
    entrypointScript: fact(
      {path: '/docker-entrypoint.sh', node: false},
      at('nginx', 'mainline/debian/docker-entrypoint.sh', 47),
    ),
  },
};

const httpd: Layer = {
  config: {
    env: [
      fact(['HTTPD_PREFIX', '/usr/local/apache2'], at('httpd', '2.4/Dockerfile', 6)),
      fact(['PATH', `/usr/local/apache2/bin:${SYSTEM_PATH}`], at('httpd', '2.4/Dockerfile', 7)),
    ],
    workdir: fact('/usr/local/apache2', at('httpd', '2.4/Dockerfile', 10)),
    cmd: fact(['httpd-foreground'], at('httpd', '2.4/Dockerfile', 234)),
  },
  contents: {
    files: [fact(['/usr/local/bin/httpd-foreground'], at('httpd', '2.4/Dockerfile', 231))],
  },
};

// --- Composition --------------------------------------------------------------------------------

const UBUNTU = 'repos/ubuntu/local/resolute.md';
const ubuntuPackage = (name: string): Source =>
  source('repoInfoUbuntu', UBUNTU, `dpkg source package: ${name}`);
const UBUNTU_PACKAGES = source('repoInfoUbuntu', UBUNTU, 'every «Binary Packages» list');

/** Ubuntu 26.04, the base of the Temurin images (repo-info's metadata and package list). */
const ubuntu: Layer = {
  config: {
    entrypoint: fact([], at('repoInfoUbuntu', UBUNTU, [9, 10])),
    cmd: fact(['/bin/bash'], at('repoInfoUbuntu', UBUNTU, 10)),
    env: [fact(['PATH', SYSTEM_PATH], at('repoInfoUbuntu', UBUNTU, 12))],
    workdir: fact('/', DEFAULT_WORKDIR),
    user: fact('', DEFAULT_WORKDIR),
  },
  contents: {
    libc: fact('glibc', ubuntuPackage('glibc=2.43-2ubuntu2')),
    glibcVersion: fact('2.43', ubuntuPackage('glibc=2.43-2ubuntu2')),
    libgcc: fact(true, ubuntuPackage('gcc-16=16-20260322-1ubuntu1')),
    libstdcxx: fact(true, ubuntuPackage('gcc-16=16-20260322-1ubuntu1')),
    complete: fact(false, UBUNTU_PACKAGES),
    rootDirectories: FHS_ROOT,
    users: fact(
      {list: [{name: 'root', id: 0, home: '/root'}], complete: false},
      ubuntuPackage('base-passwd=3.6.8'),
    ),
    tools: {
      sh: fact('/bin/sh', ubuntuPackage('dash=0.5.12-12ubuntu3')),
      bash: fact('/bin/bash', ubuntuPackage('bash=5.3-2ubuntu1')),
      'apt-get': fact('/usr/bin/apt-get', ubuntuPackage('apt=3.2.0')),
      coreutils: fact('/usr/bin/', ubuntuPackage('coreutils-from=0.0.0~ubuntu25')),
      useradd: fact('/usr/sbin/', ubuntuPackage('shadow=1:4.17.4-2ubuntu3')),
    },
  },
};

/** `ubuntu` itself: what its package list lacks (the images built on it install more). */
const ubuntuAlone: Layer = {
  contents: {
    certificates: fact(null, UBUNTU_PACKAGES),
    tools: Object.fromEntries(
      (
        [
          'gcc',
          'g++',
          'make',
          'python3',
          'python',
          'pip',
          'java',
          'node',
          'npm',
          'go',
          'cargo',
        ] as const
      ).map((tool) => [tool, fact(null, UBUNTU_PACKAGES)]),
    ),
  },
};

function compose(
  name: string,
  layers: readonly Layer[],
  maintained: Fact<boolean>,
): ImageFacts | UnknownImage {
  const env = new Map<string, Fact<readonly [string, string]>>();
  let config: Partial<Omit<ImageConfig, 'env'>> = {};
  let contents: Partial<ImageContents> = {};
  let tools: Tools = {};
  const files: Fact<readonly string[]>[] = [];
  let users = undefined as ImageContents['users'];
  for (const layer of layers) {
    for (const entry of layer.config?.env ?? []) env.set(entry.value[0], entry);
    const {entrypoint, cmd, workdir, user} = layer.config ?? {};
    const rest = Object.fromEntries(
      Object.entries({entrypoint, cmd, workdir, user}).filter(([, value]) => value !== undefined),
    ) as Partial<Omit<ImageConfig, 'env'>>;
    // A new ENTRYPOINT without its own CMD resets the inherited CMD (reference.md:2373).
    if (rest.entrypoint && !rest.cmd && config.cmd) {
      config = {
        ...config,
        cmd: fact([], at('buildkit', 'frontend/dockerfile/docs/reference.md', 2373)),
      };
    }
    config = {...config, ...rest};
    const {tools: more, files: moreFiles, addUsers, addRoots, ...other} = layer.contents ?? {};
    if (addRoots && contents.rootDirectories) {
      contents = {
        ...contents,
        rootDirectories: fact(
          [...contents.rootDirectories.value, ...addRoots.value],
          contents.rootDirectories.source,
        ),
      };
    }
    contents = {...contents, ...other};
    // A layer's `undefined` tool makes it unknown again (its packages may bring it).
    const layerTools = Object.entries(more ?? {}) as [Tool, Fact<string | null> | undefined][];
    tools = Object.fromEntries([
      ...Object.entries(tools).filter(([tool]) => !layerTools.some(([name]) => name === tool)),
      ...layerTools.filter(([, value]) => value !== undefined),
    ]) as Tools;
    files.push(...(moreFiles ?? []));
    if (other.users) users = other.users;
    if (addUsers && users) {
      users = fact(
        {list: [...users.value.list, ...addUsers.value], complete: users.value.complete},
        addUsers.source,
      );
    }
  }
  const {entrypoint, cmd, workdir, user} = config;
  if (!contents.libc || !contents.complete || !entrypoint || !cmd || !workdir || !user) {
    return {name, reason: `el laboratorio no tiene los datos de configuración de ${name}.`};
  }
  return {
    name,
    publisher: 'docker-library',
    maintained,
    config: {entrypoint, cmd, workdir, user, env: [...env.values()]},
    contents: {...contents, libc: contents.libc, complete: contents.complete, users, tools, files},
  };
}

/** The snapshot's entry for a repository and tag: the Dockerfile's folder, or null. */
function entryOf(repository: keyof typeof OFFICIAL_TAGS.repositories, tag: string): string | null {
  const entries: readonly (readonly string[])[] = OFFICIAL_TAGS.repositories[repository];
  for (const [directory = '', tags = ''] of entries) {
    if (tags.split(' ').includes(tag)) return directory;
  }
  return null;
}

const SNAPSHOT = source('officialImages', 'library/', `as of ${OFFICIAL_TAGS.date}`);
const MAINTAINED = fact(true, SNAPSHOT);

/** The facts of `docker.io/library/<name>:<tag>`, or why there are none. */
export function officialImage(name: string, tag: string | null): ImageFacts | UnknownImage {
  const shown = `${name}:${tag ?? 'latest'}`;
  const repository = name as keyof typeof OFFICIAL_TAGS.repositories;
  if (!Object.hasOwn(OFFICIAL_TAGS.repositories, repository)) {
    return {name: shown, reason: `el laboratorio no tiene datos de la imagen «${name}».`};
  }
  const directory = entryOf(repository, tag ?? 'latest');
  if (directory === null) {
    return {
      name: shown,
      reason: `«${shown}» no está entre las etiquetas que publica hoy la imagen oficial (official-images, ${OFFICIAL_TAGS.date}): no se reconstruye y el laboratorio no sabe qué contiene.`,
    };
  }
  const trixie =
    /trixie|oci/.test(directory) &&
    !/bookworm|bullseye|forky|sid|experimental|oldstable|testing|unstable|rc-buggy/.test(directory);
  const slim = /slim/.test(directory);
  const debianBase = (layers: Layer[]): Layer[] =>
    trixie
      ? [
          debian('13'),
          ...(slim ? [{contents: {complete: fact(false, SLIM_SAME_PACKAGES)}}] : []),
          ...layers,
        ]
      : [];
  const unknown = (why: string): UnknownImage => ({name: shown, reason: why});
  switch (repository) {
    case 'debian': {
      if (/^trixie\//.test(directory)) return compose(shown, debianBase([]), MAINTAINED);
      return unknown(
        `el laboratorio solo tiene los datos de Debian 13 (trixie), no de «${shown}».`,
      );
    }
    case 'alpine':
      return /^3\.2[0-9]/.test(tag ?? '') || tag === 'latest' || tag === '3'
        ? compose(shown, [alpine], MAINTAINED)
        : unknown(`el laboratorio solo tiene los datos de Alpine 3.24.`);
    case 'golang': {
      if (/alpine/.test(directory)) return compose(shown, [alpine, golang(true)], MAINTAINED);
      if (/trixie/.test(directory))
        return compose(shown, debianBase([buildpackDeps, golang(false)]), MAINTAINED);
      return unknown(`el laboratorio solo tiene los datos de golang sobre trixie y Alpine.`);
    }
    case 'python': {
      const minor = /^(3\.\d+)\//.exec(directory)?.[1];
      if (!minor || /rc/.test(directory))
        return unknown(`el laboratorio no tiene los datos de «${shown}».`);
      if (/alpine/.test(directory))
        return compose(shown, [alpine, python(minor, 'alpine')], MAINTAINED);
      if (/trixie/.test(directory)) {
        return compose(
          shown,
          debianBase(slim ? [python(minor, 'slim')] : [buildpackDeps, python(minor, 'full')]),
          MAINTAINED,
        );
      }
      return unknown(`el laboratorio solo tiene los datos de python sobre trixie y Alpine.`);
    }
    case 'node': {
      const major = Number(/^(\d+)\//.exec(directory)?.[1]);
      if (/alpine/.test(directory))
        return compose(shown, [alpine, node(major, 'alpine')], MAINTAINED);
      if (/trixie/.test(directory)) {
        return compose(
          shown,
          debianBase(slim ? [node(major, 'slim')] : [buildpackDeps, node(major, 'full')]),
          MAINTAINED,
        );
      }
      return unknown(`el laboratorio solo tiene los datos de node sobre trixie y Alpine.`);
    }
    case 'rust': {
      if (/alpine/.test(directory)) return compose(shown, [alpine, rust('alpine')], MAINTAINED);
      if (/trixie/.test(directory)) {
        return compose(
          shown,
          debianBase(slim ? [rust('slim')] : [buildpackDeps, rust('full')]),
          MAINTAINED,
        );
      }
      return unknown(`el laboratorio solo tiene los datos de rust sobre trixie y Alpine.`);
    }
    case 'eclipse-temurin': {
      const match = /^(\d+)\/(jdk|jre)\/(ubuntu|alpine)\//.exec(directory);
      if (!match) return unknown(`el laboratorio no tiene los datos de «${shown}».`);
      const [, release = '', kind = '', os = ''] = match;
      const alpineVariant = os === 'alpine';
      return compose(
        shown,
        [alpineVariant ? alpine : ubuntu, temurin(Number(release), kind === 'jdk', alpineVariant)],
        MAINTAINED,
      );
    }
    case 'maven': {
      const match = /^eclipse-temurin-(\d+)-noble$/.exec(directory);
      if (!match)
        return unknown(
          `el laboratorio solo tiene los datos de maven sobre eclipse-temurin y Ubuntu.`,
        );
      const release = Number(match[1]);
      return compose(shown, [ubuntu, temurin(release, true, false), maven(release)], MAINTAINED);
    }
    case 'gradle': {
      const match = /^jdk(\d+)-(?:resolute|noble)$/.exec(directory);
      if (!match)
        return unknown(
          `el laboratorio solo tiene los datos de gradle sobre eclipse-temurin y Ubuntu.`,
        );
      const release = Number(match[1]);
      return compose(shown, [ubuntu, temurin(release, true, false), gradle], MAINTAINED);
    }
    case 'nginx':
      if (directory === 'mainline/debian' || directory === 'stable/debian') {
        return compose(shown, [debian('13'), nginx], MAINTAINED);
      }
      return unknown(`el laboratorio solo tiene los datos de nginx sobre Debian.`);
    case 'httpd':
      if (directory === '2.4') return compose(shown, [debian('13'), httpd], MAINTAINED);
      return unknown(`el laboratorio solo tiene los datos de httpd sobre Debian.`);
    case 'buildpack-deps':
      // Only the full image: the -curl and -scm variants lack the compilers.
      if (directory === 'debian/trixie')
        return compose(shown, debianBase([buildpackDeps]), MAINTAINED);
      return unknown(`el laboratorio solo tiene los datos de buildpack-deps:trixie.`);
    case 'ubuntu': {
      // Every tag lives in the same folder: 26.04 is the release repo-info lists.
      const tags =
        OFFICIAL_TAGS.repositories.ubuntu.find(([, names]) =>
          names.split(' ').includes(tag ?? 'latest'),
        )?.[1] ?? '';
      if (tags.split(' ').includes('resolute'))
        return compose(shown, [ubuntu, ubuntuAlone], MAINTAINED);
      return unknown(`el laboratorio solo tiene los datos de Ubuntu 26.04 (resolute).`);
    }
    case 'openjdk':
      return unknown(
        `la imagen oficial openjdk solo publica versiones en desarrollo (${directory}): no es Temurin y el laboratorio no tiene sus datos.`,
      );
    default:
      return unknown(`el laboratorio no tiene los datos de «${shown}».`);
  }
}
