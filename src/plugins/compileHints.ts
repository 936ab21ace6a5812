/**
 * Local Docusaurus plugin: the larger JavaScript files of the browser bundle open with V8's
 * explicit compile hint, `//# allFunctionsCalledOnLoad` (Chrome 136 and later; other engines read
 * a comment). V8 then compiles the file's functions while the script streams in, on a background
 * thread, instead of each one on the main thread the first time it is called. Almost every
 * function of main.js and of a page's chunks runs while the page hydrates, and most of the lab's
 * run when it opens. Only files from MIN_BYTES get it: each hint adds some 90 B gzip to what a
 * reader downloads, and the JS on load must stay within the plain Docusaurus' (npm run bench);
 * with the hint from 30 KB, the lesson was 7 B under it. From 100 KB it is main.js and the lab's
 * largest chunks (CodeMirror, the checker).
 *
 * Measured on the lesson, phone at 4× CPU, alternating loads (PERFORMANCE.md, «Compilar antes»):
 * the main thread's V8.CompileCode on load 762 → 390 ms, and on opening a lab 348 → 99 ms.
 */
import type {Plugin} from '@docusaurus/types';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Raw bytes from which a file gets the hint. */
export const MIN_BYTES = 100 * 1024;

const NAME = 'compile-hints';

export default function compileHintsPlugin(): Plugin {
  return {
    name: NAME,
    configureWebpack(config, isServer, {currentBundler}) {
      if (isServer || config.mode !== 'production') return {};
      const {Compilation, sources} = currentBundler.instance;
      return {
        plugins: [
          {
            apply(compiler) {
              compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
                compilation.hooks.processAssets.tap(
                  // After minification, which would drop the comment.
                  {name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT},
                  (assets) => {
                    for (const [file, source] of Object.entries(assets)) {
                      if (!file.endsWith('.js') || source.size() < MIN_BYTES) continue;
                      compilation.updateAsset(
                        file,
                        new sources.ConcatSource(`${COMPILE_HINT}\n`, source),
                      );
                    }
                  },
                );
              });
            },
          },
        ],
      };
    },
  };
}
