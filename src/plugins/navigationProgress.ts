/**
 * Local Docusaurus plugin: the `nprogress` library that @docusaurus/theme-classic's navigation
 * progress bar imports is replaced by src/enhancement/navigationProgress.ts.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function navigationProgressPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'navigation-progress',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /^nprogress$/,
            path.join(siteDir, 'src/enhancement/navigationProgress.ts'),
          ),
        ],
      };
    },
  };
}
