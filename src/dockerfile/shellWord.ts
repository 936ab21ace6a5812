/**
 * How the Dockerfile frontend expands `$VAR` and `${VAR…}` in an instruction's words, ported
 * from BuildKit's `frontend/dockerfile/shell/lex.go` (`ProcessWord`, `ProcessWords`,
 * `ProcessWordWithMatches`): single quotes keep `$` literal, double quotes do not, the escape
 * character escapes, `${VAR:-word}` and friends expand their word first. What it returns besides
 * the text is what the checks read: the names it found (`matched`) and those it did not
 * (`unmatched`, even when a default such as `:-` covered them, as in BuildKit).
 */

export type Env = ReadonlyMap<string, string>;

export interface ExpandedWord {
  readonly result: string;
  /** The result split on unquoted blanks, as BuildKit's ProcessWords does. */
  readonly words: readonly string[];
  readonly matched: ReadonlySet<string>;
  readonly unmatched: ReadonlySet<string>;
}

export interface ExpandOptions {
  /** `\` by default; a `# escape=` directive can make it a backtick. */
  readonly escape?: string;
  /** Quotes are kept as written and do not stop expansion (heredoc contents). */
  readonly skipQuotes?: boolean;
}

class ExpansionError extends Error {}

class Words {
  private current = '';
  private inWord = false;
  readonly list: string[] = [];

  addChar(char: string): void {
    if (/\s/.test(char)) {
      if (this.inWord && this.current !== '') {
        this.list.push(this.current);
        this.current = '';
        this.inWord = false;
      }
    } else this.addRaw(char);
  }

  addString(text: string): void {
    for (const char of text) this.addChar(char);
  }

  addRaw(text: string): void {
    this.current += text;
    this.inWord = true;
  }

  done(): string[] {
    if (this.current !== '') this.list.push(this.current);
    this.current = '';
    return this.list;
  }
}

const NONE: ReadonlySet<string> = new Set();

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

/** A shell pattern (`*`, `?`, `\x`) as a regular expression, as lex.go converts it. */
function patternRegExp(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  let source = anchored ? '^' : '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] ?? '';
    if (char === '*') source += greedy ? '.*' : '.*?';
    else if (char === '?') source += '.';
    else if (char === '\\' && i + 1 < pattern.length) {
      i += 1;
      source += (pattern[i] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(source, 's');
}

const reverse = (text: string): string => [...text].reverse().join('');

/** Reverses a pattern but keeps each `\x` escape in front of the character it escapes. */
function reversePattern(pattern: string): string {
  const tokens: string[] = [];
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i] === '\\' && i + 1 < pattern.length) {
      tokens.push(`\\${pattern[i + 1] ?? ''}`);
      i += 1;
    } else tokens.push(pattern[i] ?? '');
  }
  return tokens.reverse().join('');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const match = patternRegExp(pattern, greedy, true).exec(value);
  return match ? value.slice(match[0].length) : value;
}

class Expander {
  private position = 0;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly env: Env,
    private readonly escape: string,
    private readonly skipQuotes: boolean,
  ) {}

  private peek(): string | undefined {
    return this.text[this.position];
  }

  private next(): string | undefined {
    const char = this.text[this.position];
    if (char !== undefined) this.position += 1;
    return char;
  }

  private lookup(name: string): string | undefined {
    const value = this.env.get(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }

  /** The text up to `stop` (or the end), expanded; with the words it splits into. */
  processUntil(stop: string | null, rawEscapes = false): {result: string; words: string[]} {
    let result = '';
    const words = new Words();
    for (let char = this.peek(); char !== undefined; char = this.peek()) {
      if (stop !== null && char === stop) {
        this.next();
        return {result, words: words.done()};
      }
      if (char === '$') {
        const value = this.dollar();
        result += value;
        words.addString(value);
      } else if (!this.skipQuotes && (char === "'" || char === '"')) {
        const value = char === "'" ? this.singleQuoted() : this.doubleQuoted();
        result += value;
        words.addRaw(value);
      } else {
        this.next();
        if (char === this.escape) {
          if (rawEscapes) {
            words.addRaw(char);
            result += char;
          }
          const escaped = this.next();
          if (escaped === undefined) break;
          words.addRaw(escaped);
          result += escaped;
        } else {
          words.addChar(char);
          result += char;
        }
      }
    }
    if (stop !== null) throw new ExpansionError(`falta «${stop}»`);
    return {result, words: words.done()};
  }

  private singleQuoted(): string {
    this.next();
    let result = '';
    for (;;) {
      const char = this.next();
      if (char === undefined) throw new ExpansionError('falta la comilla simple de cierre');
      if (char === "'") return result;
      result += char;
    }
  }

  private doubleQuoted(): string {
    this.next();
    let result = '';
    for (;;) {
      const char = this.peek();
      if (char === undefined) throw new ExpansionError('falta la comilla doble de cierre');
      if (char === '"') {
        this.next();
        return result;
      }
      if (char === '$') {
        result += this.dollar();
        continue;
      }
      this.next();
      if (char === this.escape) {
        const following = this.peek();
        if (following === undefined) continue;
        if (following === '"' || following === '$' || following === this.escape) {
          result += this.next() ?? '';
          continue;
        }
      }
      result += char;
    }
  }

  private name(): string {
    let name = '';
    const first = this.peek();
    if (first !== undefined && /\d/.test(first)) {
      while (this.peek() !== undefined && /\d/.test(this.peek() ?? '')) name += this.next() ?? '';
      return name;
    }
    if (first !== undefined && SPECIAL_PARAMS.has(first)) return this.next() ?? '';
    while (this.peek() !== undefined && /[\p{L}\p{N}_]/u.test(this.peek() ?? ''))
      name += this.next() ?? '';
    return name;
  }

  private dollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.name();
      return name === '' ? '$' : (this.lookup(name) ?? '');
    }
    this.next();
    const after = this.peek();
    if (after === undefined) throw new ExpansionError('falta «}»');
    if (after === '{' || after === '}' || after === ':')
      throw new ExpansionError('sustitución no válida');
    const name = this.name();
    let modifier = this.next();
    if (modifier === '}') return this.lookup(name) ?? '';
    let nullIsUnset = false;
    if (modifier === ':') {
      nullIsUnset = true;
      modifier = this.next();
    }
    if (modifier === '/' && !nullIsUnset) {
      const replaceAll = this.peek() === '/';
      if (replaceAll) this.next();
      const pattern = this.processUntil('/', true).result;
      const replacement = this.processUntil('}', true).result;
      const value = this.lookup(name) ?? '';
      const regExp = patternRegExp(pattern, true, false);
      return replaceAll
        ? value.replace(new RegExp(regExp.source, 'gs'), () => replacement)
        : value.replace(regExp, () => replacement);
    }
    if (modifier === undefined || !'+-?#%'.includes(modifier))
      throw new ExpansionError('modificador no admitido');
    const rawEscapes = modifier === '#' || modifier === '%';
    if (nullIsUnset && rawEscapes) throw new ExpansionError('modificador no admitido');
    const word = this.processUntil('}', rawEscapes).result;
    const value = this.lookup(name);
    const set = value !== undefined;
    const empty = !set || (nullIsUnset && value === '');
    switch (modifier) {
      case '-':
        return empty ? word : (value ?? '');
      case '+':
        return empty ? '' : word;
      case '?':
        if (empty) throw new ExpansionError(`${name}: ${word || 'no puede estar vacía'}`);
        return value ?? '';
      default: {
        const greedy = word.startsWith(modifier);
        const pattern = greedy ? word.slice(1) : word;
        return modifier === '#'
          ? trimPrefix(pattern, value ?? '', greedy)
          : reverse(trimPrefix(reversePattern(pattern), reverse(value ?? ''), greedy));
      }
    }
  }
}

/**
 * Expands one word as the Dockerfile frontend does. Returns null where BuildKit stops with an
 * error (an unclosed quote or brace, `${X:?}` on an unset X): the build fails there, and the
 * checks have nothing to say about that word.
 */
export function expandWord(
  text: string,
  env: Env,
  {escape = '\\', skipQuotes = false}: ExpandOptions = {},
): ExpandedWord | null {
  // Most words have nothing to expand or unquote: skip the scanner.
  if (!text.includes('$') && !text.includes(escape) && (skipQuotes || !/['"]/.test(text))) {
    return {result: text, words: text.split(/\s+/).filter(Boolean), matched: NONE, unmatched: NONE};
  }
  const expander = new Expander(text, env, escape, skipQuotes);
  try {
    const {result, words} = expander.processUntil(null);
    return {result, words, matched: expander.matched, unmatched: expander.unmatched};
  } catch (error) {
    if (error instanceof ExpansionError) return null;
    throw error;
  }
}
