import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface Props {
  /** Computed at build time by src/remark/readingTime.ts. */
  readonly minutes: number;
}

/** "Lectura: N min", shown under a page's title. */
export default function ReadingTime({minutes}: Props): ReactNode {
  return (
    <p className={styles.readingTime}>
      <Translate id="readingTime.label" values={{minutes}} description="Estimated reading time">
        {'Lectura: {minutes} min'}
      </Translate>
    </p>
  );
}
