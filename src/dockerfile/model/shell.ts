/**
 * A RUN's shell text as the model follows it: simple commands joined by `&&`, `||`, `;`, `|`
 * or new lines, each with its leading `NAME=value` assignments, its words (quotes removed,
 * `$VAR` expanded from the stage's environment) and its redirections. Anything the model does
 * not read as a simple command (if, for, $(…), functions) makes the whole script unknown.
 */

export interface SimpleCommand {
  readonly assignments: ReadonlyMap<string, string>;
  readonly words: readonly string[];
  /** Files written with `>` or `>>` (not /dev/null). */
  readonly writes: readonly string[];
  /** How it joins the previous command: the first has `;`. */
  readonly after: '&&' | '||' | ';' | '|';
}

export type ShellScript =
  | {readonly kind: 'commands'; readonly commands: readonly SimpleCommand[]}
  | {readonly kind: 'unknown'; readonly why: string};

const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'for',
  'while',
  'until',
  'do',
  'done',
  'case',
  'esac',
  'function',
  '{',
  '}',
  '(',
  ')',
  '!',
]);

/** Characters that start a two-character operator. */
const OPERATOR_STARTS = new Set(['&', '|', '>', '2']);
/** Characters the tokenizer handles one by one; any other is part of a word. */
const SPECIAL = new Set([...'\\\'"`$#;|\n><&()\t\r 2']);

type Token =
  | {
      readonly kind: 'word';
      readonly text: string;
      readonly quoted: boolean;
      /** How many leading characters came from unquoted, unexpanded text. */
      readonly literal: number;
    }
  | {readonly kind: 'op'; readonly text: string};

/** Splits shell text into words and operators, removing quotes and expanding variables. */
function tokenize(text: string, env: ReadonlyMap<string, string>): Token[] | string {
  const tokens: Token[] = [];
  let word = '';
  let started = false;
  let quoted = false;
  let literal = -1;
  const flush = () => {
    if (started)
      tokens.push({
        kind: 'word',
        text: word,
        quoted,
        literal: literal === -1 ? word.length : literal,
      });
    word = '';
    started = false;
    quoted = false;
    literal = -1;
  };
  // Quotes, escapes and expansions end the literal start that makes `NAME=` an assignment.
  const endLiteral = () => {
    if (literal === -1) literal = word.length;
  };
  const expand = (at: number): {value: string; next: number} | string => {
    const rest = text.slice(at + 1);
    if (rest.startsWith('(')) return 'una sustitución $(…)';
    const braced = /^\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+?])([^}]*))?\}/.exec(rest);
    if (braced) {
      const [all, name = '', operator, fallback = ''] = braced;
      const value = env.get(name);
      const empty = value === undefined || (operator?.startsWith(':') && value === '');
      let result = value ?? '';
      if (operator?.endsWith('-') || operator?.endsWith('=')) result = empty ? fallback : result;
      else if (operator?.endsWith('+')) result = empty ? '' : fallback;
      return {value: result, next: at + 1 + all.length};
    }
    const plain = /^([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(rest);
    if (plain) {
      const name = plain[1] ?? '';
      if (!/^[A-Za-z_]/.test(name)) return `la variable especial $${name}`;
      return {value: env.get(name) ?? '', next: at + 1 + name.length};
    }
    return {value: '$', next: at + 1};
  };
  for (let i = 0; i < text.length;) {
    const char = text[i] ?? '';
    if (char === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        i += 2;
        continue;
      }
      endLiteral();
      word += next ?? '';
      started = true;
      i += 2;
      continue;
    }
    if (char === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) return 'una comilla sin cerrar';
      endLiteral();
      word += text.slice(i + 1, end);
      started = true;
      quoted = true;
      i = end + 1;
      continue;
    }
    if (char === '"') {
      endLiteral();
      i += 1;
      started = true;
      quoted = true;
      while (i < text.length && text[i] !== '"') {
        const inner = text[i] ?? '';
        if (inner === '\\' && /["\\$`]/.test(text[i + 1] ?? '')) {
          word += text[i + 1];
          i += 2;
        } else if (inner === '$') {
          const expanded = expand(i);
          if (typeof expanded === 'string') return expanded;
          word += expanded.value;
          i = expanded.next;
        } else if (inner === '`') {
          return 'una sustitución `…`';
        } else {
          word += inner;
          i += 1;
        }
      }
      if (i >= text.length) return 'una comilla sin cerrar';
      i += 1;
      continue;
    }
    if (char === '`') return 'una sustitución `…`';
    if (char === '$') {
      const expanded = expand(i);
      if (typeof expanded === 'string') return expanded;
      endLiteral();
      word += expanded.value;
      started = true;
      i = expanded.next;
      continue;
    }
    if (char === '#' && !started) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    const two = OPERATOR_STARTS.has(char) ? text.slice(i, i + 2) : '';
    if (two === '&&' || two === '||' || two === '>>' || two === '2>' || two === '&>') {
      flush();
      if (two === '2>' && text[i + 2] === '&') {
        // 2>&1: no file.
        i += 4;
        continue;
      }
      tokens.push({kind: 'op', text: two === '2>' || two === '&>' ? '>' : two});
      i += 2;
      continue;
    }
    if (char === ';' || char === '|' || char === '\n' || char === '>' || char === '<') {
      flush();
      tokens.push({kind: 'op', text: char === '\n' ? ';' : char});
      i += 1;
      continue;
    }
    if (char === '&' || char === '(' || char === ')') return `«${char}» en la orden`;
    if (char === ' ' || char === '\t' || char === '\r') {
      flush();
      i += 1;
      continue;
    }
    // A run of ordinary characters at once, not one string per character.
    let end = i + 1;
    while (end < text.length && !SPECIAL.has(text[end] ?? '')) end += 1;
    word += text.slice(i, end);
    started = true;
    i = end;
  }
  flush();
  return tokens;
}

export function parseShell(text: string, env: ReadonlyMap<string, string>): ShellScript {
  const tokens = tokenize(text, env);
  if (typeof tokens === 'string') return {kind: 'unknown', why: tokens};
  const commands: SimpleCommand[] = [];
  let assignments = new Map<string, string>();
  let words: string[] = [];
  let writes: string[] = [];
  let after: SimpleCommand['after'] = ';';
  let redirect: string | null = null;
  const finish = (next: SimpleCommand['after']): void => {
    if (words.length > 0 || assignments.size > 0)
      commands.push({assignments, words, writes, after});
    assignments = new Map();
    words = [];
    writes = [];
    after = next;
  };
  for (const token of tokens) {
    if (token.kind === 'op') {
      if (token.text === '>' || token.text === '>>' || token.text === '<') {
        redirect = token.text;
        continue;
      }
      finish(token.text as SimpleCommand['after']);
      continue;
    }
    if (redirect !== null) {
      if (redirect !== '<' && token.text !== '/dev/null') writes.push(token.text);
      redirect = null;
      continue;
    }
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(token.text);
    // POSIX: an assignment's name and `=` are unquoted; its value may be quoted.
    if (words.length === 0 && assignment && token.literal > (assignment[1] ?? '').length) {
      assignments.set(assignment[1] ?? '', assignment[2] ?? '');
      continue;
    }
    if (words.length === 0 && KEYWORDS.has(token.text) && !token.quoted) {
      return {kind: 'unknown', why: `«${token.text}»`};
    }
    words.push(token.text);
  }
  finish(';');
  return {kind: 'commands', commands};
}
