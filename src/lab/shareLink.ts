/**
 * The free lab keeps its Dockerfile in the URL fragment, compressed (lz-string), so a link
 * shares it and nothing is ever sent to a server: browsers do not send the fragment.
 */
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';

const KEY = 'd';

/**
 * Longer texts stay out of the link: compressing 200 KB blocks the page for a noticeable moment,
 * and a link that long is no longer something to share.
 */
export const MAX_SHARED_CHARACTERS = 20_000;

/** The fragment for this Dockerfile, or null when it is too long to keep in a link. */
export function encodeShareHash(text: string): string | null {
  if (text.length > MAX_SHARED_CHARACTERS) return null;
  return `#${KEY}=${compressToEncodedURIComponent(text)}`;
}

export type ShareHashResult =
  | {readonly kind: 'none'}
  | {readonly kind: 'dockerfile'; readonly text: string}
  | {readonly kind: 'unreadable'};

export function decodeShareHash(hash: string): ShareHashResult {
  const encoded = new URLSearchParams(hash.replace(/^#/, '')).get(KEY);
  if (encoded === null) return {kind: 'none'};
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(encoded);
  } catch {
    text = null;
  }
  // lz-string answers "" or null for what it cannot decode; only an empty input means "".
  if (text === null || (text === '' && encoded !== '') || text.includes('\uFFFD')) {
    return {kind: 'unreadable'};
  }
  return {kind: 'dockerfile', text};
}
