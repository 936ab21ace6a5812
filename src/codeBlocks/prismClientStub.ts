/**
 * What the site's bundles get for `prism-react-renderer` (see ./index.ts). Code is
 * highlighted at build time, so Prism has nothing to do in the browser; theme-classic's
 * prism-include-languages client module still imports `Prism` and registers no language.
 * Any other import (e.g. `Highlight`) fails the build instead of shipping ~30 KB of Prism.
 */
export const Prism = {languages: {}};
