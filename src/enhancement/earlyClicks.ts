/**
 * Clicks that arrive before React has hydrated the page are not lost.
 *
 * The server renders every JavaScript control (`data-requires-js`, see requiresJs.ts), so on a
 * slow phone a reader can press "Comprobar", play or the colour mode toggle before the
 * chapter's scripts have run; the browser would drop that click. Docusaurus' menu button
 * (DOCUSAURUS_REQUIRES_JS) is server-rendered too and is kept the same way.
 * EARLY_CLICKS_SCRIPT, inline in <head>, keeps such clicks (capture phase, before anything else
 * sees them) until replayEarlyClicks() clicks the same buttons again once React handles them.
 * The Content-Security-Policy allows it by its hash, like every inline script of the build
 * (src/plugins/securityHeaders.ts).
 */
import {DOCUSAURUS_REQUIRES_JS, REQUIRES_JS_ATTRIBUTE} from './requiresJs';

declare global {
  interface Window {
    earlyClicks?: Element[] & {replayed?: boolean};
  }
}

const KEPT_BUTTONS = `button[${REQUIRES_JS_ATTRIBUTE}],button${DOCUSAURUS_REQUIRES_JS}`;

export const EARLY_CLICKS_SCRIPT =
  '(function(){var q=window.earlyClicks=[];document.addEventListener("click",function(e){' +
  `var b=e.target instanceof Element&&e.target.closest("${KEPT_BUTTONS}");` +
  'if(!b||q.replayed||document.documentElement.getAttribute("data-has-hydrated")==="true")return;' +
  'e.preventDefault();e.stopPropagation();q.push(b)},true)})()';

/** Clicks, in order, the buttons pressed before hydration; later clicks pass straight through. */
export function replayEarlyClicks(): void {
  const queue = window.earlyClicks;
  if (!queue || queue.replayed) return;
  queue.replayed = true;
  for (const button of queue.splice(0)) {
    if (button.isConnected && button instanceof HTMLElement) button.click();
  }
}
