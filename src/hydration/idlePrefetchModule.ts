/**
 * Client module (a public Docusaurus API): installs the idle prefetch of ./idlePrefetch.ts.
 * onRouteDidUpdate runs in a layout effect on the first render, before the links' intersection
 * observers report anything, and <Link> reads window.docusaurus.prefetch when it calls it.
 */
import {prefetchWhenIdle} from './idlePrefetch';

let installed = false;

export function onRouteDidUpdate(): void {
  if (installed) return;
  installed = true;
  window.docusaurus = prefetchWhenIdle(window.docusaurus);
}
