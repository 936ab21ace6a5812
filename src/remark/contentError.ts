/**
 * An error in a contributor's MDX (a bad prop, an invalid Dockerfile, a broken quiz).
 *
 * Its message already names the file, the line, the rule and the fix, so a stack trace (our
 * plugin's internals, then the MDX loader's) would only bury it. Maintainers debugging a plugin
 * get the traces back with `CURSO_DEBUG_STACK=1`.
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    if (process.env.CURSO_DEBUG_STACK) return;
    // Docusaurus prints `error.stack` under "Details". `stack` is an own, non-enumerable
    // property, so replacing it keeps the error's JSON "{}" (no JSON dump is printed either).
    this.stack = '(traza de la pila: CURSO_DEBUG_STACK=1 npm start)';
    // The MDX loader then wraps this error in its own, whose stack the bundler prints in full.
    // It is created a few microtasks later, within this turn of the event loop.
    if (Error.stackTraceLimit !== 0) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      setImmediate(() => {
        Error.stackTraceLimit = limit;
      });
    }
  }
}
