/**
 * The bar across the top of the page while the next page loads (when that takes over 200 ms).
 *
 * @docusaurus/theme-classic drives it from a client module through the `nprogress` library,
 * which every page downloads whole for three calls. This module takes the library's place in
 * the bundle (src/plugins/browserModules.ts): the same calls and the same markup, so the
 * theme's nprogress.css still draws it, and a CSS transition instead of a timer loop. Readers
 * who ask for reduced motion get the bar still, at the same place, then gone.
 */
let current: HTMLElement | null = null;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Docusaurus passes `{showSpinner: false}`: there is no spinner here to hide. */
function configure(): void {}

function start(): void {
  if (current) return;
  const container = document.createElement('div');
  container.id = 'nprogress';
  // Decorative: the new page's title is what assistive technology announces.
  container.setAttribute('aria-hidden', 'true');
  const bar = document.createElement('div');
  bar.className = 'bar';
  const peg = document.createElement('div');
  peg.className = 'peg';
  bar.append(peg);
  bar.style.transform = 'translate3d(-100%, 0, 0)';
  container.append(bar);
  document.body.append(container);
  current = bar;
  if (reducedMotion()) {
    bar.style.transform = 'translate3d(-15%, 0, 0)';
    return;
  }
  // Lay the bar out at its start so the transition below has somewhere to start from.
  bar.getBoundingClientRect();
  bar.style.transition = 'transform 8s cubic-bezier(0.1, 0.7, 0.2, 1)';
  bar.style.transform = 'translate3d(-15%, 0, 0)';
}

function done(): void {
  const bar = current;
  if (!bar) return;
  current = null;
  if (reducedMotion()) {
    bar.parentElement?.remove();
    return;
  }
  bar.style.transition = 'transform 200ms ease-out, opacity 200ms ease-out 200ms';
  bar.style.transform = 'translate3d(0, 0, 0)';
  bar.style.opacity = '0';
  setTimeout(() => bar.parentElement?.remove(), 400);
}

export default {configure, start, done};
