/**
 * Controls that only work with JavaScript are rendered by the server too, so that hydration
 * changes nothing on the page: no re-layout of a long chapter, no shift. Readers without
 * JavaScript do not see them, through NO_SCRIPT_STYLE in <head>. Their fallback goes inside a
 * <noscript> element, which the browser parses only when scripting is off and whose contents
 * React neither hydrates nor renders on the client.
 */
export const REQUIRES_JS_ATTRIBUTE = 'data-requires-js';

/**
 * The opposite: content JavaScript lets the reader pick from (e.g. two panes of a comparison)
 * is `hidden` until picked; without JavaScript all of it shows, stacked in source order.
 */
export const WITHOUT_JS_ATTRIBUTE = 'data-without-js';

/** Docusaurus' own control that needs JavaScript: the phone menu button (JS draws the menu). */
export const DOCUSAURUS_REQUIRES_JS = '.navbar__toggle';

export const NO_SCRIPT_STYLE =
  `<style>[${REQUIRES_JS_ATTRIBUTE}],${DOCUSAURUS_REQUIRES_JS}{display:none!important}` +
  `[${WITHOUT_JS_ATTRIBUTE}="show"][hidden]{display:block!important}` +
  `[${WITHOUT_JS_ATTRIBUTE}="show"]{order:0!important}` +
  `[${WITHOUT_JS_ATTRIBUTE}="stack"]{grid-template-columns:minmax(0,1fr)!important}</style>`;
