/**
 * Image sizes the chapter may show, each with where it was measured.
 *
 * `measuredExamples`: figures measured by pabpereza/containers-best-practices on its OWN tiny
 * example apps (its single-stage `Dockerfile.old` against its multi-stage `Dockerfile`), as its CI
 * built them: `docker build` and `docker images`, never `docker run`. They are shown by
 * <ImageSizeChart /> as a cited chart, never beside this site's Dockerfiles. The bases and file
 * names are read from those files at that commit, and each pair says whether its multi-stage
 * image would start, read against its base image (`start`): only those that would are charted.
 *
 * To add a figure: give it full provenance (repository, 40-hex commit, date, document);
 * tests/unit/data/imageSizes.test.ts and the build reject an entry without it.
 */
import type {ImageSizeMeasurement, Provenance} from './types';
import {parseImageSize} from './imageSize';

export const CONTAINERS_BEST_PRACTICES = {
  repository: 'https://github.com/pabpereza/containers-best-practices',
  commit: '19486af1c805088aa5c96d6e9906eb5af7e9ea85',
  date: '2026-01-10',
  document: 'README.md, «Comparativa de tamaños de imágenes Docker» (escrita por su CI)',
} as const satisfies Provenance;

/** The measured examples' own files, as sources of what they do. */
const EXAMPLES = 'pabpereza/containers-best-practices@19486af1c805088aa5c96d6e9906eb5af7e9ea85';
const BUILDKIT_USER =
  'moby/buildkit@73ed6825c4b7569379ef89df0aedcdbe64473d31 solver/llbsolver/ops/user_linux.go';

export const measuredExamples = [
  {
    example: 'go/simple',
    app: 'un único hello.go, sin módulos',
    singleStage: {dockerfile: 'Dockerfile.old', base: 'golang:1.21', size: '841 MB'},
    multiStage: {
      dockerfile: 'Dockerfile',
      base: 'scratch (binario estático y un archivo passwd)',
      size: '1.81 MB',
    },
    provenance: CONTAINERS_BEST_PRACTICES,
    start: {
      verdict: 'would-start',
      why: '`hello.go` solo importa `fmt`, sin cgo, y el enlazador de Go genera binarios estáticos; el `/etc/passwd` que copia define `appuser`, y sin `/etc/group` ni la copia ni el arranque fallan.',
      sources: [
        `${EXAMPLES} go/simple/Dockerfile:10-27`,
        `${EXAMPLES} go/simple/hello.go:3`,
        'https://go.dev/doc/faq#Why_is_my_trivial_program_such_a_large_binary',
        `${BUILDKIT_USER}:93-112`,
        'opencontainers/runc@76d9cf5da5683ff449ae967db58fa8c5927ca54b vendor/github.com/moby/sys/user/user.go:221-234',
      ],
    },
  },
  {
    example: 'java/simple',
    app: 'un único Hello.java, sin Maven',
    singleStage: {
      dockerfile: 'Dockerfile.old',
      base: 'alpine + apk add openjdk11 (JDK)',
      size: '276 MB',
    },
    multiStage: {
      dockerfile: 'Dockerfile',
      base: 'alpine:3 + apk add openjdk11-jre',
      size: '184 MB',
    },
    provenance: CONTAINERS_BEST_PRACTICES,
    start: {
      verdict: 'would-start',
      why: '`openjdk11-jre` depende de `java-common`, que enlaza `/usr/bin/java`; `Hello.class` está en el `WORKDIR` y la ruta de clases por defecto es el directorio actual; el usuario `app` lo crea la misma etapa.',
      sources: [
        `${EXAMPLES} java/simple/Dockerfile:15-29`,
        'alpinelinux/aports@ed4cc2f921f5f756be668c20ce0ac99f6ef0e3d9 community/openjdk11/APKBUILD, _jre_headless(): depends="java-common java-cacerts"',
        'alpinelinux/aports@1e61e67f5ea9737205367af45a06991fb26075b0 community/java-common/APKBUILD:18',
        'https://docs.oracle.com/en/java/javase/11/tools/java.html («the user class path consists of the current directory»)',
      ],
    },
  },
  {
    example: 'node/backend',
    app: 'un servidor Node.js pequeño',
    singleStage: {dockerfile: 'dockerfile.old', base: 'node:latest', size: '1.13 GB'},
    multiStage: {dockerfile: 'dockerfile', base: 'alpine + apk add nodejs', size: '79.1 MB'},
    provenance: CONTAINERS_BEST_PRACTICES,
    start: {
      verdict: 'would-not-start',
      why: 'termina con `USER node` sobre `alpine`, que no tiene ese usuario (`apk add nodejs` no lo crea), así que Docker no arranca el contenedor: `unable to find user node: no matching entries in passwd file`. La imagen de una etapa tampoco arrancaría: ejecuta `index.js` y el ejemplo solo tiene `app.js`.',
      sources: [
        `${EXAMPLES} node/backend/dockerfile:10-17`,
        `${EXAMPLES} node/backend/dockerfile.old:17`,
        'alpinelinux/aports@0e733c2d9dc42887b09641bbc949e2922d74455c main/alpine-baselayout/passwd:1-25',
        'alpinelinux/aports@172b1a67ce5131668ed411a3ef43871488a5761c main/nodejs/ (APKBUILD and no .pre-install script)',
        `${BUILDKIT_USER}:47-67`,
        'opencontainers/runc@76d9cf5da5683ff449ae967db58fa8c5927ca54b vendor/github.com/moby/sys/user/user.go:357-360',
      ],
    },
  },
  {
    example: 'python/flask',
    app: 'una aplicación Flask pequeña',
    singleStage: {dockerfile: 'Dockerfile.old', base: 'python:3-slim-bullseye', size: '873 MB'},
    multiStage: {dockerfile: 'Dockerfile', base: 'alpine:3 + apk add python3', size: '89.2 MB'},
    provenance: CONTAINERS_BEST_PRACTICES,
    start: {
      verdict: 'unknown',
      why: 'copia lo que `pip install --user` instaló con el Python 3.14 de `python:slim` (Debian, glibc) al Python que `apk` instala en Alpine (musl); solo un Python 3.14 busca en `~/.local/lib/python3.14`, así que `from flask import Flask` depende de que coincidan: es la mezcla que la receta de Python desaconseja.',
      sources: [
        `${EXAMPLES} python/flask/Dockerfile:1-33`,
        `${EXAMPLES} python/flask/app.py:2`,
        'docker-library/official-images@3088387141e34f0040ca3a5ef75beb3939d6cf2e library/python:61',
        'https://docs.python.org/3/library/site.html#site.USER_SITE',
      ],
    },
  },
  {
    example: 'rust/simple',
    app: 'un binario Rust pequeño',
    singleStage: {dockerfile: 'Dockerfile.old', base: 'rust', size: '1.64 GB'},
    multiStage: {dockerfile: 'Dockerfile', base: 'alpine', size: '8.98 MB'},
    provenance: CONTAINERS_BEST_PRACTICES,
    start: {
      verdict: 'would-start',
      why: '`rust:alpine` compila para musl, que Rust enlaza de forma estática por defecto, y la imagen final es otra Alpine; `app_user` lo crea la misma etapa (el `--chown` anterior, sin ese usuario, deja el binario a nombre de root, sin error).',
      sources: [
        `${EXAMPLES} rust/simple/Dockerfile:1-18`,
        'rust-lang/docker-rust@7668ee290612ac3ac42dbfcbdfae75120263d2c9 stable/alpine3.23/Dockerfile:20',
        'rust-lang/rust@051ef0c000e9b53209795eab418021cddefb97f5 compiler/rustc_target/src/spec/targets/x86_64_unknown_linux_musl.rs:19-20',
        `${BUILDKIT_USER}:47-67`,
      ],
    },
  },
] as const satisfies readonly ImageSizeMeasurement[];

/** The pairs the chart draws: those whose multi-stage image would start. */
export const chartedExamples = measuredExamples.filter(
  (entry: ImageSizeMeasurement) => entry.start.verdict === 'would-start',
);

/** The pairs the chart leaves out, each shown with its reason instead of its sizes. */
export const omittedExamples = measuredExamples.filter(
  (entry: ImageSizeMeasurement) => entry.start.verdict !== 'would-start',
);

/** Link to the example's folder at the measured commit. */
export function exampleUrl(entry: ImageSizeMeasurement): string {
  const {repository, commit} = entry.provenance;
  return `${repository}/tree/${commit}/${entry.example}`;
}

/** Why a provenance cannot be cited, or null when it can. */
function describeBadProvenance(provenance: Provenance): string | null {
  if (!/^https:\/\/\S+$/.test(provenance.repository)) {
    return `repository must be an https:// URL, got "${provenance.repository}"`;
  }
  if (!/^[0-9a-f]{40}$/.test(provenance.commit)) {
    return `commit must be a full 40-hex commit id, got "${provenance.commit}"`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(provenance.date)) {
    return `date must be YYYY-MM-DD, got "${provenance.date}"`;
  }
  if (provenance.document.trim() === '') return 'document is empty';
  return null;
}

/** Why a chart entry cannot be shown, or null when it can. */
export function describeBadMeasurement(entry: ImageSizeMeasurement): string | null {
  const provenance = describeBadProvenance(entry.provenance);
  if (provenance) return provenance;
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(entry.example)) {
    return `example must be a folder path, got "${entry.example}"`;
  }
  if (entry.start.why.trim() === '') return 'start.why is empty: say why it would start or not';
  if (entry.start.sources.length === 0) return 'start has no sources';
  for (const cited of entry.start.sources) {
    if (!/^(https:\/\/\S+( \S.*)?|[\w.-]+\/[\w.-]+@[0-9a-f]{40} \S.*)$/.test(cited)) {
      return `start source "${cited}" is neither owner/repo@<40-hex commit> <path> nor an https:// URL`;
    }
  }
  for (const image of [entry.singleStage, entry.multiStage]) {
    if (parseImageSize(image.size) === null) return `size "${image.size}" is not an image size`;
    if (image.base.trim() === '' || image.dockerfile.trim() === '') {
      return 'each measured image needs its dockerfile and base';
    }
  }
  return null;
}
