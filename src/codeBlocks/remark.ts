/**
 * Remark plugin: highlights every fenced code block at build time (./codeHighlight.ts)
 * and hands the result to our CodeBlock as the `highlightedHtml` prop, so no highlighter ships to
 * the browser.
 */
import type {Code, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {PrismTheme} from 'prism-react-renderer';
import {highlightToHtml, registerLanguages, styledTypes} from './codeHighlight';

export interface Options {
  /** Prism languages to add to the bundled ones, e.g. ['docker']. */
  readonly languages?: readonly string[];
  /** The code themes in use: tokens that none of them colours are left as plain text. */
  readonly themes?: readonly PrismTheme[];
}

export default function remarkHighlightCode({languages = [], themes}: Options = {}) {
  registerLanguages(languages);
  const styled = themes ? styledTypes(themes) : undefined;
  return (tree: Root): void => {
    visit(tree, 'code', (node: Code) => {
      if (!node.lang) return;
      const html = highlightToHtml(node.value, node.lang, styled);
      if (html === null) return;
      node.data ??= {};
      node.data.hProperties = {...node.data.hProperties, highlightedHtml: html};
    });
  };
}
