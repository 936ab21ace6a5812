/**
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 *
 * Derived from @docusaurus/theme-classic 3.10.2, lib/theme/CodeBlock/Content/String.js (MIT; see LICENSE).
 * Derived from @docusaurus/theme-common 3.10.2, lib/hooks/useCodeWordWrap.js (MIT; see LICENSE).
 */
// Why: ejected so word wrap measures a block only once its buttons are needed.
/**
 * Ejected from @docusaurus/theme-classic 3.10 to change one thing: word wrap measures a block
 * only once its buttons are needed (see ../Buttons). Docusaurus' useCodeWordWrap measures every
 * block on mount, which forces a layout of the whole page while it loads and keeps a resize
 * listener per block.
 */
import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import {useThemeConfig} from '@docusaurus/theme-common';
import {
  CodeBlockContextProvider,
  createCodeBlockMetadata,
  type CodeBlockMetadata,
} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content/String';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import type {LazyWordWrap} from '../../../lazyWordWrap';

function useCodeBlockMetadata(props: Props): CodeBlockMetadata {
  const {prism} = useThemeConfig();
  return createCodeBlockMetadata({
    code: props.children,
    className: props.className,
    metastring: props.metastring,
    magicComments: prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
    language: props.language,
    title: props.title,
    showLineNumbers: props.showLineNumbers,
  });
}

/** Docusaurus' useCodeWordWrap, idle until `activate()`. */
function useLazyCodeWordWrap(): LazyWordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const [active, setActive] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement>(null);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long tokens must wrap too, or a scrollbar would remain.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);

  const measure = useCallback(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    setIsCodeScrollable(
      pre.scrollWidth > pre.clientWidth ||
        Boolean(pre.querySelector('code')?.hasAttribute('style')),
    );
  }, []);

  useEffect(() => {
    if (!active) return undefined;
    measure();
    window.addEventListener('resize', measure, {passive: true});
    return () => window.removeEventListener('resize', measure);
  }, [active, isEnabled, measure]);

  const activate = useCallback(() => setActive(true), []);
  return {codeBlockRef, isEnabled, isCodeScrollable, toggle, activate};
}

export default function CodeBlockString(props: Props): ReactNode {
  const metadata = useCodeBlockMetadata(props);
  const wordWrap = useLazyCodeWordWrap();
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <CodeBlockLayout />
    </CodeBlockContextProvider>
  );
}
