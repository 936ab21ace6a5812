/**
 * Remark plugin: keeps every page a lesson a reader finishes. It fails the build, naming the
 * file, when
 * - the prose is longer than MAX_PROSE_WORDS words. Prose is what a reader reads straight
 *   through: paragraphs, headings, lists. Code, tables, components (the quiz, comparisons,
 *   figures, labs) and collapsed <details> sections are not counted;
 * - the page prints a run of more than MAX_REPEATED_LINES Dockerfile lines twice (see
 *   ./repeatedLines.ts; comparisons fold what their panes share).
 * Runs after src/remark/dockerfiles.ts and src/lab/remark.ts, which record what the
 * page prints.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {ContentError} from './contentError';
import {where} from './mdast';
import {countWords} from './readingTimeCount';
import type {DockerfilesFileData} from './dockerfiles';
import {findRepetitions, MAX_REPEATED_LINES} from '../comparison/repeatedLines';

const MAX_PROSE_WORDS = 1800;

/** Words of prose: text outside code, tables, MDX components and <details>. */
function proseWords(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if (
      node.type === 'code' ||
      node.type === 'table' ||
      node.type === 'mdxJsxFlowElement' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'yaml'
    ) {
      return SKIP;
    }
    if (node.type === 'text' || node.type === 'inlineCode') words += countWords(node.value);
    return undefined;
  });
  return words;
}

export default function remarkPageBudget() {
  return (tree: Root, file: VFile): void => {
    const words = proseWords(tree);
    if (words > MAX_PROSE_WORDS) {
      throw new ContentError(
        `${where(file, undefined)}: ${words} words of prose, over the budget of ${MAX_PROSE_WORDS} ` +
          `(code, tables, components and <details> sections do not count). A chapter is a lesson ` +
          `read in about ten minutes: cut repetition, or move depth to another page of the chapter.`,
      );
    }
    const printed = (file.data as DockerfilesFileData).printedDockerfiles ?? [];
    const [repetition] = findRepetitions(printed);
    if (repetition) {
      const {first, again, lines} = repetition;
      throw new ContentError(
        `${again.at}: ${again.label} prints again ${MAX_REPEATED_LINES + 1} or more lines that ` +
          `${first.label} already prints at ${first.at}:\n    ${lines.split('\n').join('\n    ')}\n` +
          `A page prints each Dockerfile once: put the versions in one <DockerfileComparison> ` +
          `(its panes fold the lines they share), or refer to the earlier block in the text.`,
      );
    }
  };
}
