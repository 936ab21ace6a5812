/**
 * An error in a contributor's MDX (a bad prop, an invalid Dockerfile, a broken quiz).
 *
 * Its message already names the file, the line, the rule and the fix, so our plugin's stack
 * trace would only bury it. Maintainers debugging a plugin get it back with
 * `CURSO_DEBUG_STACK=1`. The MDX loader wraps the error in its own, whose few lines of trace
 * come after our message; shortening those would mean changing `Error.stackTraceLimit` for the
 * whole process, which we do not do.
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    if (process.env.CURSO_DEBUG_STACK) return;
    // Docusaurus prints `error.stack` under "Details". `stack` is an own, non-enumerable
    // property, so replacing it keeps the error's JSON "{}" (no JSON dump is printed either).
    this.stack = '(traza de la pila: CURSO_DEBUG_STACK=1 npm start)';
  }
}
