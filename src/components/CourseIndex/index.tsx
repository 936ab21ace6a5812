import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {chapters, youtubeWatchUrl} from '@site/src/data/course';
import styles from './styles.module.css';

/** The course's chapters in order: a page link where the site has the text, else the video. */
export default function CourseIndex(): ReactNode {
  return (
    <ol
      className={styles.list}
      aria-label={translate({id: 'courseIndex.listLabel', message: 'Capítulos del curso'})}>
      {chapters.map((chapter) => (
        <li key={chapter.slug} className={styles.item}>
          {chapter.hasPage ? (
            <Link to={`/${chapter.slug}`}>{chapter.title}</Link>
          ) : (
            <>
              <Link href={youtubeWatchUrl(chapter.youtubeId)}>{chapter.title}</Link>{' '}
              <span className={styles.badge}>
                <Translate id="courseIndex.videoOnly" description="Chapter with no text page yet">
                  solo vídeo
                </Translate>
              </span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
