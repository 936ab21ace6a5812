import {readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * The chapter's source text (tests/fixtures/seed-chapter-18.md: the seed with its typos, style and
 * examples fixed: one Spanish, the glossary in CONTRIBUTING.md, supported image tags),
 * split into what a reader must find on the page: headings, paragraphs, list items, table cells.
 */
export interface SeedText {
  readonly headings: readonly {level: number; text: string}[];
  readonly blocks: readonly string[];
  readonly tableCells: readonly string[];
  readonly codeBlocks: readonly string[];
}

function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readSeedText(): SeedText {
  const source = readFileSync(path.join(__dirname, '../../fixtures/seed-chapter-18.md'), 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const headings: {level: number; text: string}[] = [];
  const blocks: string[] = [];
  const tableCells: string[] = [];
  const codeBlocks: string[] = [];
  const lines = body.split('\n');
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(stripInlineMarkdown(paragraph.join(' ')));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      flush();
      const code: string[] = [];
      for (i += 1; i < lines.length && !lines[i]!.startsWith('```'); i += 1) code.push(lines[i]!);
      codeBlocks.push(code.join('\n'));
    } else if (/^#{1,6} /.test(line)) {
      flush();
      const [, hashes = '', text = ''] = /^(#+) (.*)$/.exec(line) ?? [];
      headings.push({level: hashes.length, text: text.trim()});
    } else if (line.startsWith('|')) {
      flush();
      if (!/^\|\s*-/.test(line)) {
        tableCells.push(
          ...line
            .split('|')
            .slice(1, -1)
            .map((cell) => cell.trim()),
        );
      }
    } else if (/^\s*[-*] /.test(line)) {
      flush();
      blocks.push(stripInlineMarkdown(line.replace(/^\s*[-*] /, '')));
    } else if (line.trim() === '' || line.trim() === '---' || line.startsWith('[![')) {
      // The seed's YouTube thumbnail is replaced by our own video facade: no image from Google.
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return {headings, blocks, tableCells, codeBlocks};
}
