import {readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Paths of every page in the built sitemap.xml, so the quality sweep covers whatever the site
 * publishes without a hand-kept list. Read from disk at collection time: `npm run build` runs
 * before the Playwright tests.
 */
export function sitemapPaths(): string[] {
  const file = path.join(__dirname, '../../../build/sitemap.xml');
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`No ${file}: run "npm run build" before the end-to-end tests`);
  }
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  if (paths.length === 0) throw new Error(`${file} lists no pages`);
  return paths;
}
