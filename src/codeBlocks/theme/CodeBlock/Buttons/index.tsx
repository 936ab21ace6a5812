// Why: a block gets its copy and word-wrap buttons when a reader comes near it, not all at hydration.
/**
 * Docusaurus mounts every code block's copy and word-wrap buttons right after hydration, all in
 * one go: on this chapter, 14 button groups the reader cannot see yet (they show on hover or
 * focus). Here a block gets its buttons when it comes near the viewport, or is pointed at or
 * focused, whichever happens first; only then is its width measured for the word-wrap button.
 */
import {useEffect, useState, type ReactNode} from 'react';
import Buttons from '@theme-init/CodeBlock/Buttons';
import type {Props} from '@theme/CodeBlock/Buttons';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {isLazyWordWrap} from '../../../lazyWordWrap';

export default function ButtonsWhenNeeded(props: Props): ReactNode {
  const {wordWrap} = useCodeBlockContext();
  const {codeBlockRef} = wordWrap;
  const activate = isLazyWordWrap(wordWrap) ? wordWrap.activate : undefined;
  const [needed, setNeeded] = useState(false);

  useEffect(() => {
    const pre = codeBlockRef.current;
    const block = pre?.closest<HTMLElement>('.theme-code-block') ?? pre;
    if (!block || needed) return undefined;
    const show = (): void => {
      setNeeded(true);
      // The word-wrap button shows only for code wider than its box: measure now, not on load.
      activate?.();
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      // Half a screen ahead, so the buttons are there before the block scrolls in.
      {rootMargin: '50% 0px'},
    );
    observer.observe(block);
    block.addEventListener('pointerenter', show);
    block.addEventListener('focusin', show);
    return () => {
      observer.disconnect();
      block.removeEventListener('pointerenter', show);
      block.removeEventListener('focusin', show);
    };
  }, [activate, codeBlockRef, needed]);

  return needed ? <Buttons {...props} /> : null;
}
