/** Helpers shared by our remark plugins. */
import type {MdxJsxAttribute} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {valueToEstree} from 'estree-util-value-to-estree';

/** "docs/file.mdx:42", relative to the site, for error messages a contributor can act on. */
export function where(file: VFile, line: number | undefined): string {
  const path = file.path ? file.path.replace(`${file.cwd}/`, '') : '<unknown file>';
  return line === undefined ? path : `${path}:${line}`;
}

/** A JSX prop holding a JSON-like value computed at build time, e.g. `minutes={7}`. */
export function expressionAttribute(name: string, value: unknown): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          comments: [],
          body: [{type: 'ExpressionStatement', expression: valueToEstree(value)}],
        },
      },
    },
  };
}
