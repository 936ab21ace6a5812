/**
 * Local Docusaurus plugin: the ledger's text patches (src/overrides/ledger.ts), applied while
 * bundling (never in node_modules), each one exact and checked: the build fails if the patched
 * text changes.
 */
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {activeOverrides, type Upstream} from '../overrides/ledger';

/** The file's absolute path, looked up as Node would find the package from the site. */
export function upstreamFile(upstream: Upstream, siteDir: string): string {
  const lookup = createRequire(path.join(siteDir, 'package.json')).resolve.paths(upstream.package);
  const found = (lookup ?? [])
    .map((modules) => path.join(modules, upstream.package, upstream.file))
    .find((file) => existsSync(file));
  if (!found) throw new Error(`override: ${upstream.package}/${upstream.file} is not installed`);
  return found;
}

export default function dependencyPatchesPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'dependency-patches',
    configureWebpack() {
      return {
        module: {
          rules: activeOverrides('text-patch').map((patch) => ({
            test: upstreamFile(patch.upstream, siteDir),
            use: [
              {
                loader: path.join(siteDir, 'src/plugins/replaceInModule.cjs'),
                options: {
                  replacements: patch.replacements.map((r) => ({...r, why: patch.id})),
                },
              },
            ],
          })),
        },
      };
    },
  };
}
