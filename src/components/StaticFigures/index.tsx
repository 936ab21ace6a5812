/**
 * Figures that never change in the browser, as the server renders them: in full, inside the
 * wrapper that Static keeps on hydration.
 *
 * BROWSER SWAP: the browser bundle gets ./index.client.tsx in place of this file, however it is
 * imported (src/plugins/browserModules.ts matches the resolved file). There the same names load
 * their code only when a client-side navigation has to render them: the page they are on never
 * downloads it. tests/unit/components/staticFigures.test.ts checks both export the same names.
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
