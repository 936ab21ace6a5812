/**
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 *
 * Derived from @docusaurus/theme-classic 3.10.2, lib/theme/Heading/index.js (MIT; see LICENSE).
 */
// Why: ejected so a heading's anchor is named by its text and the heading keeps the server's HTML.
import React, {Children, isValidElement, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {Props} from '@theme/Heading';
import Static from '@site/src/hydration/Static';
import './styles.module.css';

/** The text a reader hears for the heading, inline code and emphasis included. */
function plainText(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === 'string' || typeof child === 'number') return String(child);
      if (isValidElement<{children?: ReactNode}>(child)) return plainText(child.props.children);
      return '';
    })
    .join('');
}

/**
 * Ejected from theme-classic for one change: the anchor's label names the heading by its text.
 * Docusaurus falls back to the slug when a heading has markup in it (`COPY` in inline code), so
 * a screen reader announced «qué-entra-con-copy---el-archivo-dockerignore».
 */
export default function Heading({as: As, id, ...props}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);

  // H1 headings do not need an id because they don't appear in the TOC.
  if (As === 'h1' || !id) {
    return <As {...props} id={undefined} />;
  }

  brokenLinks.collectAnchor(id);

  const anchorTitle = translate(
    {
      id: 'theme.common.headingLinkTitle',
      message: 'Direct link to {heading}',
      description: 'Title for link to heading',
    },
    {
      heading: plainText(props.children) || id,
    },
  );

  // Nothing in a heading changes in the browser: React keeps the server's HTML inside it.
  return (
    <Static
      as={As}
      {...props}
      className={clsx('anchor', anchorTargetClassName, props.className)}
      id={id}>
      {props.children}
      <Link
        className="hash-link"
        to={`#${id}`}
        aria-label={anchorTitle}
        title={anchorTitle}
        translate="no">
        &#8203;
      </Link>
    </Static>
  );
}
