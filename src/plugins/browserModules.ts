/**
 * Local Docusaurus plugin: modules the browser bundle gets in place of others. The server
 * bundle keeps the originals (it renders the page; nothing below changes its HTML).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {activeOverrides} from '../overrides/ledger';

/**
 * Ours: figures that never change in the browser keep only the server's HTML there. Matched on
 * the resolved file, so a relative import or another alias gets the swap too.
 */
const STATIC_FIGURES = {
  request: /[\\/]src[\\/]components[\\/]StaticFigures[\\/]index\.tsx$/,
  file: 'src/components/StaticFigures/index.client.tsx',
};

/** Ours, then the ledger's swaps of dependency modules (src/overrides/ledger.ts). */
function replacements(): {request: RegExp; file: string}[] {
  return [
    STATIC_FIGURES,
    ...activeOverrides('module-swap').map(({request, ours}) => ({request, file: ours})),
  ];
}

export default function browserModulesPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'browser-modules',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: replacements().map(
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
