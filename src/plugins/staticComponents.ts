/**
 * Local Docusaurus plugin: the browser bundle gets src/theme/staticComponents.client.tsx for
 * src/theme/staticComponents.tsx, so components that never change in the browser are
 * rendered in full by the server and their code is not part of the page's JavaScript.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

const STATIC_COMPONENTS_REQUEST = /^@site\/src\/theme\/staticComponents$/;

export default function staticComponentsPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'static-components',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const clientFile = path.join(siteDir, 'src/theme/staticComponents.client.tsx');
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            STATIC_COMPONENTS_REQUEST,
            clientFile,
          ),
        ],
      };
    },
  };
}
