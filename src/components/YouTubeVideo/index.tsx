import {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {
  describeBadVideoId,
  embedUrl,
  externalUrl,
  isYouTubeId,
  isYouTubePlaylistId,
  type VideoSource,
} from '@site/src/youtube/youtube';
import styles from './styles.module.css';

export interface Props {
  /** YouTube video id (11 characters). Give either `id` or `playlist`. */
  readonly id?: string;
  /** YouTube playlist id, to play the whole list. */
  readonly playlist?: string;
  /** What the video is about; names the play button and the player. */
  readonly title: string;
  /** Small line above the title on the poster, e.g. "Capítulo 18". */
  readonly kicker?: string;
  /** Start the player at once: for callers whose own button was the reader's click. */
  readonly autoplay?: boolean;
}

function sourceFrom({id, playlist}: Pick<Props, 'id' | 'playlist'>): VideoSource {
  if (playlist !== undefined) {
    if (!isYouTubePlaylistId(playlist)) {
      throw new Error(`YouTubeVideo: prop "playlist" is "${playlist}", not a YouTube playlist id`);
    }
    return {kind: 'playlist', id: playlist};
  }
  if (!isYouTubeId(id)) throw new Error(`YouTubeVideo: ${describeBadVideoId('id', id)}`);
  return {kind: 'video', id};
}

function PlayIcon(): ReactNode {
  return (
    <svg className={styles.playIcon} viewBox="0 0 68 48" aria-hidden="true" focusable="false">
      <rect width="68" height="48" rx="12" />
      <path d="M27 14v20l18-10z" />
    </svg>
  );
}

/**
 * A video that asks nothing of YouTube until the reader presses play: the poster is drawn here,
 * and only the click swaps in a youtube-nocookie.com player. The server renders the play button
 * (src/enhancement/requiresJs.ts); without JavaScript the poster is a plain link to the video instead.
 */
export default function YouTubeVideo({
  id,
  playlist,
  title,
  kicker,
  autoplay = false,
}: Props): ReactNode {
  const source = sourceFrom({id, playlist});
  const [playing, setPlaying] = useState(autoplay);
  const iframeRef = useRef<HTMLIFrameElement>(null);
  // A caller's own button may have been the click: then the player takes focus at once.
  const focusOnLoad = useRef(autoplay);

  useEffect(() => {
    if (playing && focusOnLoad.current) iframeRef.current?.focus();
  }, [playing]);

  // The accessible name is "Reproducir vídeo: <title>" and contains the visible title
  // (WCAG 2.5.3 label in name); the kicker is decoration.
  const poster = (
    <>
      <span className={styles.posterText}>
        {kicker && (
          <span className={styles.kicker} aria-hidden="true">
            {kicker}
          </span>
        )}
        <span className={styles.posterTitle}>
          {/* Read out before the title but not shown: the play icon says it. */}
          <span className="visually-hidden">
            {translate({id: 'youtubeVideo.play', message: 'Reproducir vídeo:'})}{' '}
          </span>
          {title}
        </span>
      </span>
      <PlayIcon />
    </>
  );

  return (
    <figure className={styles.video}>
      <div className={styles.frame}>
        {playing ? (
          <iframe
            ref={iframeRef}
            className={styles.player}
            src={embedUrl(source)}
            title={translate({id: 'youtubeVideo.playerTitle', message: 'Vídeo: {title}'}, {title})}
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            referrerPolicy="strict-origin-when-cross-origin"
            allowFullScreen
          />
        ) : (
          <>
            <button
              type="button"
              className={styles.poster}
              data-requires-js
              onClick={() => {
                focusOnLoad.current = true;
                setPlaying(true);
              }}>
              {poster}
            </button>
            <noscript>
              <a className={styles.poster} href={externalUrl(source)}>
                {poster}
              </a>
            </noscript>
          </>
        )}
      </div>
      <figcaption className={clsx(styles.caption)}>
        <Link href={externalUrl(source)}>
          {source.kind === 'video' ? (
            <Translate id="youtubeVideo.watchOnYouTube">Ver en YouTube</Translate>
          ) : (
            <Translate id="youtubeVideo.openPlaylist">Abrir la lista en YouTube</Translate>
          )}
        </Link>
        <span className={styles.privacy}>
          <Translate id="youtubeVideo.privacy">
            No se conecta con YouTube hasta que pulsas reproducir.
          </Translate>
        </span>
      </figcaption>
    </figure>
  );
}
