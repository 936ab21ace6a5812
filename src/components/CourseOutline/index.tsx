import {useId, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {chapterPageId, chapters, course} from '@site/src/data/course';
import type {Chapter} from '@site/src/data/types';
import Static from '@site/src/hydration/Static';
import YouTubeVideo from '@site/src/components/YouTubeVideo';
import {youtubeWatchUrl} from '@site/src/youtube/youtube';
import {useWatchedChapters} from './useWatchedChapters';
import styles from './styles.module.css';

export interface Props {
  /** Number of the chapter on this page, marked as current. */
  readonly current?: number;
}

type Selection =
  {readonly kind: 'chapter'; readonly chapter: Chapter} | {readonly kind: 'playlist'};

function ChapterLink({
  chapter,
  isCurrent,
}: {
  readonly chapter: Chapter;
  readonly isCurrent: boolean;
}): ReactNode {
  if (chapter.hasPage) {
    return (
      <Link to={`/${chapter.slug}`} aria-current={isCurrent ? 'page' : undefined}>
        {chapter.title}
      </Link>
    );
  }
  return (
    <>
      {/* No space before the mark: it never wraps to a line of its own. */}
      <Link href={youtubeWatchUrl(chapter.youtubeId)}>{chapter.title}</Link>
      <span className={styles.state}>
        <span aria-hidden="true">▶</span>
        <span className="visually-hidden">
          <Translate id="courseOutline.videoOnly" description="Chapter with no text page yet">
            solo vídeo
          </Translate>
        </span>
      </span>
    </>
  );
}

/** A chapter's further pages, under its title. */
function ChapterPages({chapter}: {readonly chapter: Chapter}): ReactNode {
  const pages = chapter.pages ?? [];
  if (pages.length === 0) return null;
  return (
    <Static as="ul" className={styles.pages}>
      {pages.map((page) => (
        <li key={page.slug}>
          <Link to={`/${chapterPageId(chapter, page)}`}>{page.title}</Link>
        </li>
      ))}
    </Static>
  );
}

/**
 * The course's chapters in order, numbered, with the current one marked. Each row is the title,
 * its state (video only, watched) and one button that opens that chapter's actions: play it in
 * place through the privacy-first player, or mark it watched (kept in this browser). Without
 * JavaScript it is a list of links: the server renders those controls too, hidden from readers
 * without JavaScript (src/enhancement/requiresJs.ts).
 */
export default function CourseOutline({current}: Props): ReactNode {
  if (current !== undefined && !chapters.some((chapter) => chapter.number === current)) {
    throw new Error(
      `CourseOutline: prop "current" is ${String(current)}; allowed values: 1 to ${chapters.length}`,
    );
  }
  const {watched, toggle, reset} = useWatchedChapters();
  const [selection, setSelection] = useState<Selection | null>(null);
  const [openActions, setOpenActions] = useState<number | null>(null);
  const actionsId = useId();
  const playerRef = useRef<HTMLDivElement>(null);
  const total = chapters.length;

  const play = (next: Selection): void => {
    setSelection(next);
    playerRef.current?.scrollIntoView({block: 'nearest'});
  };

  return (
    <nav
      className={styles.outline}
      aria-label={translate({id: 'courseOutline.label', message: 'Índice del curso'})}>
      <div className={styles.header}>
        {current !== undefined && (
          <p className={styles.position}>
            <Translate
              id="courseOutline.position"
              values={{current, total}}
              description="Where this page sits in the course">
              {'Capítulo {current} de {total}'}
            </Translate>
          </p>
        )}
        <p className={styles.playlist}>
          <Link href={course.playlistUrl}>
            <Translate id="courseOutline.openPlaylist">Lista de reproducción en YouTube</Translate>
          </Link>
          <button
            type="button"
            className={clsx('button button--sm button--secondary', styles.action)}
            data-requires-js
            onClick={() => play({kind: 'playlist'})}>
            <Translate id="courseOutline.playPlaylist">Reproducir la lista aquí</Translate>
          </button>
        </p>
        <div className={styles.progress} data-requires-js>
          <label htmlFor="course-progress" className={styles.progressLabel}>
            <Translate
              id="courseOutline.progress"
              values={{watched: watched.length, total}}
              description="How many chapters the reader marked as watched">
              {'{watched} de {total} vistos'}
            </Translate>
          </label>
          <progress
            id="course-progress"
            max={total}
            value={watched.length}
            className={styles.progressBar}
          />
          <button
            type="button"
            className={clsx('button button--sm button--secondary', styles.action)}
            onClick={reset}
            disabled={watched.length === 0}>
            <Translate id="courseOutline.reset">Reiniciar progreso</Translate>
          </button>
        </div>
      </div>

      <div ref={playerRef} className={styles.player}>
        {selection && (
          <YouTubeVideo
            key={selection.kind === 'chapter' ? selection.chapter.youtubeId : course.playlistId}
            {...(selection.kind === 'chapter'
              ? {
                  id: selection.chapter.youtubeId,
                  title: selection.chapter.title,
                  kicker: `Capítulo ${selection.chapter.number}`,
                }
              : {playlist: course.playlistId, title: course.title, kicker: 'Lista completa'})}
            autoplay
          />
        )}
      </div>

      <Static as="p" className={styles.key} aria-hidden="true">
        <span>
          ▶{' '}
          <Translate id="courseOutline.keyVideoOnly" description="Legend of the outline's marks">
            solo vídeo
          </Translate>
        </span>
        <span data-requires-js>
          ✓{' '}
          <Translate id="courseOutline.keyWatched" description="Legend of the outline's marks">
            visto
          </Translate>
        </span>
      </Static>
      <ol
        className={styles.list}
        aria-label={translate({id: 'courseOutline.listLabel', message: 'Capítulos del curso'})}>
        {chapters.map((chapter) => {
          const isCurrent = chapter.number === current;
          const isWatched = watched.includes(chapter.number);
          const isOpen = openActions === chapter.number;
          const panelId = `${actionsId}-${chapter.number}`;
          return (
            <li
              key={chapter.slug}
              className={clsx(
                styles.item,
                isCurrent && styles.current,
                isWatched && styles.watchedItem,
              )}>
              <div className={styles.row}>
                {/* Remounted when the mark changes: Static keeps what the server rendered. */}
                <Static key={String(isWatched)} as="span" className={styles.title}>
                  <ChapterLink chapter={chapter} isCurrent={isCurrent} />
                  {isCurrent && (
                    <span className={styles.here}>
                      <Translate id="courseOutline.here" description="Marks the current chapter">
                        (estás aquí)
                      </Translate>
                    </span>
                  )}
                  {isWatched && (
                    <span className={styles.state}>
                      <span aria-hidden="true">✓</span>
                      <span className="visually-hidden">
                        <Translate id="courseOutline.watched">visto</Translate>
                      </span>
                    </span>
                  )}
                </Static>
                <button
                  type="button"
                  className={styles.more}
                  data-requires-js
                  aria-expanded={isOpen}
                  aria-controls={panelId}
                  aria-label={translate(
                    {id: 'courseOutline.actions', message: 'Opciones: {title}'},
                    {title: chapter.title},
                  )}
                  onClick={() => setOpenActions(isOpen ? null : chapter.number)}>
                  <span aria-hidden="true">⋯</span>
                </button>
              </div>
              <ChapterPages chapter={chapter} />
              <div id={panelId} className={styles.actions} hidden={!isOpen}>
                {isOpen && (
                  <>
                    <button
                      type="button"
                      className={clsx(
                        'button button--sm button--outline button--primary',
                        styles.action,
                      )}
                      aria-label={translate(
                        {id: 'courseOutline.playChapter', message: 'Reproducir aquí: {title}'},
                        {title: chapter.title},
                      )}
                      onClick={() => play({kind: 'chapter', chapter})}>
                      <Translate id="courseOutline.playChapterShort">Reproducir aquí</Translate>
                    </button>
                    <label className={styles.watched}>
                      <input
                        type="checkbox"
                        checked={isWatched}
                        onChange={() => toggle(chapter.number)}
                        aria-label={translate(
                          {id: 'courseOutline.markWatched', message: 'Marcar como visto: {title}'},
                          {title: chapter.title},
                        )}
                      />{' '}
                      <Translate id="courseOutline.markWatchedShort">Marcar como visto</Translate>
                    </label>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
