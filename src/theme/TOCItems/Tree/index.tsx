// Why: the table of contents is plain links that the theme highlights through the DOM, so React
// keeps the server's HTML for it instead of hydrating each entry (src/hydration/Static.tsx).
import type {ReactNode} from 'react';
import TOCItemTree from '@theme-original/TOCItems/Tree';
import type TOCItemTreeType from '@theme/TOCItems/Tree';
import type {WrapperProps} from '@docusaurus/types';
import Static from '@site/src/hydration/Static';

type Props = WrapperProps<typeof TOCItemTreeType>;

export default function TOCItemTreeWrapper(props: Props): ReactNode {
  if (props.toc.length === 0) return <TOCItemTree {...props} />;
  // Another page keeps this component but brings other headings: a new key renders them.
  const headings = props.toc.map((heading) => heading.id).join(' ');
  return (
    <Static key={headings} as="div" className="static-contents">
      <TOCItemTree {...props} />
    </Static>
  );
}
