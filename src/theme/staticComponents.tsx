/**
 * Components that never change in the browser, as the server renders them: in full, inside the
 * wrapper that Static keeps on hydration. The browser bundle gets ./staticComponents.client.tsx
 * instead (src/plugins/browserModules.ts), where the same names load their code only when a
 * client-side navigation has to render them: the page they are on never downloads it.
 */
import type {ComponentType, ReactNode} from 'react';
import ImageSizeChartComponent from '@site/src/components/ImageSizeChart';
import LanguageDependencyTableComponent from '@site/src/components/LanguageDependencyTable';
import Static from '@site/src/hydration/Static';

function kept<Props extends object>(Component: ComponentType<Props>): ComponentType<Props> {
  return function KeptByStatic(props: Props): ReactNode {
    return (
      <Static as="div" className="static-contents">
        <Component {...props} />
      </Static>
    );
  };
}

export const ImageSizeChart = kept(ImageSizeChartComponent);
export const LanguageDependencyTable = kept(LanguageDependencyTableComponent);
