/**
 * Google's distroless images, read from their Bazel rules: which images and tags exist, and what
 * each holds. Every image is a stack (static → base-nossl/base → cc → language); each layer adds
 * its packages and may set ENTRYPOINT and ENV. `:debug` adds busybox under /busybox and makes
 * /busybox/sh the ENTRYPOINT of static, base and cc; the language images set their own
 * ENTRYPOINT in every mode.
 */
import {BASE_FILES_DIRECTORIES} from './baseFiles';
import {fact, source, type Fact, type Source} from './sources';
import {DISTROLESS_TAGS} from './distrolessTags';
import type {Account, ImageFacts, Libc, Tool, UnknownImage} from './types';

const bzl = (path: string, line: number | readonly [number, number]): Source =>
  source('distroless', path, line);

const DEFAULT_DISTRO = bzl('BUILD', 12);
const SUPPORT = bzl('SUPPORT_POLICY.md', [7, 15]);
const VARIANTS = bzl('BUILD', [14, 19]);
const USER_VARIANTS = bzl('static/static.bzl', 11);

/**
 * Image name → the Debian releases it is built for and the architectures of each, from the
 * snapshot of distroless' config.bzl files (./distrolessTags.ts, `npm run images:distroless`).
 */
const IMAGES: Readonly<
  Record<string, {readonly distros: Readonly<Record<string, readonly string[]>>; source: Source}>
> = Object.fromEntries(
  Object.entries(DISTROLESS_TAGS.images).map(([name, {file, lines, distros}]) => [
    name,
    {distros, source: bzl(file, [lines[0], lines[1]])},
  ]),
);

const USERS: readonly Account[] = [
  {name: 'root', id: 0, home: '/root'},
  {name: 'nobody', id: 65534, home: '/nonexistent'},
  {name: 'nonroot', id: 65532, home: '/home/nonroot'},
];
const GROUPS: readonly Account[] = [
  {name: 'root', id: 0},
  {name: 'nobody', id: 65534},
  {name: 'tty', id: 5},
  {name: 'staff', id: 50},
  {name: 'nonroot', id: 65532},
];

const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** What a distroless reference names; null fields when the tag does not say. */
interface Variant {
  readonly image: string;
  readonly distro: 'debian12' | 'debian13';
  readonly nonroot: boolean;
  readonly debug: boolean;
}

const ARCHITECTURES = /^(?:amd64|arm64|arm|s390x|ppc64le|riscv64)$/;
const MODES = /^(?:latest|nonroot|debug|debug-nonroot)$/;

/** `debug-nonroot-amd64` → mode and architecture; null when it is no distroless tag. */
function parseTag(tag: string): {mode: string; architecture: string | null} | null {
  // Tags suffixed with the commit they were built from, «latest» dropped (BUILD lines 277-284).
  const commit = /(?:^|-)[0-9a-f]{40}$/.exec(tag);
  const rest = commit ? tag.slice(0, commit.index) : tag;
  if (commit && rest === '') return {mode: 'latest', architecture: null};
  if (commit && ARCHITECTURES.test(rest)) return {mode: 'latest', architecture: rest};
  const parts = rest.split('-');
  const last = parts.at(-1) ?? '';
  const architecture = parts.length > 1 && ARCHITECTURES.test(last) ? last : null;
  const mode = architecture ? parts.slice(0, -1).join('-') : rest;
  return MODES.test(mode) ? {mode, architecture} : null;
}

/**
 * `gcr.io/distroless/<image>[-debian12|-debian13]:<tag>`. The tags are `latest`, `nonroot`,
 * `debug`, `debug-nonroot`, each with an architecture suffix too (BUILD), and the same tags
 * suffixed with the commit they were built from (`latest` dropped: BUILD lines 277-284).
 */
function variantOf(path: string, tag: string | null): Variant | UnknownImage {
  const name = `gcr.io/${path}:${tag ?? 'latest'}`;
  const match = /^distroless\/([a-z0-9-]+?)(?:-(debian12|debian13))?$/.exec(path);
  const image = match?.[1] ?? '';
  const published = IMAGES[image];
  if (!match || !published) {
    return {name, reason: `distroless no publica ninguna imagen llamada «${path}».`};
  }
  const distro = (match[2] as Variant['distro'] | undefined) ?? 'debian13';
  const architectures = published.distros[distro];
  if (!architectures) {
    return {
      name,
      reason: `distroless no publica «${image}» para ${distro === 'debian12' ? 'Debian 12' : 'Debian 13'}.`,
    };
  }
  const parsed = parseTag(tag ?? 'latest');
  if (!parsed) {
    return {
      name,
      reason: `«${tag}» no es una etiqueta de distroless (latest, nonroot, debug o debug-nonroot, con o sin arquitectura).`,
    };
  }
  const {mode, architecture} = parsed;
  if (architecture && !architectures.includes(architecture)) {
    return {name, reason: `distroless no publica «${image}» para ${architecture}.`};
  }
  return {
    image,
    distro,
    nonroot: mode.endsWith('nonroot'),
    debug: mode.startsWith('debug'),
  };
}

interface Layer {
  readonly libc?: Fact<Libc>;
  readonly glibcVersion?: Fact<string>;
  readonly libgcc?: Fact<boolean>;
  readonly libstdcxx?: Fact<boolean>;
  readonly entrypoint?: Fact<readonly string[]>;
  readonly env?: readonly Fact<readonly [string, string]>[];
  readonly tools?: Partial<Record<Tool, Fact<string | null>>>;
  readonly files?: readonly Fact<readonly string[]>[];
  readonly directories?: readonly Fact<readonly string[]>[];
  readonly extra?: Partial<Pick<ImageFacts['contents'], 'java' | 'node' | 'python'>>;
}

const PACKAGES: Readonly<Record<string, Readonly<Record<Variant['distro'], Source>>>> = {
  static: {
    debian12: bzl('static/config.bzl', [8, 13]),
    debian13: bzl('static/config.bzl', [14, 20]),
  },
  base: {debian12: bzl('base/config.bzl', [8, 11]), debian13: bzl('base/config.bzl', [12, 17])},
  'base-nossl': {
    debian12: bzl('base/config.bzl', [21, 23]),
    debian13: bzl('base/config.bzl', [24, 26]),
  },
  cc: {debian12: bzl('cc/config.bzl', [8, 13]), debian13: bzl('cc/config.bzl', [14, 19])},
};

/**
 * base-files' directories, as the .deb each distro's lock file pins (at these lines) holds them:
 * every distroless image starts from that package (static/config.bzl). Its postinst, which
 * makes /usr/local, never runs here.
 */
const BASE_FILES: Readonly<Record<Variant['distro'], Fact<readonly string[]>>> = {
  debian12: fact(
    BASE_FILES_DIRECTORIES.debian12,
    bzl('private/repos/deb/bookworm.lock.json', [7, 12]),
  ),
  debian13: fact(
    BASE_FILES_DIRECTORIES.debian13,
    bzl('private/repos/deb/trixie.lock.json', [7, 12]),
  ),
};

/** libc6 in the Debian snapshot each distro's images are built from (the amd64 entry). */
const GLIBC_VERSIONS: Readonly<Record<Variant['distro'], Fact<string>>> = {
  debian12: fact('2.36', bzl('private/repos/deb/bookworm.lock.json', 34)),
  debian13: fact('2.41', bzl('private/repos/deb/trixie.lock.json', 34)),
};

/** The layers of an image, from static up. */
function layers({image, distro, debug}: Variant): Layer[] {
  const staticLayer: Layer = {
    libc: fact('none', PACKAGES.static?.[distro] ?? DEFAULT_DISTRO),
    libgcc: fact(false, PACKAGES.static?.[distro] ?? DEFAULT_DISTRO),
    libstdcxx: fact(false, PACKAGES.static?.[distro] ?? DEFAULT_DISTRO),
    env: [
      fact(['PATH', SYSTEM_PATH], bzl('static/static.bzl', 42)),
      fact(['SSL_CERT_FILE', '/etc/ssl/certs/ca-certificates.crt'], bzl('static/static.bzl', 46)),
    ],
    directories: [
      fact(['/root', '/home', '/home/nonroot'], bzl('common/BUILD.bazel', [174, 195])),
      fact(['/tmp'], bzl('static/static.bzl', 58)),
      BASE_FILES[distro],
    ],
    tools: {
      // :debug: /busybox/sh is one of busybox's links (BUSYBOX_COMMANDS, one link per command).
      sh: debug
        ? fact('/busybox/sh', bzl('experimental/busybox/commands.bzl', [282, 402]))
        : fact(null, bzl('java/testdata/java25_debian13.yaml', [26, 28])),
      ...(debug ? {busybox: fact('/busybox/busybox', bzl('static/static.bzl', [76, 77]))} : {}),
    },
    files: [
      fact(['/etc/passwd', '/etc/group'], bzl('static/static.bzl', [53, 55])),
      fact(['/etc/nsswitch.conf'], bzl('static/BUILD', 16)),
      fact(['/etc/os-release'], bzl('static/static.bzl', 60)),
      fact(['/etc/ssl/certs/ca-certificates.crt'], bzl('base/testdata/base.yaml', [19, 21])),
      fact(['/usr/share/zoneinfo/'], bzl('base/testdata/base.yaml', [31, 33])),
      fact(['/etc/mime.types'], bzl('static/testdata/static.yaml', [8, 10])),
      ...(debug ? [fact(['/busybox/'], bzl('experimental/busybox/commands.bzl', [399, 404]))] : []),
    ],
    ...(debug
      ? {
          entrypoint: fact(['/busybox/sh'], bzl('static/static.bzl', 75)),
        }
      : {}),
  };
  const glibc = (packages: Source): Layer => ({
    libc: fact('glibc', packages),
    glibcVersion: GLIBC_VERSIONS[distro],
  });
  const ccLayer: Layer = {
    libgcc: fact(true, PACKAGES.cc?.[distro] ?? DEFAULT_DISTRO),
    libstdcxx: fact(true, PACKAGES.cc?.[distro] ?? DEFAULT_DISTRO),
  };
  const debugEnv: Layer = debug
    ? {env: [fact(['PATH', `${SYSTEM_PATH}:/busybox`], bzl('static/static.bzl', 76))]}
    : {};
  const stack: Layer[] = [staticLayer, debugEnv];
  if (image === 'static') return stack;
  if (
    image === 'base' ||
    image === 'cc' ||
    image.startsWith('python') ||
    image.startsWith('node')
  ) {
    stack.push(glibc(PACKAGES.base?.[distro] ?? DEFAULT_DISTRO));
  }
  if (image === 'base-nossl' || image.startsWith('java')) {
    stack.push(glibc(PACKAGES['base-nossl']?.[distro] ?? DEFAULT_DISTRO));
  }
  if (image === 'cc' || image.startsWith('python') || image.startsWith('node')) {
    stack.push(ccLayer);
  }
  if (image.startsWith('java')) {
    stack.push({
      libgcc: fact(true, bzl('java/config.bzl', 24)),
      libstdcxx: fact(true, bzl('java/config.bzl', 23)),
      env: [fact(['LANG', 'C.UTF-8'], bzl('java/java.bzl', 58))],
    });
  }
  const java = /^java(\d+)$/.exec(image);
  if (java) {
    const release = Number(java[1]);
    const home = `/usr/lib/jvm/temurin-${release}-${debug ? 'jdk' : 'jre'}-amd64`;
    stack.push({
      entrypoint: fact(
        ['/usr/bin/java', '-jar'],
        bzl('java/java.bzl', debug ? [177, 180] : [140, 143]),
      ),
      env: [
        fact(
          ['JAVA_VERSION', release === 25 ? '25.0.4.1' : `${release}`],
          bzl(
            release === 25 ? 'java/testdata/java25_debian13.yaml' : 'java/java.bzl',
            release === 25 ? [41, 43] : debug ? [185, 187] : [148, 150],
          ),
        ),
      ],
      tools: {
        java: fact('/usr/bin/java', bzl('java/java.bzl', debug ? 122 : 112)),
        javac: fact(
          null,
          bzl(
            debug ? 'java/java.bzl' : 'java/testdata/java25_debian13.yaml',
            debug ? [118, 124] : [29, 31],
          ),
        ),
      },
      files: [
        fact(['/usr/bin/java', `${home}/`], bzl('java/java.bzl', debug ? [119, 124] : [109, 115])),
      ],
      extra: {
        java: fact(
          {release, jdk: debug, home},
          debug
            ? bzl('java/testdata/java25_debug_debian13.yaml', [11, 14])
            : bzl('java/java.bzl', [151, 161]),
        ),
      },
    });
  }
  const node = /^nodejs(\d+)$/.exec(image);
  if (node) {
    stack.push({
      entrypoint: fact(['/nodejs/bin/node'], bzl('nodejs/nodejs.bzl', 62)),
      tools: {
        node: fact('/nodejs/bin/node', bzl('nodejs/nodejs.bzl', 62)),
        npm: fact(null, bzl('nodejs/testdata/check_npm.yaml', [9, 11])),
      },
      files: [fact(['/nodejs/'], bzl('nodejs/nodejs.bzl', [63, 68]))],
      extra: {node: fact({major: Number(node[1])}, bzl('nodejs/config.bzl', 9))},
    });
  }
  if (image === 'python3') {
    stack.push({
      entrypoint: fact(['/usr/bin/python3.13'], bzl('python3/python.bzl', [67, 69])),
      env: [fact(['LANG', 'C.UTF-8'], bzl('python3/python.bzl', 71))],
      tools: {
        python3: fact('/usr/bin/python3', bzl('python3/python.bzl', 23)),
        python: fact('/usr/bin/python', bzl('python3/python.bzl', 22)),
        pip: fact(null, bzl('python3/config.bzl', [6, 34])),
      },
      files: [
        fact(
          ['/usr/bin/python3.13', '/usr/bin/python3', '/usr/bin/python', '/usr/lib/python3.13/'],
          bzl('python3/python.bzl', [21, 24]),
        ),
      ],
      extra: {
        python: fact(
          {version: '3.13', path: '/usr/bin/python3.13', venv: true},
          bzl('python3/config.bzl', [29, 32]),
        ),
      },
    });
  }
  return stack;
}

/**
 * Why distroless does not build `gcr.io/<path>:<tag>` today (an unknown image, tag or
 * architecture, or a Debian release it no longer rebuilds), or null when it does.
 */
export function distrolessTagProblem(path: string, tag: string | null): string | null {
  const variant = variantOf(path, tag);
  if ('reason' in variant) return variant.reason;
  return variant.distro === 'debian13'
    ? null
    : `distroless ya no reconstruye las imágenes de ${variant.distro} (SUPPORT_POLICY.md).`;
}

/** The facts of a distroless reference, or why there are none. */
export function distrolessImage(path: string, tag: string | null): ImageFacts | UnknownImage {
  const variant = variantOf(path, tag);
  if ('reason' in variant) return variant;
  const stack = layers(variant);
  const last = <K extends keyof Layer>(key: K): Layer[K] =>
    stack.reduce<Layer[K]>((found, layer) => layer[key] ?? found, undefined);
  const env = new Map<string, Fact<readonly [string, string]>>();
  for (const layer of stack) for (const entry of layer.env ?? []) env.set(entry.value[0], entry);
  const tools: Partial<Record<Tool, Fact<string | null>>> = {};
  for (const layer of stack) Object.assign(tools, layer.tools);
  const extra = Object.assign({}, ...stack.map((layer) => layer.extra ?? {})) as Layer['extra'];
  const users = fact({list: USERS, complete: true}, bzl('common/BUILD.bazel', [141, 172]));
  const packages = PACKAGES.static?.[variant.distro] ?? DEFAULT_DISTRO;
  return {
    name: `gcr.io/${path}:${tag ?? 'latest'}`,
    publisher: 'distroless',
    maintained: fact(variant.distro === 'debian13', SUPPORT),
    config: {
      entrypoint: last('entrypoint') ?? fact([], bzl('static/static.bzl', [39, 69])),
      cmd: fact([], bzl('static/static.bzl', [39, 69])),
      env: [...env.values()],
      workdir: fact(variant.nonroot ? '/home/nonroot' : '/', USER_VARIANTS),
      user: fact(variant.nonroot ? '65532' : '0', bzl('static/static.bzl', 63)),
    },
    contents: {
      libc: last('libc') ?? fact('none', packages),
      libgcc: last('libgcc'),
      libstdcxx: last('libstdcxx'),
      ...(last('glibcVersion') ? {glibcVersion: last('glibcVersion')} : {}),
      users,
      groups: fact({list: GROUPS, complete: true}, bzl('common/BUILD.bazel', [110, 139])),
      certificates: fact('/etc/ssl/certs/ca-certificates.crt', bzl('static/static.bzl', 61)),
      tools,
      files: stack.flatMap((layer) => layer.files ?? []),
      directories: stack.flatMap((layer) => layer.directories ?? []),
      complete: fact(true, bzl('static/static.bzl', [48, 62])),
      ...extra,
    },
  };
}

/** Sources every distroless answer leans on, for the data table. */
/** @public read by src/cli/imageSources.mjs: the tag parser's own facts. */
export const DISTROLESS_SOURCES: readonly Source[] = [DEFAULT_DISTRO, SUPPORT, VARIANTS];
