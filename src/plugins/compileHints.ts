/**
 * Local Docusaurus plugin: every JavaScript file of the browser bundle opens with V8's explicit
 * compile hint, `//# allFunctionsCalledOnLoad` (Chrome 136 and later; other engines read a
 * comment). V8 then compiles the file's functions while the script streams in, on a background
 * thread, instead of each one on the main thread the first time it is called. Almost every
 * function of main.js and of a page's chunks runs while the page hydrates, and most of the lab's
 * run when it opens.
 *
 * Measured on the lesson, phone at 4× CPU, alternating loads (PERFORMANCE.md, «Compilar antes»):
 * the main thread's V8.CompileCode 694 → 135 ms, and opening a lab from 2.4 to 1.5 s.
 */
import type {Plugin} from '@docusaurus/types';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export default function compileHintsPlugin(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack(config, isServer, {currentBundler}) {
      if (isServer || config.mode !== 'production') return {};
      const {BannerPlugin, Compilation} = currentBundler.instance;
      return {
        plugins: [
          new BannerPlugin({
            banner: COMPILE_HINT,
            raw: true,
            test: /\.js$/,
            // After minification, which would drop the comment.
            stage: Compilation.PROCESS_ASSETS_STAGE_REPORT,
          }),
        ],
      };
    },
  };
}
