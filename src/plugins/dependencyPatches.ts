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
  // On a phone, the first effects after hydration switch the layout from «server» to «mobile»:
  // the desktop sidebar and table of contents are removed (CSS already hides them) and the
  // navbar's mobile menu is built. As an urgent update, React does it all in the same long
  // task as the effects; as a transition, it renders in short slices the browser can interrupt.
  {
    package: '@docusaurus/theme-common',
    file: 'lib/hooks/useWindowSize.js',
    search: "import { useEffect, useState } from 'react';",
    replace: "import { startTransition, useEffect, useState } from 'react';",
    why: 'the first window-size update runs as a transition (see the next patch)',
  },
  {
    package: '@docusaurus/theme-common',
    file: 'lib/hooks/useWindowSize.js',
    search: '        updateWindowSize();\n        window.addEventListener',
    replace: '        startTransition(updateWindowSize);\n        window.addEventListener',
    why: 'the switch to the mobile layout after hydration was a 50 ms task on a 4×-throttled phone',
  },
  // Every useIsBrowser() reader re-renders once hydration is over: as a transition too.
  {
    package: '@docusaurus/core',
    file: 'lib/client/browserContext.js',
    search: "import React, { useEffect, useState } from 'react';",
    replace: "import React, { startTransition, useEffect, useState } from 'react';",
    why: 'the «hydrated» update runs as a transition (see the next patch)',
  },
  {
    package: '@docusaurus/core',
    file: 'lib/client/browserContext.js',
    search: '        setIsBrowser(true);',
    replace: '        startTransition(() => setIsBrowser(true));',
    why: "every useIsBrowser() reader's re-render after hydration joined one long task",
  },
  // Links to several pages of one docs plugin share that plugin's chunks: the lesson asked for
  // the same 7 files 28 times, each a <link> in <head>. One request per file.
  {
    package: '@docusaurus/core',
    file: 'lib/client/prefetch.js',
    search:
      'export default function prefetch(url) {\n    return supportedPrefetchStrategy(url).catch(() => { }); // 404s are logged to the console anyway.\n}',
    replace:
      'const prefetched = new Map();\nexport default function prefetch(url) {\n    if (!prefetched.has(url)) prefetched.set(url, supportedPrefetchStrategy(url).catch(() => { }));\n    return prefetched.get(url);\n}',
    why: 'each chunk was prefetched once per link to a page that needs it',
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
