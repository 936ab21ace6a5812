/**
 * Webpack/Rspack loader: replaces exact strings in one dependency module, and fails the build
 * when a string is no longer there, so an upgrade that changes the module is noticed.
 * Options: {replacements: [{search, replace, why}]}, `why` being the ledger entry's id.
 */
module.exports = function replaceInModule(source) {
  const {replacements} = this.getOptions();
  let patched = source;
  for (const {search, replace, why} of replacements) {
    if (!patched.includes(search)) {
      throw new Error(
        `${this.resourcePath} no longer contains ${JSON.stringify(search)}: review the entry «${why}» of src/overrides/ledger.ts.`,
      );
    }
    patched = patched.replace(search, replace);
  }
  return patched;
};
