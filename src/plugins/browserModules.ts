/**
 * Local Docusaurus plugin: modules the browser bundle gets in place of others. The server
 * bundle keeps the originals (it renders the page; nothing below changes its HTML).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

const REPLACEMENTS: readonly {request: RegExp; file: string}[] = [
  // Components that never change in the browser: the server renders them in full, and their
  // code is not part of the page's JavaScript.
  {
    request: /^@site\/src\/theme\/staticComponents$/,
    file: 'src/theme/staticComponents.client.tsx',
  },
  // Docusaurus' entry, started in several short tasks instead of one long one.
  {
    request: /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/,
    file: 'src/hydration/clientEntry.tsx',
  },
  // The navigation progress bar without the `nprogress` library.
  {request: /^nprogress$/, file: 'src/enhancement/navigationProgress.ts'},
];

export default function browserModulesPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'browser-modules',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: REPLACEMENTS.map(
          ({request, file}) =>
            new currentBundler.instance.NormalModuleReplacementPlugin(
              request,
              path.join(siteDir, file),
            ),
        ),
      };
    },
  };
}
