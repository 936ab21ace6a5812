/**
 * The page paints before any of its scripts runs.
 *
 * Docusaurus' template puts its two scripts in <head> with `defer`: they run as soon as the HTML
 * is parsed, which on a fast connection is before the browser's first paint, so the text waits
 * for them, and on a slow phone it waits for hundreds of milliseconds of script. Whether the
 * paint or the scripts come first is a race, which is why Lighthouse's LCP swung between 1.1 s
 * and 2.2 s on the same build (issue «performance on equal content», item 4).
 *
 * The template (Docusaurus' own, copied to ./ssrTemplate.ts with only the scripts changed) asks for the
 * scripts and runs them, in order, right after the first paint: an inline script at the end of
 * <body> waits for the browser to report the first contentful paint, then for a few frames. A
 * tab opened in the background does not paint, hence the timer. The Content-Security-Policy
 * allows the inline script by its hash, like every inline script of the build
 * (src/plugins/securityHeaders.ts).
 *
 * Nothing preloads them. Lighthouse's LCP counts the download of a script that arrived before
 * the largest paint unless it finds the script's first evaluation in its task graph, and it drops
 * tasks under 10 ms from that graph: with main.js evaluated in short tasks
 * (src/hydration/clientEntry.tsx), a low-priority preload put all 166 KB of it into the LCP
 * (1.8–1.9 s in 4 of 5 runs, 1.1 s without the preload; its simulated time to interactive did
 * not change).
 */

/** Runs in the page: appends the scripts (in order) once the first frame has been painted. */
export function runAfterFirstPaint(scripts: readonly string[]): void {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    for (const src of scripts) {
      const script = document.createElement('script');
      script.src = src;
      // Dynamic scripts are async by default; the runtime must run before main.
      script.async = false;
      document.body.append(script);
    }
  };
  // The inline script runs once the whole page is parsed; the first paint may have shown only
  // the navbar. The frame that shows the rest is painted after the next animation frame, and
  // put on screen later still (rasterising it takes a slow phone a while): two more frames
  // give it that time; a script evaluated before the largest text is on screen would count as
  // blocking it.
  const afterNextFrame = (): void => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0))),
    );
  };
  // The first contentful paint is reported once it is on screen; an animation frame alone can
  // come before the frame it paints is presented.
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      afterNextFrame();
    }).observe({type: 'paint', buffered: true});
  } else {
    afterNextFrame();
  }
  setTimeout(start, 1000);
}
