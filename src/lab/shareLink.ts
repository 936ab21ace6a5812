/**
 * The free lab keeps its Dockerfile (and its .dockerignore, when the reader writes one) in the
 * URL fragment, compressed (lz-string), so a link shares them and nothing is ever sent to a
 * server: browsers do not send the fragment.
 */
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';

const DOCKERFILE_KEY = 'd';
const DOCKERIGNORE_KEY = 'i';

/**
 * Longer texts stay out of the link: compressing 200 KB blocks the page for a noticeable moment,
 * and a link that long is no longer something to share. The limit counts both files.
 */
export const MAX_SHARED_CHARACTERS = 20_000;

export interface SharedLab {
  readonly text: string;
  /** The .dockerignore; empty when the reader wrote none. */
  readonly dockerignore: string;
}

/** The fragment for this lab, or null when it is too long to keep in a link. */
export function encodeShareHash({text, dockerignore}: SharedLab): string | null {
  if (text.length + dockerignore.length > MAX_SHARED_CHARACTERS) return null;
  const ignore =
    dockerignore === ''
      ? ''
      : `&${DOCKERIGNORE_KEY}=${compressToEncodedURIComponent(dockerignore)}`;
  return `#${DOCKERFILE_KEY}=${compressToEncodedURIComponent(text)}${ignore}`;
}

export type ShareHashResult =
  | {readonly kind: 'none'}
  | ({readonly kind: 'dockerfile'} & SharedLab)
  | {readonly kind: 'unreadable'};

/** lz-string answers "" or null for what it cannot decode; only an empty input means "". */
function decompress(encoded: string): string | null {
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(encoded);
  } catch {
    text = null;
  }
  if (text === null || (text === '' && encoded !== '') || text.includes('\uFFFD')) return null;
  return text;
}

export function decodeShareHash(hash: string): ShareHashResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(DOCKERFILE_KEY);
  if (encoded === null) return {kind: 'none'};
  const text = decompress(encoded);
  const encodedIgnore = params.get(DOCKERIGNORE_KEY);
  const dockerignore = encodedIgnore === null ? '' : decompress(encodedIgnore);
  if (text === null || dockerignore === null) return {kind: 'unreadable'};
  return {kind: 'dockerfile', text, dockerignore};
}
