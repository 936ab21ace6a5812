/**
 * Which image references name an image its publisher still builds: the tags in the snapshot of
 * docker-library/official-images (./officialTags.ts) and distroless' images, tags and Debian
 * releases (./distroless.ts). The site must not teach a tag that no longer gets security
 * updates; src/plugins/publishedTags.ts fails the build on one, naming the file and line.
 */
import {parseImageReference} from '../imageReference';
import {distrolessTagProblem} from './distroless';
import {OFFICIAL_TAGS} from './officialTags';

type OfficialRepository = keyof typeof OFFICIAL_TAGS.repositories;

const OFFICIAL_NAMES = Object.keys(OFFICIAL_TAGS.repositories) as OfficialRepository[];

/** Every tag an official repository publishes in the snapshot. */
function officialTags(name: OfficialRepository): ReadonlySet<string> {
  const entries: readonly (readonly string[])[] = OFFICIAL_TAGS.repositories[name];
  return new Set(entries.flatMap(([, tags = '']) => tags.split(' ')));
}

/**
 * Why `text` names no image its publisher builds today, or null when it does (or when it is an
 * image of another publisher, which no snapshot here covers).
 */
export function unpublishedReason(text: string): string | null {
  const reference = parseImageReference(text);
  if (!reference) return `«${text}» is not an image reference Docker accepts`;
  const {domain, path, tag} = reference;
  if (domain === 'gcr.io' && path.startsWith('distroless/')) {
    return distrolessTagProblem(path, tag);
  }
  if (domain !== 'docker.io' || !path.startsWith('library/')) return null;
  const name = path.slice('library/'.length);
  if (!(OFFICIAL_NAMES as string[]).includes(name)) {
    return `library/${name} is not in the official-images snapshot: add it to REPOSITORIES in src/cli/officialTags.mjs and refresh it (npm run images:tags)`;
  }
  const wanted = tag ?? 'latest';
  if (officialTags(name as OfficialRepository).has(wanted)) return null;
  return `${name}:${wanted} is not among the tags library/${name} publishes (official-images@${OFFICIAL_TAGS.commit.slice(0, 7)}, ${OFFICIAL_TAGS.date}): it was retired or never existed, so it gets no security updates`;
}

export interface FoundReference {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly reference: string;
}

const OFFICIAL_PATTERN = OFFICIAL_NAMES.map((name) => name.replace(/[.-]/g, '\\$&')).join('|');
/**
 * A distroless image with or without a tag, or an official repository WITH a tag: a bare
 * «node» or «python» in a sentence is a word, not a reference.
 */
const REFERENCE_PATTERN = new RegExp(
  `(?<![\\w./-])(?:gcr\\.io/distroless/[a-z0-9.-]+(?::[\\w][\\w.-]*)?|(?:docker\\.io/)?(?:library/)?(?:${OFFICIAL_PATTERN}):[\\w][\\w.-]*)`,
  'g',
);

/** The image references in a text (MDX, a data module), where they are. */
export function imageReferencesIn(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(REFERENCE_PATTERN)) {
      // A trailing dot ends the sentence, not the tag.
      const reference = match[0].replace(/[.-]+$/, '');
      found.push({line: index + 1, column: (match.index ?? 0) + 1, reference});
    }
  });
  return found;
}
