/**
 * The browser's side of ./index.tsx (swapped in by src/plugins/browserModules.ts): the same wrapper, and the component's code is
 * loaded only if something renders it, which hydration never does (Static keeps the server's
 * HTML). A client-side navigation to a page that shows one loads it then.
 */
import {lazy, Suspense, type ComponentType, type ReactNode} from 'react';
import Static from '@site/src/hydration/Static';

function loadedWhenRendered<Props extends object>(
  load: () => Promise<{default: ComponentType<Props>}>,
): ComponentType<Props> {
  const Component = lazy(load);
  return function KeptByStatic(props: Props): ReactNode {
    return (
      <Static as="div" className="static-contents">
        <Suspense fallback={null}>
          <Component {...props} />
        </Suspense>
      </Static>
    );
  };
}

export const ImageSizeChart = loadedWhenRendered(
  () => import('@site/src/components/ImageSizeChart'),
);
export const LanguageDependencyTable = loadedWhenRendered(
  () => import('@site/src/components/LanguageDependencyTable'),
);
