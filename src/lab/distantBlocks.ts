/**
 * While a lab's editor is open in a lesson, the lesson's other blocks skip their rendering when
 * they are away from the screen (`content-visibility: auto`). Every key repaints the document
 * around the editor, and on a phone that meant re-recording some 9 000 px of lesson for a caret:
 * over the 14 keys of `npm run bench:typing` at 4× CPU, Paint fell from 265–350 to 163–194 ms
 * and PrePaint from 123–160 to 88–105 ms (PERFORMANCE.md). Each skipped block keeps its height,
 * measured when the lab opens and again when the lesson's width changes, so nothing moves, the
 * scroll bar stays true and an anchor lands where it should; find-in-page, printing and
 * assistive technology still reach every block. A block holding an open editor never skips:
 * `content-visibility` also contains its paint, and would clip the editor's tooltips.
 */
import {ThemeClassNames} from '@docusaurus/theme-common';

const openEditors = new Set<Element>();
const skipping = new Set<HTMLElement>();

function restore(block: HTMLElement): void {
  block.style.removeProperty('content-visibility');
  block.style.removeProperty('contain-intrinsic-size');
  skipping.delete(block);
}

/** The height `contain-intrinsic-size` stands for: the content box, without padding or border. */
function contentHeight(block: HTMLElement): number {
  const style = getComputedStyle(block);
  const edges = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
  const around = edges.reduce((sum, edge) => sum + (Number.parseFloat(style[edge]) || 0), 0);
  return Math.max(0, block.getBoundingClientRect().height - around);
}

function update(container: Element): void {
  const blocks = [...container.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement,
  );
  const holdsEditor = (block: HTMLElement): boolean =>
    [...openEditors].some((editor) => block.contains(editor));
  for (const block of blocks) if (skipping.has(block) && holdsEditor(block)) restore(block);
  const candidates = blocks.filter((block) => !skipping.has(block) && !holdsEditor(block));
  // `content-visibility` brings layout containment, and with it a margin that used to collapse
  // through a block's edge (a list's last paragraph, the title's header) stays inside it: such a
  // block would grow, and the page move, so it keeps rendering. Reads and writes in three
  // batches: two layouts, not one per block.
  const measured = candidates.map((block) => ({block, free: contentHeight(block), contained: 0}));
  for (const {block} of measured) block.style.setProperty('contain', 'layout');
  for (const entry of measured) entry.contained = contentHeight(entry.block);
  for (const {block, free, contained} of measured) {
    block.style.removeProperty('contain');
    if (Math.abs(contained - free) > 0.5) continue;
    block.style.setProperty('contain-intrinsic-size', `auto ${free}px`);
    block.style.setProperty('content-visibility', 'auto');
    skipping.add(block);
  }
}

/**
 * A skipped block keeps the height measured for the width it had: when the lesson's width
 * changes (a phone turned, a window resized, the sidebar folded), every block is measured again,
 * in the next frame: measuring inside the callback would resize what is observed, and the
 * browser would report a ResizeObserver loop.
 */
function watchWidth(container: Element): ResizeObserver {
  let width: number | undefined;
  const observer = new ResizeObserver(([entry]) => {
    const now = entry?.contentRect.width;
    if (now === undefined || now === width) return;
    const first = width === undefined;
    width = now;
    if (first) return;
    requestAnimationFrame(() => {
      if (openEditors.size === 0) return;
      for (const block of [...skipping]) restore(block);
      update(container);
    });
  });
  observer.observe(container);
  return observer;
}

let widthWatcher: ResizeObserver | null = null;

/**
 * Called when an editor opens; returns what to call when it closes. Outside a lesson (the
 * free lab's page) there is nothing to skip.
 */
export function skipDistantBlocks(editor: Element): () => void {
  const container = editor.closest(`.${ThemeClassNames.docs.docMarkdown}`);
  if (!container) return () => undefined;
  openEditors.add(editor);
  update(container);
  widthWatcher ??= watchWidth(container);
  return () => {
    openEditors.delete(editor);
    if (openEditors.size > 0) {
      update(container);
      return;
    }
    widthWatcher?.disconnect();
    widthWatcher = null;
    for (const block of [...skipping]) restore(block);
  };
}
