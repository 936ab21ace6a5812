/**
 * Docusaurus prefetches a page's scripts as soon as a link to it comes into view. On the lesson
 * that is every link of the navbar, the sidebar and the pagination at once, right after
 * hydration: some thirty `<link rel="prefetch">` added in one task, while the reader's phone is
 * still busy with the page. The same prefetches, one page per idle moment.
 */
type Prefetch = Window['docusaurus']['prefetch'];

/** `docusaurus` with a `prefetch` that waits for the main thread to be idle before each call. */
export function prefetchWhenIdle(docusaurus: Window['docusaurus']): Window['docusaurus'] {
  const prefetchNow: Prefetch = docusaurus.prefetch;
  const waiting: string[] = [];
  const next = (): void => {
    const path = waiting.shift();
    if (path !== undefined) void prefetchNow(path);
    if (waiting.length > 0) whenIdle(next);
  };
  const prefetch: Prefetch = (path) => {
    waiting.push(path);
    if (waiting.length === 1) whenIdle(next);
    // <Link> ignores the value; `false` means «nothing started now».
    return false;
  };
  // A new object: the one Docusaurus exposes cannot be written to.
  return {...docusaurus, prefetch};
}

// Safari has no requestIdleCallback: a timer still leaves the current task alone.
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, {timeout: 2000});
  else setTimeout(callback, 50);
}
