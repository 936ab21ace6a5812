/**
 * Every script in a theme folder becomes a `@theme/*` alias, so those folders hold theme
 * components only: each has a default export, and says in one line why it exists (right after
 * Docusaurus' copyright header when it is derived from theirs). Helpers live in the folder of
 * what they serve.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.join(__dirname, '../../..');
/** The site's theme folder and the code blocks plugin's (src/codeBlocks/index.ts). */
const THEME_FOLDERS = ['src/theme', 'src/codeBlocks/theme'];

const themeScripts = THEME_FOLDERS.flatMap((folder) =>
  readdirSync(path.join(ROOT, folder), {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/'))),
);

/** The first line of the file's own text: after a leading copyright comment, if any. */
function firstOwnLine(source: string): string {
  const afterCopyright = source.startsWith('/**\n * Copyright')
    ? source.slice(source.indexOf(' */\n') + 4)
    : source;
  return afterCopyright.split('\n', 1)[0]!;
}

describe('theme folders', () => {
  it('are read', () => {
    expect(themeScripts).toContain('src/codeBlocks/theme/CodeBlock/index.tsx');
    expect(themeScripts).toContain('src/theme/MDXComponents.tsx');
  });

  it.each(themeScripts)('%s says why it exists in its first line', (file) => {
    expect(firstOwnLine(readFileSync(path.join(ROOT, file), 'utf8'))).toMatch(/^\/\/ Why: \S/);
  });

  it.each(themeScripts)('%s is a theme component (a default export)', (file) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toMatch(/^export default /m);
  });
});
