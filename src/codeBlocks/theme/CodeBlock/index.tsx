/**
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 *
 * Derived from @docusaurus/theme-classic 3.10.2, lib/theme/CodeBlock/index.js (MIT; see LICENSE).
 */
// Why: ejected to hand the build's highlighting down and not re-mount every block after hydration.
/**
 * Ejected from @docusaurus/theme-classic 3.10 for two changes:
 * - it passes the build-time highlighting (the `highlightedHtml` prop set by
 *   src/codeBlocks/remark.ts) down to CodeBlock/Content;
 * - it no longer re-mounts every code block after hydration. Docusaurus does that because Prism
 *   colours are inline styles that depend on the colour mode; ours are CSS, identical in both.
 */
import {Children, isValidElement, type ReactNode} from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props as DocusaurusProps} from '@theme/CodeBlock';
import {HighlightedCodeContext} from '../../highlightedCode';

export interface Props extends DocusaurusProps {
  /** Set by src/codeBlocks/remark.ts on fenced code blocks in Prism-known languages. */
  readonly highlightedHtml?: string;
}

/** Plain-string children can be copied; anything else is shown as it is. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({
  children: rawChildren,
  highlightedHtml,
  ...props
}: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  if (typeof children !== 'string') {
    return <ElementContent {...props}>{children}</ElementContent>;
  }
  return (
    <HighlightedCodeContext
      value={highlightedHtml === undefined ? null : {rawCode: children, html: highlightedHtml}}>
      <StringContent {...props}>{children}</StringContent>
    </HighlightedCodeContext>
  );
}
