// Why: the one component that mounts once, after the whole first page has hydrated: it replays early clicks.
import {useEffect, type ReactNode} from 'react';
import {replayEarlyClicks} from '@site/src/enhancement/earlyClicks';

export default function Root({children}: {children: ReactNode}): ReactNode {
  useEffect(() => replayEarlyClicks(), []);
  return children;
}
