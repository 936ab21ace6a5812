/**
 * Controls that only work with JavaScript are rendered by the server too, so that hydration
 * changes nothing on the page: no re-layout of a long chapter, no shift. Readers without
 * JavaScript do not see them, through NO_SCRIPT_STYLE in <head>. Their fallback goes inside a
 * <noscript> element, which the browser parses only when scripting is off and whose contents
 * React neither hydrates nor renders on the client.
 */
export const REQUIRES_JS_ATTRIBUTE = 'data-requires-js';

export const NO_SCRIPT_STYLE = `<style>[${REQUIRES_JS_ATTRIBUTE}]{display:none!important}</style>`;
