/**
 * The lesson as Starlight would render it with the same text and code: the page's own MDX with
 * our React components removed (their tags go, the Markdown between them stays), so the
 * benchmark can compare our page with Starlight on equal content, not only on the seed text.
 */

/** Frontmatter kept to what Starlight reads: its title and description. */
function frontmatter(text) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return {head: '', body: text};
  const title = /^title:\s*(.+)$/m.exec(match[1])?.[1] ?? 'Capítulo';
  const description = /^description:\s*>-?\n((?:\s{2}.+\n?)+)/m
    .exec(match[1])?.[1]
    ?.split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  const lines = [`title: ${title}`, ...(description ? [`description: ${description}`] : [])];
  return {head: `---\n${lines.join('\n')}\n---\n`, body: text.slice(match[0].length)};
}

/** Removes JSX tags (opening, closing, self-closing, over several lines) outside code fences. */
export function lessonMarkdown(mdx) {
  const {head, body} = frontmatter(mdx);
  const out = [];
  let fence = null;
  let inTag = false;
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    const marker = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence) {
      out.push(line);
      if (marker && trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === '')
        fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      out.push(line.replace(/^\s+/, ''));
      continue;
    }
    if (inTag) {
      if (/\/?>\s*$/.test(trimmed)) inTag = false;
      continue;
    }
    if (/^import\s.+from\s/.test(trimmed) || /^\{\/\*.*\*\/\}$/.test(trimmed)) continue;
    // A component: <Name …>, </Name>, <Name … /> (HTML elements, in lower case, stay).
    if (/^<\/?[A-Z]/.test(trimmed)) {
      const closed = /\/?>\s*$/.test(trimmed) || /<\/[A-Z][\w.]*>\s*$/.test(trimmed);
      if (!closed) inTag = true;
      continue;
    }
    // Docusaurus heading ids ({#id}) are not Markdown elsewhere.
    out.push(line.replace(/\s*\{#[\w-]+\}\s*$/, ''));
  }
  return `${head}${out.join('\n').replace(/\n{3,}/g, '\n\n')}`;
}
