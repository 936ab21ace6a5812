/**
 * Client side of build-time highlighting: picks, for each line Docusaurus shows, the HTML that
 * ./codeHighlight.ts made for it. Docusaurus may drop lines first (magic comments such as
 * `# highlight-next-line`), so shown lines are matched in order against the raw ones.
 */

/** What the remark plugin computed for one code block. */
export interface HighlightedCode {
  /** The fence's text, as the CodeBlock receives it. */
  readonly rawCode: string;
  /** One HTML line per raw line, joined with "\n". */
  readonly html: string;
}

/** Text as HTML: the three characters that could start markup or an entity. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const withoutFinalNewline = (code: string): string => code.replace(/\r?\n$/, '');

/** The shown code's lines as HTML, highlighted when the build highlighted this block. */
export function lineHtml(shownCode: string, highlighted: HighlightedCode | null): string[] {
  const shown = shownCode.split('\n');
  const plain = (): string[] =>
    shown.map((line) =>
      line === '' ? '' : `<span class="token plain">${escapeHtml(line)}</span>`,
    );
  if (!highlighted) return plain();
  const raw = withoutFinalNewline(highlighted.rawCode).split('\n');
  const html = highlighted.html.split('\n');
  if (raw.length !== html.length) return plain();
  const result: string[] = [];
  let next = 0;
  for (const line of shown) {
    while (next < raw.length && raw[next] !== line) next += 1;
    // A shown line that is not a raw line: the code changed after the build; show it plain.
    if (next === raw.length) return plain();
    result.push(html[next] ?? '');
    next += 1;
  }
  return result;
}
