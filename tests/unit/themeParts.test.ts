import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * Theme components we copied out of @docusaurus/theme-classic (ejected) because no wrapper can
 * make the change. Each keeps its upstream copyright header and says which file and version it
 * came from; LICENSE lists them. An upgrade of the theme fails here on purpose: re-eject the
 * file from the new version, re-apply our change, then update its header and this list.
 */
const EJECTED = [
  'CodeBlock/Content/String.tsx',
  'CodeBlock/Content/index.tsx',
  'CodeBlock/index.tsx',
  'ColorModeToggle/index.tsx',
  'Heading/index.tsx',
  'LastUpdated/index.tsx',
];

/** Replaced outright by our own code (nothing copied), each saying why in its first lines. */
const REPLACED = ['prism-include-languages.ts'];

const THEME = 'src/theme';
const UPSTREAM = 'node_modules/@docusaurus/theme-classic';
const themeVersion = (
  JSON.parse(readFileSync(path.join(UPSTREAM, 'package.json'), 'utf8')) as {version: string}
).version;
const upstreamFile = (file: string): string => `lib/theme/${file.replace(/\.tsx?$/, '.js')}`;
const ours = readdirSync(THEME, {recursive: true})
  .map(String)
  .filter((file) => /\.tsx?$/.test(file));

describe('theme components taken from Docusaurus', () => {
  it('every theme file with an upstream counterpart wraps it, or is listed as ejected', () => {
    const unlisted = ours.filter((file) => {
      const source = readFileSync(path.join(THEME, file), 'utf8');
      const wraps = source.includes('@theme-original/');
      const listed = EJECTED.includes(file) || REPLACED.includes(file);
      return !wraps && existsSync(path.join(UPSTREAM, upstreamFile(file))) && !listed;
    });
    expect(unlisted, 'wrap these (@theme-original) or list them here and in LICENSE').toEqual([]);
  });

  it.each(EJECTED)('%s keeps the upstream header and names the theme version installed', (file) => {
    const source = readFileSync(path.join(THEME, file), 'utf8');
    expect(source.startsWith('/**\n * Copyright (c) Facebook, Inc. and its affiliates.')).toBe(
      true,
    );
    expect(
      source,
      `@docusaurus/theme-classic is now ${themeVersion}: re-eject ${upstreamFile(file)}, re-apply our change, update the header`,
    ).toContain(
      `Derived from @docusaurus/theme-classic ${themeVersion}, ${upstreamFile(file)} (MIT; see LICENSE).`,
    );
  });

  it.each(REPLACED)('%s replaces an upstream file and says why', (file) => {
    expect(existsSync(path.join(UPSTREAM, upstreamFile(file)))).toBe(true);
    expect(readFileSync(path.join(THEME, file), 'utf8')).toMatch(/^\/\/ Why: /);
  });

  it('LICENSE lists every ejected file under the Docusaurus licence', () => {
    const license = readFileSync('LICENSE', 'utf8');
    const section = license.slice(license.indexOf('Archivos derivados de Docusaurus'));
    for (const file of EJECTED) expect(section).toContain(`- src/theme/${file}`);
    expect(section).toContain('Copyright (c) Facebook, Inc. and its affiliates.');
  });
});
