/**
 * Code blocks, as a local Docusaurus plugin: everything that renders a fenced block lives in
 * src/codeBlocks/, and this file is its public entry for the build (the browser's is
 * ./lineMarks.ts). The plugin
 * - provides the CodeBlock theme parts (./theme/, through getThemePath, as Docusaurus' own site
 *   does for its changelog): they render the build's highlighting, line marks and folds;
 * - writes the code themes as CSS (./prismThemes.ts → token classes) and adds it to the page
 *   styles;
 * - swaps prism-react-renderer for ./prismClientStub.ts in the bundles, so Prism never reaches
 *   the browser.
 * The MDX half is ./remark.ts: it highlights each block at build time.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {codeThemeCss} from './codeHighlight';
import {activeOverrides} from '../overrides/ledger';
import {MARKED_LINE_BACKGROUND, darkCodeTheme, lightCodeTheme} from './prismThemes';

export {default as remarkHighlightCode} from './remark';
export {
  ADDITIONAL_LANGUAGES,
  CSS_VARIABLE_THEME,
  highlightToHtml,
  registerLanguages,
  styledTypes,
} from './codeHighlight';
export {darkCodeTheme, lightCodeTheme} from './prismThemes';

export default function codeBlocksPlugin(context: LoadContext): Plugin {
  const name = 'code-blocks';
  const cssFile = path.join(context.generatedFilesDir, name, 'code-themes.css');
  mkdirSync(path.dirname(cssFile), {recursive: true});
  writeFileSync(cssFile, codeThemeCss(lightCodeTheme, darkCodeTheme, MARKED_LINE_BACKGROUND));
  return {
    name,
    getThemePath: () => path.join(context.siteDir, 'src/codeBlocks/theme'),
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
