#!/usr/bin/env node
/**
 * Prints every source the lab's image facts cite, with the line it points at, read from local
 * clones of the cited repositories, so a reviewer sees each fact next to its primary source:
 *
 *   npm run images:sources -- <folder of clones>
 *
 * The folder holds one clone per repository, named `owner+name/repo` (a bare clone, as `fetch`
 * leaves them) or `name` (a work tree). A source whose repository is not there is listed as
 * such; a cited line past the end of its file fails the run.
 */
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import createJiti from 'jiti';

const load = createJiti(fileURLToPath(import.meta.url));
const {CATALOG} = load('../dockerfile/images/catalog.ts');
const {lookupImage, REPOSITORIES} = load('../dockerfile/images/index.ts');
const {cite} = load('../dockerfile/images/sources.ts');
const {DISTROLESS_SOURCES} = load('../dockerfile/images/distroless.ts');
const {parseImageReference} = load('../dockerfile/imageReference.ts');
const {RUN_TEXTS, BUILD_TEXTS} = load('../dockerfile/model/texts.ts');

/** Every `{value, source}` in a tree of facts. */
export function sourcesIn(value, found = []) {
  if (Array.isArray(value)) for (const item of value) sourcesIn(item, found);
  else if (value && typeof value === 'object') {
    if ('source' in value && value.source && typeof value.source === 'object') {
      found.push(value.source);
    }
    for (const child of Object.values(value)) sourcesIn(child, found);
  }
  return found;
}

function reader(root, repository) {
  const [owner, name] = repository.split('/');
  const bare = path.join(root, `${owner}+${name}`, 'repo');
  const tree = path.join(root, name);
  return (commit, file) => {
    try {
      if (existsSync(bare)) {
        return execFileSync('git', ['--git-dir', bare, 'show', `${commit}:${file}`], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      }
      if (existsSync(tree)) {
        return execFileSync('git', ['-C', tree, 'show', `${commit}:${file}`], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      }
    } catch {
      return null;
    }
    return undefined;
  };
}

function main() {
  const root = process.argv[2];
  if (!root) {
    console.error('usage: npm run images:sources -- <folder of clones>');
    process.exit(2);
  }
  const sources = new Map();
  for (const text of CATALOG) {
    const reference = text === 'scratch' ? 'scratch' : parseImageReference(text);
    for (const found of sourcesIn(lookupImage(reference))) sources.set(cite(found), found);
  }
  for (const found of sourcesIn([RUN_TEXTS, BUILD_TEXTS])) sources.set(cite(found), found);
  for (const found of DISTROLESS_SOURCES) sources.set(cite(found), found);
  let failed = 0;
  for (const [citation, found] of [...sources].sort(([a], [b]) => a.localeCompare(b))) {
    if ('document' in found) {
      console.log(`${citation}\n    (document)`);
      continue;
    }
    const {repository, commit} = REPOSITORIES[found.repository];
    const text = reader(path.resolve(root), repository)(commit, found.path);
    if (text === undefined) {
      console.log(`${citation}\n    (no clone of ${repository} here)`);
      continue;
    }
    if (text === null) {
      console.log(`${citation}\n    ✗ ${found.path} is not in ${repository}@${commit.slice(0, 7)}`);
      failed += 1;
      continue;
    }
    if (found.line === undefined) {
      console.log(
        `${citation}\n    (anchor) ${text.includes(found.anchor ?? '') ? 'found' : 'see the file'}`,
      );
      continue;
    }
    const lines = text.split('\n');
    const [first, last] = typeof found.line === 'number' ? [found.line, found.line] : found.line;
    if (last > lines.length) {
      console.log(`${citation}\n    ✗ the file has ${lines.length} lines`);
      failed += 1;
      continue;
    }
    console.log(citation);
    for (let line = first; line <= last; line += 1) console.log(`  ${line}| ${lines[line - 1]}`);
  }
  console.log(`\n${sources.size} sources, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main();
