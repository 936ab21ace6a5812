/**
 * Chapters skip rendering their off-screen blocks until the reader comes near them
 * (content-visibility: auto, src/css/custom.css), so the height of what has not been shown yet
 * is an estimate. Before a jump to an anchor (table of contents, search result, a link), render
 * everything, so that the jump lands where the heading really is. A page opened with an anchor
 * is handled before it paints by RENDER_ALL_SCRIPT.
 */
import type {ClientModule} from '@docusaurus/types';

export const RENDER_ALL_ATTRIBUTE = 'data-render-all';

/** Inline, in <head>: a page opened at an anchor renders in full from the start. */
export const RENDER_ALL_SCRIPT = `if (location.hash) document.documentElement.setAttribute('${RENDER_ALL_ATTRIBUTE}', '');`;

const clientModule: ClientModule = {
  onRouteUpdate({location}) {
    if (location.hash) document.documentElement.setAttribute(RENDER_ALL_ATTRIBUTE, '');
  },
};

export default clientModule;
