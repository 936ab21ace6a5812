/**
 * Parsing, shared by the build and the browser: dockerfile-ast's parser plus BuildKit's `check`
 * directive. Five narrow adjustments to dockerfile-ast, made once when this module loads:
 * - its only Node dependency, `Buffer` in the UTF-8 BOM test, becomes a plain comparison, so no
 *   Buffer shim ships to readers;
 * - an instruction's raw arguments are computed once instead of on every call (the library
 *   re-scans the text each time; a parsed document never changes). They depend only on the
 *   text and the instruction's range, both set before any subclass asks for them;
 * - and, when they hold no escape character, split without building each argument a character
 *   at a time, each position counted along the text instead of searched for in the document
 *   (the parse's largest cost in time and garbage);
 * - an instruction's flags are counted, not built, to drop them from its arguments (below);
 * - parsing the text just parsed returns the same tree, so dockerfile-utils' validation does not
 *   parse it a second time.
 * Together they take a 200-line Dockerfile from ~14 ms to a few ms, fast enough for every pause
 * in the lab's typing (tests/bench/dockerfileChecker.bench.ts). The plain split alone, A/B in one
 * process on that file: minimum 4.0 → 3.8 ms for check + model, median −8 %, 4.9 → 3.8 MB
 * allocated; counting positions along the text and keeping the arguments on the instruction
 * (not in a WeakMap), npm run bench:checker before (3 runs) and after (5): minimum 4.24–4.42 →
 * 3.74–3.87 ms, median 5.73–6.28 → 4.41–5.39 ms (4 of 5 under 5 ms). Upstream: dockerfile-ast
 * 0.7.1 (pinned), lib/instruction.js sha256 ba6b1322a7d4cbf5…; tests/unit/dockerfile/parse.test.ts
 * compares against the library's own getRawArguments on 348 Dockerfiles, with LF and CRLF line
 * ends. Way out: delete plainArguments (then memoizeArguments) and call the library's; delete
 * countedFlags and the library's getArguments comes back.
 */
import {Argument, DockerfileParser, Instruction, type Dockerfile} from 'dockerfile-ast';
import {ModifiableInstruction} from 'dockerfile-ast/lib/modifiableInstruction';
import {Util} from 'dockerfile-ast/lib/util';

// Same answer as Buffer.from(char, 'UTF-8') starting with EF BB BF: the char is U+FEFF.
Util.isUTF8BOM = (char: string): boolean => char === '\uFEFF';

/** Where an instruction keeps its computed raw arguments (a property: faster than a WeakMap). */
const RAW_ARGUMENTS = Symbol('rawArguments');

/** Computes an instruction's raw arguments once; each caller gets its own copy of the list. */
function memoizeArguments<T extends object>(
  method: (this: T) => unknown[],
): (this: T) => unknown[] {
  return function memoized(this: T & {[RAW_ARGUMENTS]?: unknown[]}): unknown[] {
    let args = this[RAW_ARGUMENTS];
    if (!args) {
      args = method.call(this);
      this[RAW_ARGUMENTS] = args;
    }
    // Callers may change the list they get.
    return args.slice();
  };
}

/** What getRawArguments reads of an instruction: private in the typings, there at run time. */
interface InstructionInternals {
  readonly document: {
    offsetAt(position: unknown): number;
    positionAt(offset: number): unknown;
  };
  readonly escapeChar: string;
  getInstructionRange(): {readonly start: unknown; readonly end: unknown};
  getTextContent(): string;
}

/**
 * The common case of getRawArguments without its character-by-character string building: when
 * the arguments hold no escape character there is no line continuation, no escaped character
 * and no comment inside them, so they are the runs of text between spaces, tabs and new lines,
 * each with its range. Anything else goes to the library's own code.
 * tests/unit/dockerfile/parse.test.ts checks both give the same arguments on every fixture.
 */
function plainArguments(original: (this: object) => unknown[]) {
  return function rawArguments(this: InstructionInternals): unknown[] {
    const range = this.getInstructionRange();
    const start = this.document.offsetAt(range.start);
    const extra = this.document.offsetAt(range.end) - start;
    const text = this.getTextContent().substring(extra);
    if (text.includes(this.escapeChar)) return original.call(this);
    const offset = start + extra;
    const args: Argument[] = [];
    // Positions counted along the text from the first one, as positionAt would give them: a new
    // line starts after each \n, and a \r\n pair counts as one line break.
    const first = this.document.positionAt(offset) as {line: number; character: number};
    let line = first.line;
    let lineStart = -first.character;
    let found = -1;
    let foundAt: {line: number; character: number} | null = null;
    for (let i = 0; i <= text.length; i += 1) {
      const code = text.charCodeAt(i);
      // Util.isWhitespace: space, tab, \n, \r; the end of the text closes the last argument.
      if (i === text.length || code === 32 || code === 9 || code === 10 || code === 13) {
        if (found !== -1 && foundAt) {
          // Range.create(start, end) of two positions is this object.
          const end = {line, character: i - lineStart};
          args.push(new Argument(text.slice(found, i), {start: foundAt, end} as never));
          found = -1;
        }
        if (code === 10) {
          line += 1;
          lineStart = i + 1;
        } else if (code === 13) {
          // positionAt puts the offset of a \n that follows \r on the \r's line.
          if (text.charCodeAt(i + 1) !== 10) {
            line += 1;
            lineStart = i + 1;
          }
        }
      } else if (found === -1) {
        found = i;
        foundAt = {line, character: i - lineStart};
      }
    }
    return args;
  };
}

// getRawArguments is private in the typings but a plain prototype method at run time.
const instruction = Instruction.prototype as unknown as {
  getRawArguments: (this: object) => unknown[];
};
// Guard: a dockerfile-ast without this method (it is pinned at 0.7.1) stops here, by name,
// instead of leaving every instruction without arguments.
if (typeof instruction.getRawArguments !== 'function') {
  throw new Error(
    'src/dockerfile/parse.ts: dockerfile-ast no longer has Instruction.prototype.getRawArguments; remove plainArguments and memoizeArguments or port them',
  );
}
/** The library's own getRawArguments, for tests/unit/dockerfile/parse.test.ts. */
export const libraryRawArguments = instruction.getRawArguments;
instruction.getRawArguments = memoizeArguments(
  plainArguments(libraryRawArguments) as (this: object) => unknown[],
);

/** What ModifiableInstruction.getArguments reads: private or internal in the typings. */
interface ModifiableInternals {
  readonly flags?: readonly unknown[];
  [FLAG_COUNT]?: number;
  [RAW_ARGUMENTS]?: unknown[];
  getRawArguments(): unknown[];
  stopSearchingForFlags(value: string): boolean;
}

/** How many leading arguments an instruction's flags take, kept under a symbol. */
const FLAG_COUNT = Symbol('flagCount');

/**
 * ModifiableInstruction.getArguments drops the flags from the arguments by building every Flag
 * (with its options and positions) just to count them, and JSONInstruction's constructor asks
 * for the arguments: every RUN and COPY built its flags while parsing, though only FROM, COPY,
 * ADD and HEALTHCHECK flags are ever read. Counting them as getFlags would (the arguments that
 * start with «--» before the first one where it stops looking) gives the same list; the Flags
 * are built when someone asks for them. While getFlags runs, `flags` is its empty list and the
 * library returns every argument: taking the count from `flags` when it exists keeps that.
 */
function countedFlags() {
  return function getArguments(this: ModifiableInternals): Argument[] {
    let args = this[RAW_ARGUMENTS] as Argument[] | undefined;
    if (!args) {
      this.getRawArguments();
      args = (this[RAW_ARGUMENTS] ?? []) as Argument[];
    }
    let count = this.flags?.length;
    if (count === undefined) {
      count = this[FLAG_COUNT];
      if (count === undefined) {
        count = 0;
        for (const arg of args) {
          const value = arg.getValue();
          if (this.stopSearchingForFlags(value)) break;
          if (value.startsWith('--')) count += 1;
        }
        this[FLAG_COUNT] = count;
      }
    }
    // One copy, as the library's shift of a copy gives: callers may change the list they get.
    return args.slice(count);
  };
}

const modifiable = ModifiableInstruction.prototype as unknown as {
  getArguments: (this: object) => Argument[];
  getFlags?: unknown;
};
if (typeof modifiable.getFlags !== 'function') {
  throw new Error(
    'src/dockerfile/parse.ts: dockerfile-ast no longer has ModifiableInstruction.prototype.getFlags; remove countedFlags or port it',
  );
}
/** The library's own ModifiableInstruction.getArguments, for tests/unit/dockerfile/parse.test.ts. */
export const libraryArguments = modifiable.getArguments;
modifiable.getArguments = countedFlags() as (this: object) => Argument[];

const parseText = DockerfileParser.parse.bind(DockerfileParser);
let lastParse: {readonly source: string; readonly ast: Dockerfile} | null = null;
DockerfileParser.parse = (source: string): Dockerfile => {
  if (lastParse?.source !== source) lastParse = {source, ast: parseText(source)};
  return lastParse.ast;
};

/** BuildKit's `# check=…` options: which rules to skip, and whether warnings fail. */
export interface CheckDirective {
  /** Rule names to skip. */
  readonly skip: ReadonlySet<string>;
  /** `skip=all`: every rule that is not experimental. */
  readonly skipAll: boolean;
  /** `error=true`: the build fails on any warning. */
  readonly error: boolean;
  /** Experimental rules to run. */
  readonly experimental: ReadonlySet<string>;
  /** `experimental=all`. */
  readonly experimentalAll: boolean;
  /** 1-based line of the directive, if present. */
  readonly line: number | null;
}

const NO_CHECK_DIRECTIVE: CheckDirective = {
  skip: new Set(),
  skipAll: false,
  error: false,
  experimental: new Set(),
  experimentalAll: false,
  line: null,
};

const list = (value: string): Set<string> =>
  new Set(
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/**
 * `skip=…;experimental=…;error=…` as BuildKit's linter.ParseLintOptions reads it; null where it
 * refuses the text (an unknown option, a part without «=», an error value that is no boolean).
 */
function parseCheckOptions(text: string, line: number | null): CheckDirective | null {
  const options = {...NO_CHECK_DIRECTIVE, line};
  const value = text.trim();
  if (value === '') return options;
  // Go's SplitN(…, ";", 3): a third part keeps any further «;».
  const [first = '', second, ...others] = value.split(';');
  const parts = [
    first,
    ...(second === undefined ? [] : [second]),
    ...(others.length > 0 ? [others.join(';')] : []),
  ];
  let result: CheckDirective = options;
  for (const part of parts) {
    const at = part.indexOf('=');
    if (at === -1) return null;
    const key = part.slice(0, at).trim();
    const option = part.slice(at + 1).trim();
    if (key === 'skip') {
      result = option === 'all' ? {...result, skipAll: true} : {...result, skip: list(option)};
    } else if (key === 'experimental') {
      result =
        option === 'all'
          ? {...result, experimentalAll: true}
          : {...result, experimental: list(option)};
    } else if (key === 'error') {
      const bool = /^(?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.exec(option);
      if (!bool) return null;
      result = {...result, error: /^(?:1|t|T|TRUE|true|True)$/.test(option)};
    } else return null;
  }
  return result;
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * Parser directives are `# name=value` lines at the very top; the first other line (a comment,
 * a blank line or an instruction) ends them, as in BuildKit.
 */
function readCheckDirective(lines: readonly string[]): CheckDirective {
  for (const [index, line] of lines.entries()) {
    const directive = DIRECTIVE.exec(line);
    if (!directive) break;
    if (directive[1]?.toLowerCase() !== 'check') continue;
    return (
      parseCheckOptions(directive[2] ?? '', index + 1) ?? {...NO_CHECK_DIRECTIVE, line: index + 1}
    );
  }
  return NO_CHECK_DIRECTIVE;
}

/**
 * The `# check=…` comment above an instruction (linter.WithMergedConfigFromComments): the first
 * comment that is a `check` directive, its value up to the first space, so «# check=skip=X //
 * why» works. Null when there is none or BuildKit would refuse it.
 */
export function commentCheckOptions(comments: readonly string[]): CheckDirective | null {
  for (const comment of comments) {
    const directive = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(comment);
    if (directive?.[1]?.toLowerCase() !== 'check') continue;
    return parseCheckOptions((directive[2] ?? '').split(' ')[0] ?? '', null);
  }
  return null;
}

export interface ParsedDockerfile {
  readonly source: string;
  /** The source split into lines (index 0 is line 1). */
  readonly lines: readonly string[];
  readonly ast: Dockerfile;
  readonly check: CheckDirective;
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
