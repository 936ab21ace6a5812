import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {PATCHES, patchedFile} from '../../src/plugins/dependencyPatches';

const require = createRequire(import.meta.url);
const replaceInModule = require('../../src/plugins/replaceInModule.cjs') as (
  this: {getOptions: () => unknown; resourcePath: string},
  source: string,
) => string;

const run = (source: string, options: unknown): string =>
  replaceInModule.call({getOptions: () => options, resourcePath: '/x/y.js'}, source);

describe('dependency patches', () => {
  it.each(PATCHES.map((patch) => [`${patch.package}/${patch.file}`, patch] as const))(
    '%s still holds the patched text exactly once',
    (_, patch) => {
      const source = readFileSync(patchedFile(patch, process.cwd()), 'utf8');
      expect(source.split(patch.search)).toHaveLength(2);
      expect(run(source, {replacements: [patch]})).toContain(patch.replace);
    },
  );

  it('fails the build, naming the file, when the text has changed', () => {
    expect(() =>
      run('other code', {replacements: [{search: 'a()', replace: 'b()', why: 'because'}]}),
    ).toThrow(
      '/x/y.js no longer contains "a()": review the patch in src/plugins/dependencyPatches.ts (because).',
    );
  });
});
