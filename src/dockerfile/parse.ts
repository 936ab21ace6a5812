/**
 * Parsing, shared by the build and the browser: dockerfile-ast's parser plus BuildKit's `check`
 * directive. Three narrow adjustments to dockerfile-ast, made once when this module loads:
 * - its only Node dependency, `Buffer` in the UTF-8 BOM test, becomes a plain comparison, so no
 *   Buffer shim ships to readers;
 * - an instruction's raw arguments are computed once instead of on every call (the library
 *   re-scans the text each time; a parsed document never changes). They depend only on the
 *   text and the instruction's range, both set before any subclass asks for them;
 * - parsing the text just parsed returns the same tree, so dockerfile-utils' validation does not
 *   parse it a second time.
 * Together they take a 200-line Dockerfile from ~14 ms to a few ms, fast enough for every pause
 * in the lab's typing (tests/bench/dockerfileChecker.bench.ts).
 */
import {DockerfileParser, Instruction, type Dockerfile} from 'dockerfile-ast';
import {Util} from 'dockerfile-ast/lib/util';

// Same answer as Buffer.from(char, 'UTF-8') starting with EF BB BF: the char is U+FEFF.
Util.isUTF8BOM = (char: string): boolean => char === '\uFEFF';

/** Computes an instruction's raw arguments once; each caller gets its own copy of the list. */
function memoizeArguments<T extends object>(
  method: (this: T) => unknown[],
): (this: T) => unknown[] {
  const cache = new WeakMap<T, unknown[]>();
  return function memoized(this: T): unknown[] {
    let args = cache.get(this);
    if (!args) {
      args = method.call(this);
      cache.set(this, args);
    }
    // Callers such as ModifiableInstruction.getArguments shift flags off the list they get.
    return args.slice();
  };
}

// getRawArguments is private in the typings but a plain prototype method at run time.
const instruction = Instruction.prototype as unknown as {
  getRawArguments: (this: object) => unknown[];
};
instruction.getRawArguments = memoizeArguments(instruction.getRawArguments);

const parseText = DockerfileParser.parse.bind(DockerfileParser);
let lastParse: {readonly source: string; readonly ast: Dockerfile} | null = null;
DockerfileParser.parse = (source: string): Dockerfile => {
  if (lastParse?.source !== source) lastParse = {source, ast: parseText(source)};
  return lastParse.ast;
};

/** BuildKit's `# check=…` directive: which rules to skip, and whether warnings fail. */
export interface CheckDirective {
  /** Rule names to skip; `all` skips every rule. */
  readonly skip: ReadonlySet<string>;
  /** `error=true`: the build fails on any warning. */
  readonly error: boolean;
  /** Experimental rules to run (`experimental=all` runs them all). */
  readonly experimental: ReadonlySet<string>;
  /** 1-based line of the directive, if present. */
  readonly line: number | null;
}

export interface ParsedDockerfile {
  readonly source: string;
  /** The source split into lines (index 0 is line 1). */
  readonly lines: readonly string[];
  readonly ast: Dockerfile;
  readonly check: CheckDirective;
}

const list = (value: string | undefined): Set<string> =>
  new Set(
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/**
 * Parser directives are `# name=value` lines at the very top; the first other line (a comment,
 * a blank line or an instruction) ends them, as in BuildKit.
 */
export function readCheckDirective(lines: readonly string[]): CheckDirective {
  for (const [index, line] of lines.entries()) {
    const directive = /^#\s*([a-zA-Z][\w-]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!directive) break;
    if (directive[1]?.toLowerCase() !== 'check') continue;
    const options = new Map(
      (directive[2] ?? '').split(';').map((part) => {
        const [key = '', ...value] = part.split('=');
        return [key.trim().toLowerCase(), value.join('=').trim()] as const;
      }),
    );
    return {
      skip: list(options.get('skip')),
      error: options.get('error')?.toLowerCase() === 'true',
      experimental: list(options.get('experimental')),
      line: index + 1,
    };
  }
  return {skip: new Set(), error: false, experimental: new Set(), line: null};
}

export function parseDockerfile(source: string): ParsedDockerfile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  return {
    source,
    lines,
    ast: DockerfileParser.parse(source),
    check: readCheckDirective(lines),
  };
}
