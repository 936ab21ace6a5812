// Why: the footer is the same on every page and never changes in the browser, so React keeps the
// server's HTML for it instead of hydrating each link (src/hydration/Static.tsx).
import type {ReactNode} from 'react';
import FooterLayout from '@theme-original/Footer/Layout';
import type FooterLayoutType from '@theme/Footer/Layout';
import type {WrapperProps} from '@docusaurus/types';
import Static from '@site/src/hydration/Static';

type Props = WrapperProps<typeof FooterLayoutType>;

export default function FooterLayoutWrapper(props: Props): ReactNode {
  return (
    <Static as="div" className="static-contents">
      <FooterLayout {...props} />
    </Static>
  );
}
