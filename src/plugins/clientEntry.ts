/**
 * Local Docusaurus plugin: the browser bundle starts from src/hydration/clientEntry.tsx, our copy
 * of Docusaurus' entry that runs its modules in several short tasks instead of one long one.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

const UPSTREAM_ENTRY = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/;

export default function clientEntryPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'client-entry',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            UPSTREAM_ENTRY,
            path.join(siteDir, 'src/hydration/clientEntry.tsx'),
          ),
        ],
      };
    },
  };
}
