/**
 * Remark plugin: puts "Lectura: N min" under the page's h1, computed from the MDX text at build
 * time (Docusaurus only offers reading time for blog posts: facebook/docusaurus#7544).
 */
import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {countWords, readingMinutes} from './readingTimeCount';
import {expressionAttribute} from './mdast';
import type {DockerfilesFileData} from './dockerfiles';
import type {VFile} from 'vfile';

export default function remarkReadingTime() {
  return (tree: Root, file: VFile): void => {
    let proseWords = 0;
    let codeLines = 0;
    visit(tree, (node) => {
      if (node.type === 'code') {
        codeLines += node.value.split('\n').length;
        return 'skip';
      }
      if (node.type === 'text' || node.type === 'inlineCode') {
        proseWords += countWords(node.value);
      }
      return undefined;
    });
    // Props like <Question prompt="…"> and captions are read too.
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      for (const attribute of (node as MdxJsxFlowElement).attributes) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          typeof attribute.value === 'string' &&
          ['prompt', 'caption', 'title'].includes(attribute.name)
        ) {
          proseWords += countWords(attribute.value);
        }
      }
    });
    // Lines a comparison folds (an earlier pane shows them) are not read twice.
    const folded = ((file.data as DockerfilesFileData).printedDockerfiles ?? [])
      .flatMap((printed) => printed.folds)
      .reduce((sum, fold) => sum + fold.end - fold.start + 1, 0);
    const minutes = readingMinutes(proseWords, codeLines - folded);
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'ReadingTime',
      attributes: [expressionAttribute('minutes', minutes)],
      children: [],
    };
    const h1 = tree.children.findIndex(
      (node: RootContent) => node.type === 'heading' && node.depth === 1 && toString(node) !== '',
    );
    tree.children.splice(h1 + 1, 0, element);
  };
}
