/**
 * What BuildKit's line parser (`frontend/dockerfile/parser/parser.go`, `Parse`) knows about each
 * instruction and dockerfile-ast does not expose: the comments just above it (`PrevComment`,
 * which carry `# check=…` for that instruction), the line where it ends, and whether an empty
 * line interrupted its continuation (NoEmptyContinuation, reported on that end line).
 */

export interface InstructionLines {
  /** 1-based line where the instruction starts. */
  readonly start: number;
  /** 1-based line of its last continuation line (heredoc bodies not included). */
  readonly end: number;
  /** Comment texts since the previous instruction, without `#`; a bare `#` clears them. */
  readonly comments: readonly string[];
  readonly emptyContinuation: boolean;
  /** Heredoc bodies of a RUN, COPY or ADD, in order, with their names. */
  readonly heredocs: readonly {readonly name: string; readonly body: string}[];
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC_INSTRUCTIONS = /^(?:RUN|COPY|ADD)\s/i;

const isComment = (line: string): boolean => line.trimStart().startsWith('#');

/** Heredoc terminators opened on an instruction line (`<<EOF`, `<<-"EOT"`). */
function heredocs(line: string): {name: string; chomp: boolean}[] {
  return [...line.matchAll(/\d*<<(-?)\s*(["']?)([^\s"'<]+)\2/g)].map((match) => ({
    name: match[3] ?? '',
    chomp: match[1] === '-',
  }));
}

export function instructionLines(
  lines: readonly string[],
  escape: string,
): readonly InstructionLines[] {
  const continuation = new RegExp(`${escape === '`' ? '`' : '\\\\'}[ \\t]*$`);
  const result: InstructionLines[] = [];
  let comments: string[] = [];
  let directives = true;
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    if (directives && DIRECTIVE.test(raw)) continue;
    directives = false;
    if (isComment(raw)) {
      const text = raw.trimStart().slice(1).trim();
      comments = text === '' ? [] : [...comments, text];
      continue;
    }
    if (raw.trim() === '') continue;
    const start = index + 1;
    let text = raw;
    let emptyContinuation = false;
    while (continuation.test(text) && index + 1 < lines.length) {
      index += 1;
      const next = lines[index] ?? '';
      if (isComment(next)) continue;
      if (next.trim() === '') {
        emptyContinuation = true;
        continue;
      }
      text = next;
    }
    const bodies: {name: string; body: string}[] = [];
    result.push({start, end: index + 1, comments, emptyContinuation, heredocs: bodies});
    if (HEREDOC_INSTRUCTIONS.test(raw.trimStart())) {
      for (const {name, chomp} of heredocs(raw)) {
        const body: string[] = [];
        while (index + 1 < lines.length) {
          index += 1;
          const line = lines[index] ?? '';
          const text = chomp ? line.replace(/^\t+/, '') : line;
          if (text === name) break;
          body.push(text);
        }
        bodies.push({name, body: body.join('\n')});
      }
    }
    comments = [];
  }
  return result;
}
