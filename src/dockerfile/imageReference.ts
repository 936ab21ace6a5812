/**
 * Image references as Docker reads them: the grammar of distribution/reference (`regexp.go`) and
 * the normalisation of `ParseNormalizedNamed` (`normalize.go`), which BuildKit calls on every
 * FROM (InvalidDefaultArgInFrom) and which decides that `python:3.13` means
 * `docker.io/library/python:3.13`.
 */

const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';

const REFERENCE = new RegExp(
  `^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`,
);
const IDENTIFIER = /^[a-f0-9]{64}$/;
/** Lengths the digest package checks for the algorithms it knows. */
const DIGEST_LENGTHS: Readonly<Record<string, number>> = {sha256: 64, sha384: 96, sha512: 128};

export interface ImageReference {
  /** `docker.io` when the reference names none. */
  readonly domain: string;
  /** With `library/` for official images on Docker Hub: `library/python`. */
  readonly path: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

/** The first path component is a registry when it has a dot or a port, or is localhost. */
function splitDomain(name: string): {domain: string; remainder: string} {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  if (
    slash === -1 ||
    (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)
  ) {
    return {domain: 'docker.io', remainder: name};
  }
  return {domain: first, remainder: name.slice(slash + 1)};
}

/**
 * The reference as `ParseNormalizedNamed` reads it, or null where Docker answers «invalid
 * reference format» (upper case in the repository, a bare 64-hex identifier, a bad tag or
 * digest, a name over 255 characters).
 */
export function parseImageReference(text: string): ImageReference | null {
  if (text === '' || IDENTIFIER.test(text)) return null;
  const {domain, remainder} = splitDomain(text);
  const repository = remainder.split(/[:@]/)[0] ?? '';
  if (repository.toLowerCase() !== repository) return null;
  const normalised =
    domain === 'docker.io' && !remainder.includes('/') ? `library/${remainder}` : remainder;
  const match = REFERENCE.exec(`${domain}/${normalised}`);
  if (!match) return null;
  const [, name = '', tag = null, digest = null] = match;
  if (name.length > 255) return null;
  if (digest) {
    const [algorithm = '', hex = ''] = digest.split(':');
    const length = DIGEST_LENGTHS[algorithm];
    if (length === undefined || hex.length !== length || /[A-F]/.test(hex)) return null;
  }
  return {domain, path: name.slice(domain.length + 1), tag, digest};
}
