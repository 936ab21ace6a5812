/**
 * Local Docusaurus plugin: small source patches to dependencies, applied while bundling (never
 * in node_modules), each one exact and checked: the build fails if the patched text changes.
 */
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export interface Patch {
  /** The package, and the patched file inside it. */
  readonly package: string;
  readonly file: string;
  readonly search: string;
  readonly replace: string;
  readonly why: string;
}

export const PATCHES: readonly Patch[] = [
  {
    package: '@docusaurus/theme-common',
    file: 'lib/utils/reactUtils.js',
    search: 'deps.sort((a, b) => a[0].localeCompare(b[0]));',
    // Keys are property names: any stable order will do, and code-unit order needs no ICU.
    replace: 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));',
    why: "localeCompare's first call loads ICU collation data, 55 ms of a 4×-throttled hydration",
  },
];

/** The file's absolute path, looked up as Node would find the package from the site. */
export function patchedFile(patch: Patch, siteDir: string): string {
  const lookup = createRequire(path.join(siteDir, 'package.json')).resolve.paths(patch.package);
  const found = (lookup ?? [])
    .map((modules) => path.join(modules, patch.package, patch.file))
    .find((file) => existsSync(file));
  if (!found) throw new Error(`dependency patch: ${patch.package}/${patch.file} is not installed`);
  return found;
}

export default function dependencyPatchesPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'dependency-patches',
    configureWebpack() {
      return {
        module: {
          rules: PATCHES.map((patch) => ({
            test: patchedFile(patch, siteDir),
            use: [
              {
                loader: path.join(siteDir, 'src/plugins/replaceInModule.cjs'),
                options: {replacements: [patch]},
              },
            ],
          })),
        },
      };
    },
  };
}
