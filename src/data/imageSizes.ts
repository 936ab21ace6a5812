/**
 * Image sizes the chapter may show, each with where it was measured.
 *
 * `measuredExamples`: figures measured by pabpereza/containers-best-practices on its OWN tiny
 * example apps (its single-stage `Dockerfile.old` against its multi-stage `Dockerfile`). They
 * are shown by <ImageSizeChart /> as a cited chart, never beside this site's Dockerfiles,
 * which nobody has built. The bases are read from those files at that commit.
 *
 * To add a figure: give it full provenance (repository, 40-hex commit, date, document);
 * tests/unit/imageSizes.test.ts and the build reject an entry without it.
 */
import type {ImageSizeMeasurement, Provenance} from './types';
import {parseImageSize} from './imageSize';

export const CONTAINERS_BEST_PRACTICES = {
  repository: 'https://github.com/pabpereza/containers-best-practices',
  commit: '19486af1c805088aa5c96d6e9906eb5af7e9ea85',
  date: '2026-01-10',
  document: 'README.md, «Comparativa de tamaños de imágenes Docker» (escrita por su CI)',
} as const satisfies Provenance;

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
  },
  {
    example: 'node/backend',
    app: 'un servidor Node.js pequeño',
    singleStage: {dockerfile: 'Dockerfile.old', base: 'node:latest', size: '1.13 GB'},
    multiStage: {dockerfile: 'Dockerfile', base: 'alpine + apk add nodejs', size: '79.1 MB'},
    provenance: CONTAINERS_BEST_PRACTICES,
  },
  {
    example: 'python/flask',
    app: 'una aplicación Flask pequeña',
    singleStage: {dockerfile: 'Dockerfile.old', base: 'python:3-slim-bullseye', size: '873 MB'},
    multiStage: {dockerfile: 'Dockerfile', base: 'alpine:3 + apk add python3', size: '89.2 MB'},
    provenance: CONTAINERS_BEST_PRACTICES,
  },
  {
    example: 'rust/simple',
    app: 'un binario Rust pequeño',
    singleStage: {dockerfile: 'Dockerfile.old', base: 'rust', size: '1.64 GB'},
    multiStage: {dockerfile: 'Dockerfile', base: 'alpine', size: '8.98 MB'},
    provenance: CONTAINERS_BEST_PRACTICES,
  },
] as const satisfies readonly ImageSizeMeasurement[];

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
  for (const image of [entry.singleStage, entry.multiStage]) {
    if (parseImageSize(image.size) === null) return `size "${image.size}" is not an image size`;
    if (image.base.trim() === '' || image.dockerfile.trim() === '') {
      return 'each measured image needs its dockerfile and base';
    }
  }
  return null;
}
