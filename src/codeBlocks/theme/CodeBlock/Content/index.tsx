/**
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 *
 * Derived from @docusaurus/theme-classic 3.10.2, lib/theme/CodeBlock/Content/index.js (MIT; see LICENSE).
 */
// Why: replaces theme-classic's Content: tokens arrive from the build as HTML, with no Prism in the page.
/**
 * Replaces @docusaurus/theme-classic's CodeBlock/Content, which tokenises with Prism in the
 * browser and renders a React element per token. Here the tokens come from the build
 * (src/codeBlocks/remark.ts) as HTML: the markup and class names are Docusaurus' own, the
 * colours are CSS (src/codeBlocks/index.ts), and React hydrates one element per block.
 */
import {useContext, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import {escapeHtml, lineHtml} from '../../../highlightedLines';
import {HighlightedCodeContext} from '../../../highlightedCode';
import {LineFoldsContext, LineMarksContext} from '../../../lineMarks';
import styles from './styles.module.css';

export default function CodeBlockContent({className}: Props): ReactNode {
  const {
    metadata,
    wordWrap: {codeBlockRef},
  } = useCodeBlockContext();
  const highlighted = useContext(HighlightedCodeContext);
  const marks = useContext(LineMarksContext);
  const folds = useContext(LineFoldsContext) ?? [];
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const numbered = lineNumbersStart !== undefined;
  const lines = lineHtml(code, highlighted).map((line, i) => {
    const lineClass = clsx('token-line', lineClassNames[i], numbered && styles.codeLine);
    const mark = marks?.get(i + 1);
    const content = numbered
      ? `<span class="${styles.codeLineNumber}"></span><span class="${styles.codeLineContent}">${line}</span>`
      : line;
    // Lines are blocks; only an empty one needs a <br> to keep its height.
    return `<div class="${lineClass}"${mark ? ` data-diff="${mark}"` : ''}>${content}${line === '' ? '<br>' : ''}</div>`;
  });
  // Folded lines go inside a <details> (a native control, keyboard operable, no script needed).
  for (const fold of [...folds].sort((a, b) => b.start - a.start)) {
    const first = fold.start - 1;
    const inside = lines.slice(first, fold.end);
    if (inside.length === 0) continue;
    const open = [...(marks?.keys() ?? [])].some((line) => line >= fold.start && line <= fold.end);
    lines.splice(
      first,
      inside.length,
      `<details class="code-fold"${open ? ' open' : ''}><summary>${escapeHtml(fold.summary)} <span class="code-fold-show">${escapeHtml(fold.show)}</span><span class="code-fold-hide">${escapeHtml(fold.hide)}</span></summary>${inside.join('')}</details>`,
    );
  }
  const html = lines.join('');
  return (
    <pre
      ref={codeBlockRef}
      // Scrollable code must be reachable by keyboard, as in Docusaurus.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={clsx(
        className,
        'prism-code',
        `language-${language}`,
        styles.codeBlock,
        'thin-scrollbar',
      )}>
      <code
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={numbered ? {counterReset: `line-count ${lineNumbersStart - 1}`} : undefined}
        // The HTML is ours, made at build time from escaped code (src/codeBlocks/codeHighlight.ts).
        dangerouslySetInnerHTML={{__html: html}}
      />
    </pre>
  );
}
