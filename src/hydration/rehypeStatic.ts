/**
 * Marks the chapter's static prose for `Static` (Static.tsx): each top-level paragraph, list,
 * table or quote that holds no component, no expression and nothing interactive is rendered
 * through `<Static as="p">…</Static>`, so React keeps the server's HTML for it instead of
 * hydrating it element by element. The element itself stays where it was (no wrapper), so the
 * theme's `.markdown > p` rules and the page's HTML do not change.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast';
import type {MdxJsxAttribute, MdxJsxFlowElementHast} from 'mdast-util-mdx-jsx';

/** The MDX name `Static` is registered under (src/theme/MDXComponents.tsx). */
export const STATIC_COMPONENT = 'Static';

const BLOCKS = new Set(['p', 'ul', 'ol', 'table', 'blockquote']);
/** Elements a theme component renders with behaviour of its own (headings collect anchors). */
const INTERACTIVE = new Set([
  'details',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'input',
  'select',
  'textarea',
  'img',
]);
/** A block this small hydrates in as few fibres as `Static` itself costs. */
const MIN_NODES = 4;

/** Nodes in the subtree, or Infinity when something in it needs React. */
function staticSize(node: ElementContent | RootContent): number {
  if (node.type === 'text') return 1;
  if (node.type === 'comment') return 0;
  if (node.type !== 'element' || INTERACTIVE.has(node.tagName)) return Infinity;
  let size = 1;
  for (const child of node.children) size += staticSize(child);
  return size;
}

function attributes(element: Element): MdxJsxAttribute[] | null {
  const result: MdxJsxAttribute[] = [{type: 'mdxJsxAttribute', name: 'as', value: element.tagName}];
  for (const [name, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null) continue;
    if (name === 'className' && Array.isArray(value)) {
      result.push({type: 'mdxJsxAttribute', name, value: value.join(' ')});
    } else if (typeof value === 'string' || typeof value === 'number') {
      result.push({type: 'mdxJsxAttribute', name, value: String(value)});
    } else {
      return null;
    }
  }
  return result;
}

export default function rehypeStatic() {
  return (tree: Root) => {
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || !BLOCKS.has(node.tagName)) return node;
      const size = staticSize(node);
      if (size === Infinity || size < MIN_NODES) return node;
      const props = attributes(node);
      if (!props) return node;
      const wrapped: MdxJsxFlowElementHast = {
        type: 'mdxJsxFlowElement',
        name: STATIC_COMPONENT,
        attributes: props,
        // MDX drops the whitespace between a table's rows itself, but only in a <table>.
        children:
          node.tagName === 'table'
            ? node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
            : node.children,
        position: node.position,
      };
      return wrapped;
    });
  };
}
