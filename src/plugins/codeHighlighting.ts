/**
 * Local Docusaurus plugin, the site half of build-time highlighting (the MDX half is
 * src/remark/highlightCode.ts):
 * - writes the code themes as CSS (src/highlighting/prismThemes.ts → token classes) and adds it to the
 *   page styles;
 * - swaps prism-react-renderer for a stub in the bundles, so Prism never reaches the browser.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {codeThemeCss} from '../highlighting/codeHighlight';
import {activeOverrides} from '../overrides/ledger';
import {MARKED_LINE_BACKGROUND, darkCodeTheme, lightCodeTheme} from '../highlighting/prismThemes';

export default function codeHighlightingPlugin(context: LoadContext): Plugin {
  const name = 'code-highlighting';
  const cssFile = path.join(context.generatedFilesDir, name, 'code-themes.css');
  mkdirSync(path.dirname(cssFile), {recursive: true});
  writeFileSync(cssFile, codeThemeCss(lightCodeTheme, darkCodeTheme, MARKED_LINE_BACKGROUND));
  return {
    name,
    getClientModules() {
      return [cssFile];
    },
    configureWebpack() {
      return {
        resolve: {
          // The ledger's aliases (src/overrides/ledger.ts): prism-react-renderer → a stub.
          alias: Object.fromEntries(
            activeOverrides('alias').map(({alias, ours}) => [
              alias,
              path.join(context.siteDir, ours),
            ]),
          ),
        },
      };
    },
  };
}
