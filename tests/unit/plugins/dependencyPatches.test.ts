import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {upstreamFile} from '../../../src/plugins/dependencyPatches';
import {OVERRIDES} from '../../../src/overrides/ledger';

const require = createRequire(import.meta.url);
const replaceInModule = require('../../../src/plugins/replaceInModule.cjs') as (
  this: {getOptions: () => unknown; resourcePath: string},
  source: string,
) => string;

const run = (source: string, options: unknown): string =>
  replaceInModule.call({getOptions: () => options, resourcePath: '/x/y.js'}, source);

// Each patch still applying to its file: tests/unit/overrides/ledger.test.ts.
describe('the patch loader', () => {
  it('fails the build, naming the file, when the text has changed', () => {
    expect(() =>
      run('other code', {replacements: [{search: 'a()', replace: 'b()', why: 'because'}]}),
    ).toThrow(
      '/x/y.js no longer contains "a()": review the entry «because» of src/overrides/ledger.ts.',
    );
  });
});

/**
 * Dependencies whose internals we patch or import by path: pinned to one exact version, so an
 * upgrade is a decision, and checked here, so that decision fails with a message saying what to
 * review instead of breaking the site quietly.
 */
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};
const installedVersion = (name: string): string => {
  const file = require.resolve(`${name}/package.json`, {paths: [process.cwd()]});
  return (JSON.parse(readFileSync(file, 'utf8')) as {version: string}).version;
};
/** theme-common has no ./package.json export: read it from the file the patch resolves. */
const themeCommonVersion = (): string => {
  const patch = OVERRIDES.find((entry) => entry.id === 'use-code-word-wrap');
  const file = upstreamFile(patch!.upstream, process.cwd()).replace(
    /lib\/hooks\/useCodeWordWrap\.js$/,
    'package.json',
  );
  return (JSON.parse(readFileSync(file, 'utf8')) as {version: string}).version;
};

const GUARDED = [
  {
    name: 'dockerfile-ast',
    uses: 'src/dockerfile/parse.ts replaces Util.isUTF8BOM, Instruction#getRawArguments and DockerfileParser.parse',
  },
  {name: 'dockerfile-utils', uses: 'src/dockerfile validates with it over the patched parser'},
  {
    name: '@easyops-cn/docusaurus-search-local',
    uses: 'src/theme/SearchBar imports dist/client/client/… modules by path',
  },
  {
    name: '@docusaurus/core',
    uses: 'src/theme wraps and ejects theme-classic components of this version; src/hydration/clientEntry.tsx is a copy of its browser entry',
  },
  {
    name: '@docusaurus/preset-classic',
    uses: 'brings theme-common, patched by src/plugins/dependencyPatches.ts',
  },
];

describe('pinned dependencies', () => {
  it.each(GUARDED.map((entry) => [entry.name, entry] as const))(
    '%s is pinned to the exact version installed',
    (name, {uses}) => {
      const spec = packageJson.dependencies[name];
      expect(spec, `${name} must be pinned to an exact version: ${uses}`).toMatch(
        /^\d+\.\d+\.\d+$/,
      );
      expect(installedVersion(name), `${name} installed differs from package.json`).toBe(spec);
    },
  );

  it('the patched @docusaurus/theme-common is the version of @docusaurus/core', () => {
    expect(
      themeCommonVersion(),
      'review src/plugins/dependencyPatches.ts for the new theme-common',
    ).toBe(packageJson.dependencies['@docusaurus/core']);
  });
});

describe('dockerfile-ast internals that src/dockerfile/parse.ts replaces', () => {
  it('still has Util.isUTF8BOM, Instruction#getRawArguments and a static parse', async () => {
    const ast = await import('dockerfile-ast');
    const {Util} = await import('dockerfile-ast/lib/util');
    const message =
      'dockerfile-ast changed: review the adjustments at the top of src/dockerfile/parse.ts';
    expect(typeof Util.isUTF8BOM, message).toBe('function');
    const prototype = ast.Instruction.prototype as unknown as Record<string, unknown>;
    expect(typeof prototype.getRawArguments, message).toBe('function');
    expect(typeof ast.DockerfileParser.parse, message).toBe('function');
  });

  it('the patched parser gives the same tree as the original', async () => {
    const {parseDockerfile} = await import('../../../src/dockerfile/parse');
    const text = '\uFEFFFROM alpine:3.22\nRUN echo "a b" c\n';
    const {ast} = parseDockerfile(text);
    expect(ast.getInstructions().map((instruction) => instruction.getKeyword())).toEqual([
      'FROM',
      'RUN',
    ]);
    const run = ast.getInstructions()[1];
    expect(run?.getArguments().map((arg) => arg.getValue())).toEqual(['echo', '"a', 'b"', 'c']);
    // Asked twice, the arguments come back whole: callers shift flags off their own copy.
    expect(run?.getArguments()).toHaveLength(4);
  });
});

describe('@easyops-cn/docusaurus-search-local modules that src/theme/SearchBar imports by path', () => {
  const dist = (file: string): string =>
    readFileSync(
      require.resolve(`@easyops-cn/docusaurus-search-local/dist/client/client/${file}`, {
        paths: [process.cwd()],
      }),
      'utf8',
    );
  const message = 'docusaurus-search-local changed: review src/theme/SearchBar/index.tsx';

  it('still exports the keymap and platform helpers', () => {
    for (const name of ['parseKeymap', 'matchesKeymap', 'getKeymapHints']) {
      expect(dist('utils/keymap.js'), message).toMatch(new RegExp(`export function ${name}\\b`));
    }
    expect(dist('utils/platform.js'), message).toMatch(/export function isMacPlatform\b/);
    expect(dist('utils/proxiedGenerated.js'), message).toMatch(/export \* from "@generated\//);
  });

  it('still styles the box with the classes the stand-in reuses', () => {
    const css = dist('theme/SearchBar/SearchBar.module.css');
    for (const name of [
      'searchBarContainer',
      'searchHint',
      'searchHintContainer',
      'searchIcon',
      'searchInput',
    ]) {
      expect(css, message).toMatch(new RegExp(`\\.${name}\\b`));
    }
  });
});
