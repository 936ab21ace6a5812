/**
 * Local Docusaurus plugin: fails the build (and reports in the dev server) when a page, the
 * course data or the lab names an image tag its publisher no longer builds, or never did:
 * `file:line:column: «tag»: why`. A reader copies the chapter's tags; one that is no longer
 * rebuilt gets no security updates. What is published comes from the snapshots in
 * src/dockerfile/images/ (refresh with `npm run images:tags`).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {imageReferencesIn, unpublishedReason} from '../dockerfile/images/published';

/** Where the site names images a reader may copy: pages, course data, the lab's texts. */
const SCANNED: readonly {readonly dir: string; readonly extensions: readonly string[]}[] = [
  {dir: 'docs', extensions: ['.md', '.mdx']},
  {dir: 'src/data', extensions: ['.ts']},
  {dir: 'src/lab', extensions: ['.ts', '.tsx']},
  {dir: 'src/components', extensions: ['.ts', '.tsx']},
  {dir: 'src/dockerfile/rules', extensions: ['.ts']},
];

/**
 * Files that quote images as someone else used them, and say so on the page: the size chart
 * cites another repository's Dockerfiles at a January 2026 commit.
 */
const QUOTES: ReadonlySet<string> = new Set(['src/data/imageSizes.ts']);

/** Every retired or unknown tag in the scanned files, as `file:line:column: «tag»: why`. */
export function findUnpublishedTags(siteDir: string): string[] {
  const problems: string[] = [];
  for (const {dir, extensions} of SCANNED) {
    if (!existsSync(path.join(siteDir, dir))) continue;
    const files = readdirSync(path.join(siteDir, dir), {recursive: true, encoding: 'utf8'})
      .filter((file) => extensions.some((extension) => file.endsWith(extension)))
      .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
      .filter((file) => !QUOTES.has(file))
      .sort();
    for (const file of files) {
      const text = readFileSync(path.join(siteDir, file), 'utf8');
      for (const {line, column, reference} of imageReferencesIn(text)) {
        const why = unpublishedReason(reference);
        if (why) problems.push(`${file}:${line}:${column}: «${reference}»: ${why}`);
      }
    }
  }
  return problems;
}

export default function publishedTagsPlugin(context: LoadContext): Plugin {
  return {
    name: 'published-image-tags',
    getPathsToWatch: () => SCANNED.map(({dir}) => path.join(context.siteDir, dir, '**/*')),
    loadContent() {
      const problems = findUnpublishedTags(context.siteDir);
      if (problems.length > 0) {
        throw new Error(
          `Image tags that are not published today:\n  ${problems.join('\n  ')}\n` +
            'Use a tag the publisher still builds (see src/dockerfile/images/officialTags.ts and ' +
            'distroless.ts), or refresh the snapshot: npm run images:tags -- <clone of docker-library/official-images>.',
        );
      }
    },
  };
}
