/** Links inside server HTML that React does not own (Static.tsx). */

/** The same-site path an anchor leads to, when following it should not reload the page. */
export function internalPath(anchor: HTMLAnchorElement, here: Location): string | null {
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, here.href);
  if (url.origin !== here.origin) return null;
  // The browser scrolls to an anchor on this page by itself, as <Link> leaves it to.
  if (url.pathname === here.pathname && url.search === here.search) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
