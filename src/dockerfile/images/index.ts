/**
 * One answer to «what does this base image contain?», for the dispatch (its ENV), the rules
 * and the image model: the facts of scratch, of distroless and of the official images the course
 * uses, each with its source; any other image is unknown, and the reason says why.
 */
import type {ImageReference} from '../imageReference';
import {distrolessImage} from './distroless';
import {officialImage} from './official';
import {fact, source} from './sources';
import type {ImageFacts, UnknownImage} from './types';

export type {ImageFacts, Tool, UnknownImage} from './types';
export {REPOSITORIES} from './sources';

const CONVERT = 'frontend/dockerfile/dockerfile2llb/convert.go';
const SCRATCH_STATE = source('buildkit', CONVERT, [598, 600]);
const DEFAULT_PATH = source('buildkit', CONVERT, [792, 800]);
const DEFAULT_WORKDIR = source('buildkit', 'frontend/dockerfile/docs/reference.md', 2503);

/** `FROM scratch`: BuildKit's empty state and an empty image config, with PATH set. */
const SCRATCH: ImageFacts = {
  name: 'scratch',
  publisher: 'docker',
  maintained: fact(true, SCRATCH_STATE),
  config: {
    entrypoint: fact([], SCRATCH_STATE),
    cmd: fact([], SCRATCH_STATE),
    env: [
      fact(['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], DEFAULT_PATH),
    ],
    workdir: fact('/', DEFAULT_WORKDIR),
    user: fact('', SCRATCH_STATE),
  },
  contents: {
    libc: fact('none', SCRATCH_STATE),
    libgcc: fact(false, SCRATCH_STATE),
    libstdcxx: fact(false, SCRATCH_STATE),
    users: fact({list: [], complete: true}, SCRATCH_STATE),
    groups: fact({list: [], complete: true}, SCRATCH_STATE),
    certificates: fact(null, SCRATCH_STATE),
    tools: {sh: fact(null, SCRATCH_STATE)},
    files: [],
    complete: fact(true, SCRATCH_STATE),
  },
};

const cache = new Map<string, ImageFacts | UnknownImage>();

/** The facts of a base image, or what is missing to know them. */
export function lookupImage(reference: ImageReference | 'scratch'): ImageFacts | UnknownImage {
  if (reference === 'scratch') return SCRATCH;
  const {domain, path, tag, digest} = reference;
  const key = `${domain}/${path}:${tag ?? ''}`;
  let found = cache.get(key);
  if (!found) {
    found = resolve(domain, path, tag);
    cache.set(key, found);
  }
  if (digest !== null && tag === null && 'config' in found) {
    return {
      name: `${domain}/${path}@${digest}`,
      reason: 'un digest sin etiqueta no dice qué variante de la imagen es.',
    };
  }
  return found;
}

function resolve(domain: string, path: string, tag: string | null): ImageFacts | UnknownImage {
  if (domain === 'gcr.io' && path.startsWith('distroless/')) return distrolessImage(path, tag);
  if (domain === 'docker.io' && path.startsWith('library/')) {
    return officialImage(path.slice('library/'.length), tag);
  }
  return {
    name: `${domain === 'docker.io' ? '' : `${domain}/`}${path}:${tag ?? 'latest'}`,
    reason: 'no es una imagen oficial ni de distroless: el laboratorio no sabe qué contiene.',
  };
}

export const isKnown = (image: ImageFacts | UnknownImage): image is ImageFacts => 'config' in image;
