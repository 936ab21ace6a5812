import {useEffect, useLayoutEffect, type ReactNode} from 'react';
import {replayEarlyClicks} from '@site/src/enhancement/earlyClicks';
import {prefetchWhenIdle} from '@site/src/enhancement/idlePrefetch';

let prefetchWrapped = false;

// Why: the one component that mounts once, after the whole first page has hydrated.
export default function Root({children}: {children: ReactNode}): ReactNode {
  // In the commit that attaches every <Link>'s observer, so before any of them reports.
  useLayoutEffect(() => {
    if (prefetchWrapped) return;
    prefetchWrapped = true;
    window.docusaurus = prefetchWhenIdle(window.docusaurus);
  }, []);
  useEffect(() => replayEarlyClicks(), []);
  return children;
}
